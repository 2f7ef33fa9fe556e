import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../views/factory.js';

/** `oscloud ip availability list [--ip-version 4|6] [--project P]` (admin; Neutron network-ip-availability). */
export default listCommand<NeutronItem>({
  description: 'List IP availability for network',
  collection: (cloud) => cloud.network.ipAvailabilities,
  flags: {
    'ip-version': Flags.integer({ options: ['4', '6'], default: 4, description: 'List IP availability of given IP version networks (default is 4)' }),
    project: Flags.string({ description: 'List IP availability of given project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  },
  query: async (f, cloud) => ({
    ip_version: f['ip-version'],
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
  }),
  columns: [
    ['Network ID', (a) => a.network_id],
    ['Network Name', (a) => a.network_name],
    ['Total IPs', (a) => a.total_ips],
    ['Used IPs', (a) => a.used_ips],
  ],
});
