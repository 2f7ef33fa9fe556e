import * as Flags from '@oclif/core/flags';
import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud identity provider list [--id ID] [--enabled]` */
export default listCommand<KeystoneItem>({
  description: 'List identity providers',
  collection: (cloud) => cloud.identity.federation.identityProviders,
  flags: {
    id: Flags.string({ description: 'The Identity Providers’ ID attribute' }),
    enabled: Flags.boolean({ description: 'The Identity Providers that are enabled will be returned' }),
  },
  query: (f) => ({ ...(f.id ? { id: f.id } : {}), ...(f.enabled ? { enabled: true } : {}) }),
  columns: [['ID', (i) => i.id], ['Enabled', (i) => i.enabled], ['Domain ID', (i) => i.domain_id], ['Description', (i) => i.description]],
});
