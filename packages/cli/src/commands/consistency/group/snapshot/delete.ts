import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud consistency group snapshot delete <consistency-group-snapshot>...` */
export default deleteCommand({
  description: 'Delete consistency group snapshot(s).',
  what: 'consistency group snapshot',
  collection: (cloud) => cloud.volume.consistencyGroupSnapshots,
});
