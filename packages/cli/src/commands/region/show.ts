import { showCommand } from '../../views/factory.js';
import { regionView } from '../../views/identity.js';

/** `oscloud region show` */
export default showCommand({
  description: 'Display region details',
  what: 'region',
  collection: (cloud) => cloud.identity.regions,
  view: (region) => regionView(region as Record<string, unknown>),
});
