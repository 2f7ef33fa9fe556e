import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network trunk delete <trunk>...` */
export default deleteCommand({
  description: 'Delete a given network trunk',
  what: 'trunk',
  collection: (cloud) => cloud.network.trunks,
});
