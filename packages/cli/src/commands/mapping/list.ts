import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../views/factory.js';

/** `oscloud mapping list` (upstream's `schema_version` header). */
export default listCommand<KeystoneItem>({
  description: 'List mappings',
  collection: (cloud) => cloud.identity.federation.mappings,
  columns: [['ID', (m) => m.id], ['schema_version', (m) => m.schema_version]],
});
