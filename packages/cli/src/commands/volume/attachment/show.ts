import { showCommand } from '../../../views/factory.js';
import { attachmentView } from '../../../views/volume-attachment.js';

/** `oscloud volume attachment show` (Cinder attachments API, 3.27+): upstream's fields. */
export default showCommand({
  description: 'Show detailed information for a volume attachment',
  what: 'volume attachment',
  collection: (cloud) => cloud.volume.attachments,
  view: (attachment) => attachmentView(attachment),
});
