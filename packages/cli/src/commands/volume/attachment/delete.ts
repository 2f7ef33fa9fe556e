import { deleteCommand } from '../../../views/factory.js';

/** `oscloud volume attachment delete` (Cinder attachments API, 3.27+) */
export default deleteCommand({
  description: 'Delete an attachment for a volume',
  what: 'volume attachment',
  collection: (cloud) => cloud.volume.attachments,
});
