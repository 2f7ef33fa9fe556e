import { deleteCommand } from '../../views/factory.js';

/** `oscloud consumer delete <consumer>...` */
export default deleteCommand({
  description: 'Delete consumer(s)',
  what: 'consumer',
  collection: (cloud) => cloud.identity.oauth1.consumers,
});
