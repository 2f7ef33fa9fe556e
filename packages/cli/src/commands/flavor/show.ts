import { showCommand } from '../../views/factory.js';
import { flavorShowData } from '../../views/flavor.js';

/** `oscloud flavor show` */
export default showCommand({
  description: 'Display flavor details',
  what: 'flavor',
  collection: (cloud) => cloud.compute.flavors,
  view: flavorShowData,
});
