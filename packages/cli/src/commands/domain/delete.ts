import { deleteCommand } from '../../views/factory.js';

/** `oscloud domain delete` (Keystone deletes only a disabled domain: `domain set --disable` first). */
export default deleteCommand({
  description: 'Delete domain(s)',
  what: 'domain',
  collection: (cloud) => cloud.identity.domains,
});
