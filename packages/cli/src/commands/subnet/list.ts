import * as Flags from '@oclif/core/flags';
import type { Subnet } from '@oscloud/sdk';
import { listCommand, projectId } from '../../views/factory.js';
import { allocationPoolsColumn, hostRoutesColumn, listColumn } from '../../views/columns.js';

/** `oscloud subnet list` */
export default listCommand<Subnet>({
  description: 'List subnets',
  collection: (cloud) => cloud.network.subnets,
  flags: {
    network: Flags.string({ description: 'List only subnets which belong to a given network (name or ID)' }),
    project: Flags.string({ description: 'List only subnets which belong to a given project (name or ID)' }),
    'ip-version': Flags.string({ options: ['4', '6'], description: 'List only subnets of given IP version in output' }),
  },
  query: async (f, cloud) => ({
    network_id: f.network ? String((await cloud.network.networks.find(f.network as string)).id) : undefined,
    project_id: f.project ? await projectId(cloud, f.project as string) : undefined,
    ip_version: f['ip-version'],
  }),
  columns: [['ID', (s) => s.id], ['Name', (s) => s.name], ['Network', (s) => s.network_id], ['Subnet', (s) => s.cidr]],
  // upstream's order: the short columns, then the long ones
  longColumns: [
    ['ID', (s) => s.id],
    ['Name', (s) => s.name],
    ['Network', (s) => s.network_id],
    ['Subnet', (s) => s.cidr],
    ['Project', (s) => s.project_id ?? s.tenant_id],
    ['DHCP', (s) => s.enable_dhcp],
    ['Name Servers', (s) => listColumn(s.dns_nameservers)],
    ['Allocation Pools', (s) => allocationPoolsColumn(s.allocation_pools)],
    ['Host Routes', (s) => hostRoutesColumn(s.host_routes)],
    ['IP Version', (s) => s.ip_version],
    ['Gateway', (s) => s.gateway_ip],
    ['Service Types', (s) => listColumn(s.service_types)],
    ['Tags', (s) => listColumn(s.tags)],
  ],
});
