import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { OsCommand } from '../../base.js';
import { type CommandResult, list, render } from '../../output/format.js';
import { currentStreams, writeData, writeDiagnostic } from '../../output/io.js';
import { askYesNo, canPrompt } from '../../output/prompt.js';
import { projectId } from '../../views/factory.js';
import { CLEANUP_KEYS, type CleanupFilters, findProjectResources } from '../../views/project-cleanup.js';

/** The first line of a non-terminal stdin (python-openstackclient reads its answer there too). */
async function readAnswer(): Promise<string> {
  const { stdin } = currentStreams();
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0]?.trim() ?? '';
}

/**
 * `oscloud project cleanup (--auth-project | --project P [--project-domain D]) [--dry-run | --auto-approve]
 * [--created-before T] [--updated-before T] [--skip-resource KEY...]`: lists the project's
 * resources (Type, ID, Name), then, unless --dry-run, asks and deletes them in dependency order.
 */
export default class ProjectCleanup extends OsCommand<typeof ProjectCleanup> {
  static override description = 'Clean resources associated with a project';
  static override flags = {
    'dry-run': Flags.boolean({ exclusive: ['auto-approve'], description: "List a project's resources but do not delete them" }),
    'auto-approve': Flags.boolean({ exclusive: ['dry-run'], description: 'Delete resources without asking for confirmation' }),
    'auth-project': Flags.boolean({ exactlyOne: ['auth-project', 'project'], description: 'Delete resources of the project used to authenticate' }),
    project: Flags.string({ description: 'Project to clean (name or ID)' }),
    'created-before': Flags.string({ description: 'Only delete resources created before the given time (YYYY-MM-DDTHH24:MI:SS)' }),
    'updated-before': Flags.string({ description: 'Only delete resources updated before the given time (YYYY-MM-DDTHH24:MI:SS)' }),
    'skip-resource': Flags.string({ multiple: true, description: `Skip cleanup of specific resource (repeat if necessary): ${CLEANUP_KEYS.join(', ')}` }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    let target: Cloud = cloud;
    let id = cloud.projectId ?? (await cloud.tokenInfo()).project_id;
    if (f.project) {
      id = await projectId(cloud, f.project, f['project-domain']);
      target = await this.connectAs(cloud, id);
    }
    if (!id) throw new Error('the token is not scoped to a project: use --project');
    const filters: CleanupFilters = { created_at: f['created-before'], updated_at: f['updated-before'] };
    writeDiagnostic('Searching resources...');
    const found = await findProjectResources(target, id, filters, new Set(f['skip-resource'] ?? []));
    writeData(await render(list(found, [['Type', (r) => r.type], ['ID', (r) => r.id], ['Name', (r) => r.name]]), { format: 'table', terminalWidth: undefined }));
    if (f['dry-run'] || found.length === 0) return { kind: 'none' };
    if (!f['auto-approve']) {
      const question = 'These resources will be deleted. Are you sure';
      const yes = canPrompt() ? await askYesNo(question) : ['y', 'Y', 'yes'].includes((currentStreams().stderr.write(`${question} [y/n]: `), await readAnswer()));
      if (!yes) return { kind: 'none' };
    }
    writeDiagnostic('Deleting resources');
    let failed = 0;
    for (const r of found) {
      try {
        await r.remove();
      } catch (err) {
        // gone already: a server's port goes with the server
        if ((err as { status?: unknown }).status === 404) continue;
        failed += 1;
        this.warnLine(`Failed to delete ${r.type} ${r.id}: ${(err as Error).message}`);
      }
    }
    if (failed) throw new Error(`${failed} of ${found.length} resources failed to delete.`);
    return { kind: 'none' };
  }

  /** A connection scoped to another project (openstacksdk's connect_as_project): same credentials, that project's token. */
  private async connectAs(cloud: Cloud, project: string): Promise<Cloud> {
    const sdk = await this.sdk();
    const config = cloud.config;
    if (!config) throw new Error('--project needs a Keystone cloud');
    const { project_name: _n, project_domain_name: _dn, project_domain_id: _di, domain_id: _d, domain_name: _dm, system_scope: _s, ...auth } = config.auth as Record<string, string | undefined>;
    return sdk.Cloud.connect({ config: { ...config, auth: { ...auth, project_id: project } }, tokenCache: false });
  }
}
