import { deleteCommand } from '../../views/factory.js';

/** `oscloud service delete` */
export default deleteCommand({
  description: 'Delete service(s)',
  what: 'service',
  collection: (cloud) => cloud.identity.services,
});
