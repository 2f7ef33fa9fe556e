import { deleteCommand } from '../../../views/factory.js';

/** `oscloud volume snapshot delete` */
export default deleteCommand({
  description: 'Delete volume snapshot(s)',
  what: 'volume snapshot',
  collection: (cloud) => cloud.volume.snapshots,
});
