import * as Flags from '@oclif/core/flags';
import type { AddressScope } from '@oscloud/sdk';
import { listCommand, projectId } from '../../../views/factory.js';

/** `oscloud address scope list` (Neutron address-scope extension). */
export default listCommand<AddressScope>({
  description: 'List address scopes',
  collection: (cloud) => cloud.network.addressScopes,
  flags: {
    name: Flags.string({ description: 'List only address scopes of given name in output' }),
    'ip-version': Flags.string({ description: 'List address scopes of given IP version networks (4 or 6)', options: ['4', '6'] }),
    project: Flags.string({ description: 'List address scopes according to their project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    share: Flags.boolean({ description: 'List address scopes shared between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'List address scopes not shared between projects', exclusive: ['share'] }),
  },
  query: async (f, cloud) => ({
    name: f.name,
    ip_version: f['ip-version'] === undefined ? undefined : Number(f['ip-version']),
    shared: f.share ? true : f['no-share'] ? false : undefined,
    project_id: f.project ? await projectId(cloud, f.project as string, f['project-domain'] as string | undefined) : undefined,
  }),
  columns: [
    ['ID', (a) => a.id],
    ['Name', (a) => a.name],
    ['IP Version', (a) => a.ip_version],
    ['Shared', (a) => a.shared],
    ['Project', (a) => a.project_id],
  ],
});
