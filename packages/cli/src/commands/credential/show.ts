import { showCommand } from '../../views/factory.js';
import { credentialView } from '../../views/identity.js';

/** `oscloud credential show` */
export default showCommand({
  description: 'Display credential details',
  what: 'credential',
  collection: (cloud) => cloud.identity.credentials,
  view: (c) => credentialView(c as Record<string, unknown>),
});
