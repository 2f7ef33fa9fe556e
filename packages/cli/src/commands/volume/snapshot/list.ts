import { listCommand } from '../../../views/factory.js';

/** `oscloud volume snapshot list` */
export default listCommand({
  description: 'List volume snapshots',
  collection: (cloud) => cloud.volume.snapshots,
  columns: [['ID', (s) => s.id], ['Name', (s) => s.name], ['Description', (s) => s.description], ['Status', (s) => s.status], ['Size', (s) => s.size]],
});
