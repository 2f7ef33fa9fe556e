import * as Flags from '@oclif/core/flags';
import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';

/** `oscloud federation protocol list --identity-provider IDP` (upstream's lower-case columns). */
export default listCommand<KeystoneItem>({
  description: 'List federation protocols',
  collection: (cloud) => cloud.identity.federation.protocols,
  flags: { 'identity-provider': Flags.string({ required: true, description: 'Identity provider to list (name or ID) (required)' }) },
  query: (f) => ({ options: { path: { idp_id: f['identity-provider'] as string } } }),
  columns: [['id', (p) => p.id], ['mapping', (p) => p.mapping_id]],
});
