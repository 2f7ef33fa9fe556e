import { showCommand } from '../../views/factory.js';
import { trustView } from '../../views/identity.js';

/** `oscloud trust show` */
export default showCommand({
  description: 'Display trust details',
  what: 'trust',
  collection: (cloud) => cloud.identity.trusts,
  view: (t) => trustView(t as Record<string, unknown>),
});
