import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network flavor delete <flavor>...` */
export default deleteCommand({
  description: 'Delete network flavors',
  what: 'network flavor',
  collection: (cloud) => cloud.network.flavors,
});
