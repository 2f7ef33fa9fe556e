import { deleteCommand } from '../../views/factory.js';

/** `oscloud port delete` */
export default deleteCommand({
  description: 'Delete port(s)',
  what: 'port',
  collection: (cloud) => cloud.network.ports,
});
