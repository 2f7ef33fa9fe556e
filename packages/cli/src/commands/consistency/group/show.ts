import { showCommand } from '../../../views/factory.js';

/** `oscloud consistency group show <consistency-group>` */
export default showCommand({
  description: 'Display consistency group details.',
  what: 'consistency group',
  collection: (cloud) => cloud.volume.consistencyGroups,
});
