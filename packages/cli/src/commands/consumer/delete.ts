import { deleteCommand } from '../../views/factory.js';

/** `oscloud consumer delete <id>...` */
export default deleteCommand({
  description: 'Delete consumer(s)',
  what: 'consumer',
  collection: (cloud) => cloud.identity.consumers,
});
