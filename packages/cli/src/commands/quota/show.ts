import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, list, show } from '../../output/format.js';
import { COMPUTE_NAMES, NETWORK_NAMES, NOVA_NETWORK_NAMES, VOLUME_NAMES } from '../../views/quota.js';

/** One quota: its limit, and with --usage what is used and reserved. */
interface Quota {
  resource: string;
  limit: unknown;
  inUse?: unknown;
  reserved?: unknown;
}

type Mode = 'current' | 'default' | 'usage';

/** A usage object of any service ({limit, in_use|used, reserved}) or a bare limit. */
function quota(resource: string, value: unknown): Quota {
  if (value && typeof value === 'object') {
    const v = value as { limit?: unknown; in_use?: unknown; used?: unknown; reserved?: unknown };
    return { resource, limit: v.limit, inUse: v.in_use ?? v.used, reserved: v.reserved };
  }
  return { resource, limit: value };
}

async function computeQuotas(cloud: Cloud, projectId: string, mode: Mode): Promise<Quota[]> {
  const suffix = mode === 'default' ? '/defaults' : mode === 'usage' ? '/detail' : '';
  const body = (await cloud.call('compute', `GET /v2.1/os-quota-sets/{tenant_id}${suffix}`, { path: { tenant_id: projectId } })) as { quota_set: Record<string, unknown> };
  return Object.entries(body.quota_set)
    .filter(([k]) => k !== 'id')
    .map(([k, v]) => quota(COMPUTE_NAMES[k] ?? NOVA_NETWORK_NAMES[k] ?? k, v));
}

async function volumeQuotas(cloud: Cloud, projectId: string, mode: Mode): Promise<Quota[]> {
  const body = (await cloud.call('volume', `GET /v3/{admin_project_id}/os-quota-sets/{project_id}${mode === 'default' ? '/defaults' : ''}`, {
    path: { admin_project_id: cloud.projectId ?? projectId, project_id: projectId },
    query: mode === 'usage' ? { usage: true } : undefined,
  })) as { quota_set: Record<string, unknown> };
  return Object.entries(body.quota_set)
    .filter(([k]) => k !== 'id')
    .map(([k, v]) => quota(VOLUME_NAMES[k] ?? k, v));
}

async function networkQuotas(cloud: Cloud, projectId: string, mode: Mode): Promise<Quota[]> {
  const suffix = mode === 'default' ? '/default' : mode === 'usage' ? '/details' : '';
  const body = (await cloud.call('network', `GET /v2.0/quotas/{project_id}${suffix}`, { path: { project_id: projectId } })) as { quota: Record<string, unknown> };
  return Object.entries(body.quota).map(([k, v]) => quota(NETWORK_NAMES[k] ?? k, v));
}

/** `oscloud quota show [project]`: compute, volume and network quotas in one view. */
export default class QuotaShow extends ShowCommand<typeof QuotaShow> {
  static override description = 'Show quotas for project (with --usage: a Resource | Limit | In Use | Reserved list)';
  static override args = { project: Args.string({ description: 'Show quotas for this project (name or ID; default: current)' }) };
  static override flags = {
    default: Flags.boolean({ description: 'Show default quotas', exclusive: ['usage'] }),
    usage: Flags.boolean({ description: 'Show details about quotas usage' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const project = this.args.project ? await cloud.identity.projects.find(this.args.project) : cloud.token?.body.project;
    const projectId = project?.id === undefined ? undefined : String(project.id);
    if (!projectId) throw new UsageError('no project: pass a project or use a project-scoped token');
    const mode: Mode = this.flags.default ? 'default' : this.flags.usage ? 'usage' : 'current';
    // Block storage and network quotas are shown when the cloud has those services.
    const parts = await Promise.all([
      computeQuotas(cloud, projectId, mode),
      cloud.catalog.entryFor('volume') ? volumeQuotas(cloud, projectId, mode) : [],
      cloud.catalog.entryFor('network') ? networkQuotas(cloud, projectId, mode) : [],
    ]);
    const quotas = parts.flat();
    if (mode === 'usage') {
      return list(quotas, [
        ['Resource', (q) => q.resource],
        ['Limit', (q) => q.limit],
        ['In Use', (q) => q.inUse],
        ['Reserved', (q) => q.reserved],
      ]);
    }
    return show({ ...Object.fromEntries(quotas.map((q) => [q.resource, q.limit])), project: projectId, project_name: project?.name ?? null });
  }
}
