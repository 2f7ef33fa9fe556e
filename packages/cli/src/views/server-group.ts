/** How python-openstackclient shows a server group: members and policies as lists, rules as a dict. */
import type { Cloud, ServerGroup } from '@oscloud/sdk';
import { loadSdk } from '../base.js';
import { dictColumn, listColumn } from './columns.js';

/** Whether the compute microversion in use has a group's single `policy` and `rules` (2.64), instead of `policies`. */
export async function hasPolicy(cloud: Cloud): Promise<boolean> {
  const [sdk, inUse] = await Promise.all([loadSdk(), cloud.microversion('compute')]);
  return inUse !== undefined && sdk.compareVersions(inUse, '2.64') >= 0;
}

/** The Field/Value data of `server group show|create`. */
export function serverGroupView(group: ServerGroup): Record<string, unknown> {
  const g = group as Record<string, unknown>;
  const data: Record<string, unknown> = { id: g.id, members: listColumn(g.members as unknown[] | undefined), name: g.name };
  if ('policy' in g) {
    data.policy = g.policy;
    data.rules = dictColumn(g.rules as Record<string, unknown> | undefined);
  } else {
    data.policies = listColumn(g.policies as unknown[] | undefined);
  }
  data.project_id = g.project_id;
  data.user_id = g.user_id;
  return data;
}
