import * as Flags from '@oclif/core/flags';
import type { Port } from '@oscloud/sdk';
import { listColumn, listDictColumn } from '../../views/columns.js';
import { type Column, listCommand, projectId } from '../../views/factory.js';

const COLUMNS: Column<Port>[] = [
  ['ID', (p) => p.id],
  ['Name', (p) => p.name],
  ['MAC Address', (p) => p.mac_address],
  ['Fixed IP Addresses', (p) => listDictColumn(p.fixed_ips as Array<Record<string, unknown>> | undefined)],
  ['Status', (p) => p.status],
];

/** `oscloud port list` */
export default listCommand<Port>({
  description: 'List ports',
  collection: (cloud) => cloud.network.ports,
  flags: {
    network: Flags.string({ description: 'List only ports connected to this network (name or ID)' }),
    project: Flags.string({ description: "List ports according to their project (name or ID)" }),
    server: Flags.string({ description: 'List only ports attached to this server (name or ID)' }),
    'device-owner': Flags.string({ description: 'List only ports with the specified device owner' }),
  },
  query: async (f, cloud) => ({
    network_id: f.network ? String((await cloud.network.networks.find(f.network as string)).id) : undefined,
    project_id: f.project ? await projectId(cloud, f.project as string) : undefined,
    device_id: f.server ? String((await cloud.compute.servers.find(f.server as string)).id) : undefined,
    device_owner: f['device-owner'],
  }),
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Security Groups', (p) => listColumn(p.security_groups)], ['Device Owner', (p) => p.device_owner], ['Tags', (p) => listColumn(p.tags)]],
});
