import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network flavor show <flavor>` */
export default showCommand({
  description: 'Display network flavor details',
  what: 'network flavor',
  collection: (cloud) => cloud.network.flavors,
  view: (f) => neutronShowData('networkFlavor', f),
});
