import { showCommand } from '../../../../views/factory.js';

/** `oscloud consistency group snapshot show <consistency-group-snapshot>` */
export default showCommand({
  description: 'Display consistency group snapshot details',
  what: 'consistency group snapshot',
  collection: (cloud) => cloud.volume.consistencyGroupSnapshots,
});
