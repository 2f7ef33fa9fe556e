import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud local ip show <local-ip>` */
export default showCommand({
  description: 'Display local IP details',
  what: 'local IP',
  collection: (cloud) => cloud.network.localIps,
  view: (l) => neutronShowData('localIp', l),
});
