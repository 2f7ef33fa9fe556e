import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { ListCommand, loadSdk } from '../../base.js';
import { PartialFailureError, UsageError } from '../../exit-codes.js';
import { type CommandResult, list } from '../../output/format.js';
import { askYesNo, canPrompt } from '../../output/prompt.js';
import { projectId } from '../../views/factory.js';
import { type CleanupItem, CLEANUP_KINDS, findCleanup, runCleanup } from '../../views/project-cleanup.js';

/**
 * `oscloud project cleanup (--auth-project | --project P) [--dry-run | --auto-approve]`: lists a
 * project's servers, volumes, snapshots, backups, floating IPs, routers, ports, subnets, networks,
 * security groups and images (a Type/ID/Name table), then, unless --dry-run, asks and deletes
 * them in dependency order. Another project is cleaned with a token scoped to it.
 */
export default class ProjectCleanup extends ListCommand<typeof ProjectCleanup> {
  static override description = 'Clean resources associated with a project';
  static override flags = {
    'dry-run': Flags.boolean({ description: "List a project's resources but do not delete them", exclusive: ['auto-approve'] }),
    'auto-approve': Flags.boolean({ description: 'Delete resources without asking for confirmation', exclusive: ['dry-run'] }),
    'auth-project': Flags.boolean({ description: 'Delete resources of the project used to authenticate', exactlyOne: ['auth-project', 'project'] }),
    project: Flags.string({ description: 'Project to clean (name or ID)', exactlyOne: ['auth-project', 'project'] }),
    'created-before': Flags.string({ description: 'Only delete resources created before the given time (YYYY-MM-DDTHH24:MI:SS)' }),
    'updated-before': Flags.string({ description: 'Only delete resources updated before the given time (YYYY-MM-DDTHH24:MI:SS)' }),
    'skip-resource': Flags.string({ multiple: true, description: `Skip cleanup of specific resource (repeat if necessary): ${CLEANUP_KINDS.map((k) => k.kind).join(', ')}` }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  private target: Cloud | undefined;
  private found: CleanupItem[] = [];

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    for (const t of [f['created-before'], f['updated-before']]) if (t !== undefined && Number.isNaN(Date.parse(t))) throw new UsageError(`invalid time '${t}': use YYYY-MM-DDTHH24:MI:SS`);
    const cloud = await this.cloud();
    let project = String(cloud.projectId);
    this.target = cloud;
    if (f.project) {
      project = await projectId(cloud, f.project, f['project-domain']);
      if (project !== cloud.projectId) {
        // a token scoped to the project to clean, as openstacksdk's connect_as_project
        const config = await this.cloudConfig();
        const auth: Record<string, unknown> = { ...config.auth, project_id: project };
        for (const k of ['project_name', 'project_domain_id', 'project_domain_name', 'domain_id', 'domain_name', 'system_scope']) delete auth[k];
        this.target = await (await loadSdk()).Cloud.connect({ config: { ...config, auth: auth as typeof config.auth }, tokenCache: false });
      }
    }
    this.warnLine('Searching resources...');
    this.found = await findCleanup(this.target, project, { created_at: f['created-before'], updated_at: f['updated-before'] }, f['skip-resource'] ?? []);
    return list(this.found, [
      ['Type', (i) => i.type],
      ['ID', (i) => i.id],
      ['Name', (i) => i.name],
    ]);
  }

  override async run(): Promise<void> {
    await super.run();
    const f = this.flags;
    if (f['dry-run'] || !this.target || this.found.length === 0) return;
    if (!f['auto-approve']) {
      if (!canPrompt()) throw new UsageError('not at a terminal to ask: pass --auto-approve to delete without asking, or --dry-run');
      if (!(await askYesNo('These resources will be deleted. Are you sure'))) return;
    }
    this.warnLine('Deleting resources');
    const failed = await runCleanup(this.target, this.found, (item, err) => this.warnLine(`Failed to delete ${item.type} ${item.id}: ${err.message}`));
    if (failed) throw new PartialFailureError(`${failed} of ${this.found.length} resources failed to delete.`);
  }
}
