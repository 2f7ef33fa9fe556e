import { showCommand } from '../../../views/factory.js';

/** `oscloud application credential show` */
export default showCommand({
  description: 'Display application credential details',
  what: 'application credential',
  collection: (cloud) => cloud.identity.applicationCredentials,
});
