import { deleteCommand } from '../../../views/factory.js';

/** `oscloud application credential delete` */
export default deleteCommand({
  description: 'Delete application credential(s)',
  what: 'application credential',
  collection: (cloud) => cloud.identity.applicationCredentials,
});
