import { showCommand } from '../../views/factory.js';
import { withoutLinks } from '../../views/identity-ext.js';

/** `oscloud consumer show <consumer>` */
export default showCommand({
  description: 'Display consumer details',
  what: 'consumer',
  collection: (cloud) => cloud.identity.oauth1.consumers,
  view: (c) => withoutLinks(c),
});
