import { showCommand } from '../../../views/factory.js';

/** `oscloud volume attachment show` (Cinder attachments API, 3.27+) */
export default showCommand({
  description: 'Show detailed information for a volume attachment',
  what: 'volume attachment',
  collection: (cloud) => cloud.volume.attachments,
});
