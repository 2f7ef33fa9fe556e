import * as Flags from '@oclif/core/flags';
import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../views/factory.js';
import { limitFilterFlags, regionRef, serviceRef } from '../../views/unified-limits.js';

/** `oscloud limit list [--service S] [--resource-name N] [--region R] [--project P]` */
export default listCommand<KeystoneItem>({
  description: 'List limits',
  collection: (cloud) => cloud.identity.limits,
  flags: { ...limitFilterFlags, project: Flags.string({ description: 'List resource limits associated with project' }) },
  query: async (f, cloud) => ({
    service_id: f.service ? await serviceRef(cloud, f.service as string) : undefined,
    resource_name: f['resource-name'],
    region_id: await regionRef(cloud, f.region as string | undefined),
    project_id: f.project ? await projectId(cloud, f.project as string) : undefined,
  }),
  columns: [
    ['ID', (l) => l.id],
    ['Project ID', (l) => l.project_id],
    ['Service ID', (l) => l.service_id],
    ['Resource Name', (l) => l.resource_name],
    ['Resource Limit', (l) => l.resource_limit],
    ['Description', (l) => l.description],
    ['Region ID', (l) => l.region_id],
  ],
});
