import { deleteCommand } from '../../views/factory.js';

/** `oscloud subnet delete` */
export default deleteCommand({
  description: 'Delete subnet(s)',
  what: 'subnet',
  collection: (cloud) => cloud.network.subnets,
});
