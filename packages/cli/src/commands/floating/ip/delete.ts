import { deleteCommand } from '../../../views/factory.js';

/** `oscloud floating ip delete` */
export default deleteCommand({
  description: 'Delete floating ip(s)',
  what: 'floating ip',
  collection: (cloud) => cloud.network.floatingIps,
});
