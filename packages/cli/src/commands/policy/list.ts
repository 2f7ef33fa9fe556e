import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../views/factory.js';

/** `oscloud policy list [--long]`: --long adds the blob as Rules. */
export default listCommand<KeystoneItem>({
  description: 'List policies',
  collection: (cloud) => cloud.identity.policies,
  columns: [
    ['ID', (p) => p.id],
    ['Type', (p) => p.type],
  ],
  longColumns: [
    ['ID', (p) => p.id],
    ['Type', (p) => p.type],
    ['Rules', (p) => p.blob],
  ],
});
