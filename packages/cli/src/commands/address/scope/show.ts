import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud address scope show` */
export default showCommand({
  description: 'Display address scope details',
  what: 'address scope',
  collection: (cloud) => cloud.network.addressScopes,
  view: (scope) => neutronShowData('addressScope', scope),
});
