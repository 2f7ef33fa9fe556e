import * as Flags from '@oclif/core/flags';
import type { Domain } from '@oscloud/sdk';
import { listCommand } from '../../views/factory.js';

/** `oscloud domain list` */
export default listCommand<Domain>({
  description: 'List domains',
  collection: (cloud) => cloud.identity.domains,
  flags: {
    name: Flags.string({ description: 'The domain name' }),
    enabled: Flags.boolean({ description: 'The domains that are enabled will be returned' }),
  },
  query: (f) => ({ name: f.name, enabled: f.enabled ? true : undefined }),
  columns: [['ID', (d) => d.id], ['Name', (d) => d.name], ['Enabled', (d) => d.enabled], ['Description', (d) => d.description]],
});
