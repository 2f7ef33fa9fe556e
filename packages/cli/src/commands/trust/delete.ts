import { deleteCommand } from '../../views/factory.js';

/** `oscloud trust delete` */
export default deleteCommand({
  description: 'Delete trust(s)',
  what: 'trust',
  collection: (cloud) => cloud.identity.trusts,
});
