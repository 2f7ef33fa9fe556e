import { showCommand } from '../../../views/factory.js';
import { withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud endpoint group show <endpoint-group>` */
export default showCommand({
  description: 'Display endpoint group details',
  what: 'endpoint group',
  collection: (cloud) => cloud.identity.endpointGroups,
  view: (g) => withoutLinks(g),
});
