import { deleteCommand } from '../../views/factory.js';

/** `oscloud network delete` */
export default deleteCommand({
  description: 'Delete network(s)',
  what: 'network',
  collection: (cloud) => cloud.network.networks,
});
