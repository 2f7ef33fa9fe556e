import * as Flags from '@oclif/core/flags';
import { type Cloud, NotFoundError } from '@oscloud/sdk';
import { ListCommand, UsageError } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import { projectId } from '../../views/factory.js';

type Service = 'compute' | 'volume' | 'network';

/** python-openstackclient's columns per service: [header, key] (its ListQuota). */
const COLUMNS: Record<Service, [string, string][]> = {
  compute: [
    ['Cores', 'cores'],
    ['Fixed IPs', 'fixed_ips'],
    ['Injected Files', 'injected_files'],
    ['Injected File Content Bytes', 'injected_file_content_bytes'],
    ['Injected File Path Bytes', 'injected_file_path_bytes'],
    ['Instances', 'instances'],
    ['Key Pairs', 'key_pairs'],
    ['Metadata Items', 'metadata_items'],
    ['Ram', 'ram'],
    ['Server Groups', 'server_groups'],
    ['Server Group Members', 'server_group_members'],
  ],
  volume: [
    ['Backups', 'backups'],
    ['Backup Gigabytes', 'backup_gigabytes'],
    ['Gigabytes', 'gigabytes'],
    ['Per Volume Gigabytes', 'per_volume_gigabytes'],
    ['Snapshots', 'snapshots'],
    ['Volumes', 'volumes'],
  ],
  network: [
    ['Floating IPs', 'floating_ips'],
    ['Networks', 'networks'],
    ['Ports', 'ports'],
    ['RBAC Policies', 'rbac_policies'],
    ['Routers', 'routers'],
    ['Security Groups', 'security_groups'],
    ['Security Group Rules', 'security_group_rules'],
    ['Subnets', 'subnets'],
    ['Subnet Pools', 'subnet_pools'],
  ],
};

/** Neutron's quota names as openstacksdk (and so python-openstackclient) names them. */
const NEUTRON_TO_SDK: Record<string, string> = {
  floatingip: 'floating_ips',
  network: 'networks',
  port: 'ports',
  rbac_policy: 'rbac_policies',
  router: 'routers',
  security_group: 'security_groups',
  security_group_rule: 'security_group_rules',
  subnet: 'subnets',
  subnetpool: 'subnet_pools',
};

/** One project's quotas of one service, keyed as in COLUMNS (`default`: the defaults; `detail`: {limit, in_use, reserved} values). */
async function quotas(cloud: Cloud, service: Service, project: string, mode: 'current' | 'default' | 'detail'): Promise<Record<string, unknown>> {
  if (service === 'compute') {
    const suffix = mode === 'default' ? '/defaults' : mode === 'detail' ? '/detail' : '';
    const body = (await cloud.call('compute', `GET /v2.1/os-quota-sets/{tenant_id}${suffix}`, { path: { tenant_id: project } })) as { quota_set: Record<string, unknown> };
    const { id: _id, ...rest } = body.quota_set;
    return rest;
  }
  if (service === 'volume') {
    const body = (await cloud.call('volume', `GET /v3/{admin_project_id}/os-quota-sets/{project_id}${mode === 'default' ? '/defaults' : ''}`, {
      path: { admin_project_id: cloud.projectId ?? project, project_id: project },
    })) as { quota_set: Record<string, unknown> };
    const { id: _id, ...rest } = body.quota_set;
    return rest;
  }
  const suffix = mode === 'default' ? '/default' : mode === 'detail' ? '/details' : '';
  const body = (await cloud.call('network', `GET /v2.0/quotas/{project_id}${suffix}`, { path: { project_id: project } })) as { quota: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(body.quota).map(([k, v]) => {
      // Neutron says `used` where Nova says `in_use`; python-openstackclient shows both as In Use
      const value = v && typeof v === 'object' && 'used' in v ? { ...(v as object), in_use: (v as { used: unknown }).used } : v;
      return [NEUTRON_TO_SDK[k] ?? k, value];
    }),
  );
}

/**
 * `oscloud quota list --compute|--volume|--network [--project P] [--detail]`: the projects whose
 * quotas differ from the defaults (one row each), or with --detail one project's usage.
 */
export default class QuotaList extends ListCommand<typeof QuotaList> {
  static override description = 'List quotas for all projects with non-default quota values or list detailed quota information for requested project';
  static override flags = {
    project: Flags.string({ description: 'List quotas for this project (name or ID)' }),
    detail: Flags.boolean({ description: 'Show details about quotas usage' }),
    compute: Flags.boolean({ description: 'List compute quota', exactlyOne: ['compute', 'volume', 'network'] }),
    volume: Flags.boolean({ description: 'List volume quota', exactlyOne: ['compute', 'volume', 'network'] }),
    network: Flags.boolean({ description: 'List network quota', exactlyOne: ['compute', 'volume', 'network'] }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const service: Service = this.flags.compute ? 'compute' : this.flags.volume ? 'volume' : 'network';
    if (this.flags.detail && service !== 'volume') {
      // one project's usage: the given one or the token's (as upstream)
      const project = this.flags.project ? await projectId(cloud, this.flags.project) : cloud.projectId;
      if (!project) throw new UsageError('no project: pass --project or use a project-scoped token');
      const detail = await quotas(cloud, service, project, 'detail');
      const rows = Object.entries(detail)
        .filter(([, v]) => v !== null && typeof v === 'object')
        .map(([resource, v]) => ({ resource, ...(v as { in_use?: unknown; reserved?: unknown; limit?: unknown }) }));
      return list(rows, [
        ['Resource', (r) => r.resource],
        ['In Use', (r) => r.in_use ?? null],
        ['Reserved', (r) => r.reserved ?? null],
        ['Limit', (r) => r.limit ?? null],
      ]);
    }
    if (this.flags.detail) this.warnLine("Volume service doesn't provide detailed quota information");
    const projects: string[] = [];
    if (this.flags.project) projects.push(await projectId(cloud, this.flags.project));
    else for await (const p of cloud.identity.projects.list()) projects.push(String(p.id));
    const columns = COLUMNS[service];
    const rows = await Promise.all(
      projects.map(async (project) => {
        let current: Record<string, unknown>;
        try {
          current = await quotas(cloud, service, project, 'current');
        } catch (err) {
          // a project the service does not know is skipped, as upstream does
          if (err instanceof NotFoundError) return undefined;
          throw err;
        }
        const defaults = await quotas(cloud, service, project, 'default');
        const differs = columns.some(([, k]) => JSON.stringify(current[k] ?? '') !== JSON.stringify(defaults[k] ?? ''));
        return differs ? { id: project, ...current } : undefined;
      }),
    );
    return list(
      rows.filter((r): r is { id: string } & Record<string, unknown> => r !== undefined),
      [['Project ID', (r) => r.id], ...columns.map(([header, key]): [string, (r: Record<string, unknown>) => unknown] => [header, (r) => r[key] ?? ''])],
    );
  }
}
