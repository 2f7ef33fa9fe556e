import { showCommand } from '../../../views/factory.js';
import { serverGroupView } from '../../../views/server-group.js';

/** `oscloud server group show` */
export default showCommand({
  description: 'Display server group details',
  what: 'server group',
  collection: (cloud) => cloud.compute.serverGroups,
  view: serverGroupView,
});
