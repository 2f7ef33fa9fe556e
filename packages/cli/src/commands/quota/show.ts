import { Args, Flags } from '@oclif/core';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

/** `oscloud quota show [project]`: compute, volume and network quotas in one view. */
export default class QuotaShow extends ShowCommand<typeof QuotaShow> {
  static override description = 'Show quotas for project';
  static override args = { project: Args.string({ description: 'Show quotas for this project (name or ID; default: current)' }) };
  static override flags = { default: Flags.boolean({ description: 'Show default quotas' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const projectId = this.args.project ? String((await cloud.identity.projects.find(this.args.project)).id) : cloud.projectId;
    if (!projectId) throw new UsageError('no project: pass a project or use a project-scoped token');
    const data: Record<string, unknown> = { project: projectId };
    const suffix = this.flags.default ? '/defaults' : '';
    const compute = (await cloud.call('compute', `GET /v2.1/os-quota-sets/{tenant_id}${suffix}`, { path: { tenant_id: projectId } })) as { quota_set: Record<string, unknown> };
    const rename: Record<string, string> = { instances: 'instances', cores: 'cores', ram: 'ram', key_pairs: 'key-pairs', server_groups: 'server-groups', server_group_members: 'server-group-members', metadata_items: 'properties', injected_files: 'injected-files' };
    for (const [k, v] of Object.entries(compute.quota_set)) if (k !== 'id') data[rename[k] ?? k] = v;
    // Block storage and network quotas are shown when the cloud has those services.
    if (cloud.catalog.entryFor('volume')) {
      const volume = (await cloud.call('volume', `GET /v3/{admin_project_id}/os-quota-sets/{project_id}${suffix === '' ? '' : '/defaults'}`, {
        path: { admin_project_id: cloud.projectId ?? projectId, project_id: projectId },
      })) as { quota_set: Record<string, unknown> };
      for (const [k, v] of Object.entries(volume.quota_set)) if (k !== 'id') data[k] = v;
    }
    if (cloud.catalog.entryFor('network')) {
      const net = (await cloud.call('network', `GET /v2.0/quotas/{project_id}${this.flags.default ? '/default' : ''}`, { path: { project_id: projectId } })) as { quota: Record<string, unknown> };
      const nrename: Record<string, string> = { floatingip: 'floating-ips', security_group: 'secgroups', security_group_rule: 'secgroup-rules', network: 'networks', subnet: 'subnets', port: 'ports', router: 'routers' };
      for (const [k, v] of Object.entries(net.quota)) data[nrename[k] ?? k] = v;
    }
    return show(data);
  }
}
