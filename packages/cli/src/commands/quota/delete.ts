import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { projectId } from '../../views/factory.js';

/**
 * `oscloud quota delete <project>`: resets the project's quotas to the defaults (DELETE of its
 * compute, volume and network quota sets, or only those named by --compute/--volume/--network).
 */
export default class QuotaDelete extends OsCommand<typeof QuotaDelete> {
  static override description = 'Delete configured quota for a project and revert to defaults.';
  static override args = { project: Args.string({ required: true, description: 'Delete quotas for this project (name or ID)' }) };
  static override flags = {
    all: Flags.boolean({ description: 'Delete all quotas, regardless of service type (default)' }),
    compute: Flags.boolean({ description: 'Delete compute quotas only' }),
    volume: Flags.boolean({ description: 'Delete volume quotas only' }),
    network: Flags.boolean({ description: 'Delete network quotas only' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const all = f.all || (!f.compute && !f.volume && !f.network);
    const project = await projectId(cloud, this.args.project);
    if (all || f.compute) await cloud.call('compute', 'DELETE /v2.1/os-quota-sets/{tenant_id}', { path: { tenant_id: project } });
    if (all || f.volume) {
      await cloud.call('volume', 'DELETE /v3/{admin_project_id}/os-quota-sets/{project_id}', { path: { admin_project_id: cloud.projectId ?? project, project_id: project } });
    }
    if (all || f.network) await cloud.call('network', 'DELETE /v2.0/quotas/{project_id}', { path: { project_id: project } });
    return { kind: 'none' };
  }
}
