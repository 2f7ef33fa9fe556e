import { deleteCommand } from '../../views/factory.js';

/** `oscloud credential delete` */
export default deleteCommand({
  description: 'Delete credential(s)',
  what: 'credential',
  collection: (cloud) => cloud.identity.credentials,
});
