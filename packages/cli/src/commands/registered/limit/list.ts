import type { KeystoneItem } from '@oscloud/sdk';
import { listCommand } from '../../../views/factory.js';
import { limitFilterFlags, regionRef, serviceRef } from '../../../views/unified-limits.js';

/** `oscloud registered limit list [--service S] [--resource-name N] [--region R]` */
export default listCommand<KeystoneItem>({
  description: 'List registered limits',
  collection: (cloud) => cloud.identity.registeredLimits,
  flags: limitFilterFlags,
  query: async (f, cloud) => ({
    service_id: f.service ? await serviceRef(cloud, f.service as string) : undefined,
    resource_name: f['resource-name'],
    region_id: await regionRef(cloud, f.region as string | undefined),
  }),
  columns: [
    ['ID', (l) => l.id],
    ['Service ID', (l) => l.service_id],
    ['Resource Name', (l) => l.resource_name],
    ['Default Limit', (l) => l.default_limit],
    ['Description', (l) => l.description],
    ['Region ID', (l) => l.region_id],
  ],
});
