import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../views/factory.js';

/** `oscloud local ip list [--name N] [--project P] [--network NET] [--local-port P] [--local-ip-address A] [--ip-mode M]` */
export default listCommand<NeutronItem>({
  description: 'List local IPs',
  collection: (cloud) => cloud.network.localIps,
  flags: {
    name: Flags.string({ description: 'List only local IPs of given name in output' }),
    project: Flags.string({ description: 'List Local IPs according to their project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    network: Flags.string({ description: 'List Local IP(s) according to given network (name or ID)' }),
    'local-port': Flags.string({ description: 'List Local IP(s) according to given port (name or ID)' }),
    'local-ip-address': Flags.string({ description: 'List Local IP(s) according to given Local IP Address' }),
    'ip-mode': Flags.string({ description: 'List Local IP(s) according to given IP mode' }),
  },
  query: async (f, cloud) => {
    const q: Record<string, unknown> = {};
    if (f.name) q.name = f.name;
    if (f.project !== undefined) q.project_id = await projectId(cloud, f.project as string, f['project-domain'] as string | undefined);
    if (f.network !== undefined) q.network_id = String((await cloud.network.networks.find(f.network as string)).id);
    if (f['local-port']) q.local_port_id = String((await cloud.network.ports.find(f['local-port'] as string)).id);
    if (f['local-ip-address']) q.local_ip_address = f['local-ip-address'];
    if (f['ip-mode']) q.ip_mode = f['ip-mode'];
    return q;
  },
  columns: [
    ['ID', (l) => l.id],
    ['Name', (l) => l.name],
    ['Description', (l) => l.description],
    ['Project', (l) => l.project_id],
    ['Local Port ID', (l) => l.local_port_id],
    ['Network', (l) => l.network_id],
    ['Local IP address', (l) => l.local_ip_address],
    ['IP mode', (l) => l.ip_mode],
  ],
});
