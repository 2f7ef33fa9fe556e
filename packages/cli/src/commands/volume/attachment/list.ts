import { listCommand } from '../../../views/factory.js';

/** `oscloud volume attachment list` (Cinder attachments API, 3.27+) */
export default listCommand({
  description: 'List volume attachments',
  collection: (cloud) => cloud.volume.attachments,
  columns: [
    ['ID', (a) => a.id],
    ['Volume ID', (a) => a.volume_id],
    ['Server ID', (a) => a.instance],
    ['Status', (a) => a.status],
  ],
});
