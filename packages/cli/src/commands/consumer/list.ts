import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../views/factory.js';

/** `oscloud consumer list` */
export default listCommand<KeystoneItem>({
  description: 'List consumers',
  collection: (cloud) => cloud.identity.oauth1.consumers,
  columns: [['ID', (c) => c.id], ['Description', (c) => c.description]],
});
