import { formatDict } from '../../../views/columns.js';
import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/**
 * `oscloud floating ip show`: openstacksdk's fields (views/neutron-show.ts; its `name` is the
 * address) and, as python-openstackclient, `port_details` as the text of osc-lib's format_dict.
 */
export default showCommand({
  description: 'Display floating ip details',
  what: 'floating ip',
  collection: (cloud) => cloud.network.floatingIps,
  view: (fip) => {
    const raw = fip as Record<string, unknown>;
    const data = neutronShowData('floatingIp', raw);
    const details = raw.port_details as Record<string, unknown> | null | undefined;
    data.port_details = details ? formatDict(details) : null;
    return data;
  },
});
