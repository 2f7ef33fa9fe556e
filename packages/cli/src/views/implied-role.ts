/** `implied role create|delete`: both roles resolved from one role list, as python-openstackclient's _get_role_ids. */
import type { Cloud } from '@oscloud/sdk';

/** The ids of the prior and the implied role (each given by name or ID); NotFound when either matches no role. */
export async function roleIds(cloud: Cloud, role: string, impliedRole: string): Promise<[string, string]> {
  let prior: string | undefined;
  let implied: string | undefined;
  for await (const r of cloud.identity.roles.list()) {
    const ids = [r.name, r.id];
    if (ids.includes(role)) prior = String(r.id);
    else if (ids.includes(impliedRole)) implied = String(r.id);
  }
  // upstream sends whatever it found; an unknown role is Keystone's 404 then: find() gives the same error up front
  return [prior ?? String((await cloud.identity.roles.find(role)).id), implied ?? String((await cloud.identity.roles.find(impliedRole)).id)];
}
