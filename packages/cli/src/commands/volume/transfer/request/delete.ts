import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud volume transfer request delete` */
export default deleteCommand({
  description: 'Delete volume transfer request(s).',
  what: 'volume transfer request',
  collection: (cloud) => cloud.volume.transfers,
});
