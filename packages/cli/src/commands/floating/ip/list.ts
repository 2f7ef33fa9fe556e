import * as Flags from '@oclif/core/flags';
import type { FloatingIp } from '@oscloud/sdk';
import { type Column, listCommand, projectId } from '../../../views/factory.js';

const COLUMNS: Column<FloatingIp>[] = [
  ['ID', (f) => f.id],
  ['Floating IP Address', (f) => f.floating_ip_address],
  ['Fixed IP Address', (f) => f.fixed_ip_address],
  ['Port', (f) => f.port_id],
  ['Floating Network', (f) => f.floating_network_id],
  ['Project', (f) => f.project_id ?? f.tenant_id],
];

/** `oscloud floating ip list` */
export default listCommand<FloatingIp>({
  description: 'List floating IP(s)',
  collection: (cloud) => cloud.network.floatingIps,
  flags: {
    network: Flags.string({ description: 'List floating IP(s) according to given network (name or ID)' }),
    project: Flags.string({ description: 'List floating IP(s) according to given project (name or ID)' }),
    port: Flags.string({ description: 'List floating IP(s) according to given port (name or ID)' }),
    status: Flags.string({ options: ['ACTIVE', 'DOWN'], description: 'List floating IP(s) according to given status' }),
  },
  query: async (f, cloud) => ({
    floating_network_id: f.network ? String((await cloud.network.networks.find(f.network as string)).id) : undefined,
    project_id: f.project ? await projectId(cloud, f.project as string) : undefined,
    port_id: f.port ? String((await cloud.network.ports.find(f.port as string)).id) : undefined,
    status: f.status,
  }),
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Router', (f) => f.router_id], ['Status', (f) => f.status], ['Description', (f) => f.description], ['Tags', (f) => f.tags ?? []], ['DNS Name', (f) => (f as Record<string, unknown>).dns_name ?? null], ['DNS Domain', (f) => (f as Record<string, unknown>).dns_domain ?? null]],
});
