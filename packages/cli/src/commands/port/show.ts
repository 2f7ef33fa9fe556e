import { showCommand } from '../../views/factory.js';
import { portShowData } from '../../views/neutron-show.js';

/** `oscloud port show`: the fields python-openstackclient shows (views/neutron-show.ts). */
export default showCommand({
  description: 'Display port details',
  what: 'port',
  collection: (cloud) => cloud.network.ports,
  view: (item) => portShowData(item as Record<string, unknown>),
});
