import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../views/factory.js';

/** `oscloud address group list [--name N] [--project P]` */
export default listCommand<NeutronItem>({
  description: 'List address groups',
  collection: (cloud) => cloud.network.addressGroups,
  flags: {
    name: Flags.string({ description: 'List only address groups of given name in output' }),
    project: Flags.string({ description: 'List address groups according to their project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  },
  query: async (f, cloud) => ({
    name: f.name || undefined,
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
  }),
  columns: [
    ['ID', (g) => g.id],
    ['Name', (g) => g.name],
    ['Description', (g) => g.description],
    ['Project', (g) => g.project_id],
    ['Addresses', (g) => g.addresses],
  ],
});
