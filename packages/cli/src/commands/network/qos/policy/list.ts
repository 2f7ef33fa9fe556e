import * as Flags from '@oclif/core/flags';
import type { QosPolicy } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../../views/factory.js';

/** `oscloud network qos policy list [--project P] [--share|--no-share]` */
export default listCommand<QosPolicy>({
  description: 'List QoS policies',
  collection: (cloud) => cloud.network.qosPolicies,
  flags: {
    project: Flags.string({ description: 'List qos policies according to their project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    share: Flags.boolean({ description: 'List qos policies shared between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'List qos policies not shared between projects', exclusive: ['share'] }),
  },
  query: async (f, cloud) => ({
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
    shared: f.share ? true : f['no-share'] ? false : undefined,
  }),
  columns: [
    ['ID', (p) => p.id],
    ['Name', (p) => p.name],
    ['Shared', (p) => p.shared],
    ['Default', (p) => p.is_default],
    ['Project', (p) => p.project_id],
  ],
});
