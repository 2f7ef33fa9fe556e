import { listCommand } from '../../views/factory.js';

/** `oscloud consumer list` */
export default listCommand({
  description: 'List consumers',
  collection: (cloud) => cloud.identity.consumers,
  columns: [['ID', (c) => c.id], ['Description', (c) => c.description]],
});
