import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud address group show <address-group>` */
export default showCommand({
  description: 'Display address group details',
  what: 'address group',
  collection: (cloud) => cloud.network.addressGroups,
  view: (g) => neutronShowData('addressGroup', g),
});
