import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud floating ip show` */
export default showCommand({
  description: 'Display floating ip details',
  what: 'floating ip',
  collection: (cloud) => cloud.network.floatingIps,
  view: (ip) => neutronShowData('floatingIp', ip as Record<string, unknown>),
});
