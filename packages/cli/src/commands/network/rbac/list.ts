import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { type Column, listCommand, projectId } from '../../../views/factory.js';

const COLUMNS: Column<NeutronItem>[] = [
  ['ID', (p) => p.id],
  ['Object Type', (p) => p.object_type],
  ['Object ID', (p) => p.object_id],
];

/** `oscloud network rbac list [--type T] [--action A] [--target-project P] [--long]` */
export default listCommand<NeutronItem>({
  description: 'List network RBAC policies',
  collection: (cloud) => cloud.network.rbacPolicies,
  flags: {
    type: Flags.string({ options: ['address_group', 'address_scope', 'security_group', 'subnetpool', 'qos_policy', 'network'], description: 'List network RBAC policies according to given object type' }),
    action: Flags.string({ options: ['access_as_external', 'access_as_shared'], description: 'List network RBAC policies according to given action' }),
    'target-project': Flags.string({ description: 'List network RBAC policies for a specific target project' }),
    'target-project-domain': Flags.string({ description: 'Domain the target project belongs to (name or ID)' }),
  },
  query: async (f, cloud) => ({
    object_type: f.type,
    action: f.action,
    target_tenant: f['target-project'] ? await projectId(cloud, f['target-project'] as string, f['target-project-domain'] as string | undefined) : undefined,
  }),
  columns: COLUMNS,
  longColumns: [...COLUMNS, ['Action', (p) => p.action]],
});
