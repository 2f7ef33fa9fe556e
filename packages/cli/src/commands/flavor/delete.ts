import { deleteCommand } from '../../views/factory.js';

/** `oscloud flavor delete` */
export default deleteCommand({
  description: 'Delete flavor(s)',
  what: 'flavor',
  collection: (cloud) => cloud.compute.flavors,
});
