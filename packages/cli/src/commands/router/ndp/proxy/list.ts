import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../../views/factory.js';

/** `oscloud router ndp proxy list [--router R] [--port P] [--ip-address A] [--project P] [--name N]` */
export default listCommand<NeutronItem>({
  description: 'List NDP proxies',
  collection: (cloud) => cloud.network.ndpProxies,
  flags: {
    router: Flags.string({ description: 'List only NDP proxies belonging to this router (name or ID)' }),
    port: Flags.string({ description: 'List only NDP proxies associated to this port (name or ID)' }),
    'ip-address': Flags.string({ description: 'List only NDP proxies according to their IPv6 address' }),
    project: Flags.string({ description: 'List NDP proxies according to their project (name or ID)' }),
    name: Flags.string({ description: 'List NDP proxies according to their name' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  },
  query: async (f, cloud) => {
    const q: Record<string, unknown> = {};
    if (f.router) q.router_id = String((await cloud.network.routers.find(f.router as string)).id);
    if (f.port) q.port_id = String((await cloud.network.ports.find(f.port as string)).id);
    if (f['ip-address'] !== undefined) q.ip_address = f['ip-address'];
    if (f.project) q.project_id = await projectId(cloud, f.project as string, f['project-domain'] as string | undefined);
    if (f.name) q.name = f.name;
    return q;
  },
  columns: [
    ['ID', (p) => p.id],
    ['Name', (p) => p.name],
    ['Router ID', (p) => p.router_id],
    ['IP Address', (p) => p.ip_address],
    ['Project', (p) => p.project_id],
  ],
});
