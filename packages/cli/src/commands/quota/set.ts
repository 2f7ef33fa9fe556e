import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { projectId } from '../../views/factory.js';
import { COMPUTE_NAMES, VOLUME_NAMES } from '../../views/quota.js';

/** Option name (python-openstackclient's) -> API key, for each service. */
function options(names: Record<string, string>, plain: string[]): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(plain.map((k) => [k, k]));
  for (const [api, option] of Object.entries(names)) out[option] = api;
  return out;
}
const COMPUTE = options(COMPUTE_NAMES, ['cores', 'instances', 'ram']);
const VOLUME = options(VOLUME_NAMES, ['backups', 'gigabytes', 'snapshots', 'volumes']);
// Neutron's keys (quota show prints openstacksdk's names for them, so NETWORK_NAMES does not invert to these).
const NETWORK: Record<string, string> = {
  'floating-ips': 'floatingip',
  'secgroup-rules': 'security_group_rule',
  secgroups: 'security_group',
  networks: 'network',
  subnets: 'subnet',
  ports: 'port',
  routers: 'router',
  'rbac-policies': 'rbac_policy',
  subnetpools: 'subnetpool',
};

const quotaFlags = Object.fromEntries(
  [...Object.keys(COMPUTE), ...Object.keys(VOLUME), ...Object.keys(NETWORK)].map((name) => [name, Flags.integer({ description: `New value for the ${name} quota` })]),
);

/** Picks the flags of one service as its API's quota keys. */
function pick(flags: Record<string, unknown>, map: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [option, key] of Object.entries(map)) if (flags[option] !== undefined) out[key] = flags[option] as number;
  return out;
}

/** The Cinder quotas a volume type has its own of. */
const PER_TYPE = ['gigabytes', 'snapshots', 'volumes'];

/**
 * `oscloud quota set <project>`: one PUT per service that has a changed quota (Nova
 * os-quota-sets, Cinder os-quota-sets, Neutron quotas); `--volume-type` makes the volume
 * quotas that type's (`gigabytes_<type>`...), as upstream.
 */
export default class QuotaSet extends OsCommand<typeof QuotaSet> {
  static override description = 'Set quotas for project';
  static override args = { project: Args.string({ required: true, description: 'Set quotas for this project (name or ID)' }) };
  static override flags = {
    ...quotaFlags,
    'volume-type': Flags.string({ description: 'Set quotas for a specific <volume-type>' }),
    force: Flags.boolean({ description: 'Force quota update (only supported by compute)', exclusive: ['check'] }),
    check: Flags.boolean({ description: 'Check quota limit when updating (only supported by compute)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags as Record<string, unknown>;
    const project = await projectId(cloud, this.args.project);
    const compute = pick(f, COMPUTE);
    const type = f['volume-type'] as string | undefined;
    const volume = Object.fromEntries(Object.entries(pick(f, VOLUME)).map(([k, v]) => [type && PER_TYPE.includes(k) ? `${k}_${type}` : k, v]));
    const network = pick(f, NETWORK);
    if (Object.keys(compute).length) {
      await cloud.call('compute', 'PUT /v2.1/os-quota-sets/{tenant_id}', { path: { tenant_id: project }, body: { quota_set: { ...compute, ...(f.force ? { force: true } : {}) } } });
    }
    if (Object.keys(volume).length) {
      await cloud.call('volume', 'PUT /v3/{admin_project_id}/os-quota-sets/{project_id}', {
        path: { admin_project_id: cloud.projectId ?? project, project_id: project },
        body: { quota_set: volume },
      });
    }
    if (Object.keys(network).length) await cloud.call('network', 'PUT /v2.0/quotas/{project_id}', { path: { project_id: project }, body: { quota: network } });
    return { kind: 'none' };
  }
}
