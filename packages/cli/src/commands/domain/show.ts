import { unformatted } from '../../views/columns.js';
import { showCommand } from '../../views/factory.js';

/** `oscloud domain show` */
export default showCommand({
  description: 'Display domain details',
  what: 'domain',
  collection: (cloud) => cloud.identity.domains,
  view: (domain) => unformatted(domain as Record<string, unknown>),
});
