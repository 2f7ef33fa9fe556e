import { showCommand } from '../../views/factory.js';

/** `oscloud flavor show` */
export default showCommand({
  description: 'Display flavor details',
  what: 'flavor',
  collection: (cloud) => cloud.compute.flavors,
});
