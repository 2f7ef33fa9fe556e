import * as Flags from '@oclif/core/flags';
import type { Network } from '@oscloud/sdk';
import { listCommand, projectId } from '../../views/factory.js';
import { adminStateColumn, listColumn, routerExternalColumn } from '../../views/columns.js';

/** `oscloud network list` */
export default listCommand<Network>({
  description: 'List networks',
  collection: (cloud) => cloud.network.networks,
  flags: {
    project: Flags.string({ description: 'List networks according to their project (name or ID)' }),
    name: Flags.string({ description: 'List networks according to their name' }),
    external: Flags.boolean({ description: 'List external networks', exclusive: ['internal'] }),
    internal: Flags.boolean({ description: 'List internal networks' }),
  },
  query: async (f, cloud) => ({
    project_id: f.project ? await projectId(cloud, f.project as string) : undefined,
    name: f.name,
    'router:external': f.external ? true : f.internal ? false : undefined,
  }),
  columns: [['ID', (n) => n.id], ['Name', (n) => n.name], ['Subnets', (n) => listColumn(n.subnets)]],
  longColumns: [
    ['ID', (n) => n.id],
    ['Name', (n) => n.name],
    ['Status', (n) => n.status],
    ['Project', (n) => n.project_id ?? n.tenant_id],
    ['State', (n) => adminStateColumn(n.admin_state_up)],
    ['Shared', (n) => n.shared],
    ['Subnets', (n) => listColumn(n.subnets)],
    ['Network Type', (n) => n['provider:network_type'] ?? null],
    ['Router Type', (n) => routerExternalColumn(n['router:external'])],
    ['Availability Zones', (n) => listColumn(n.availability_zones)],
    ['Tags', (n) => listColumn(n.tags)],
  ],
});
