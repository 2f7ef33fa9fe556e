import * as Flags from '@oclif/core/flags';
import { compareVersions } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** One migration of GET /os-migrations. */
type Migration = Record<string, unknown>;

/** `oscloud server migration list` (Nova os-migrations). */
export default class ServerMigrationList extends ListCommand<typeof ServerMigrationList> {
  static override description = 'List server migrations';
  static override flags = {
    server: Flags.string({ description: 'Filter migrations by server (name or ID)' }),
    host: Flags.string({ description: 'Filter migrations by source or destination host' }),
    status: Flags.string({ description: 'Filter migrations by status' }),
    type: Flags.string({ description: 'Filter migrations by type', options: ['evacuation', 'live-migration', 'cold-migration', 'resize'] }),
    marker: Flags.string({ description: 'The last migration (UUID) of the previous page (compute API 2.59+)' }),
    limit: Flags.integer({ description: 'Maximum number of migrations to display (compute API 2.59+)' }),
    'changes-since': Flags.string({ description: 'List only migrations changed later or equal to this ISO 8601 time (compute API 2.59+)' }),
    'changes-before': Flags.string({ description: 'List only migrations changed earlier or equal to this ISO 8601 time (compute API 2.66+)' }),
    project: Flags.string({ description: 'Filter migrations by project (name or ID) (compute API 2.80+)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    user: Flags.string({ description: 'Filter migrations by user (name or ID) (compute API 2.80+)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    for (const [flag, min] of [['marker', '2.59'], ['limit', '2.59'], ['changes-since', '2.59'], ['changes-before', '2.66'], ['project', '2.80'], ['user', '2.80']] as const) {
      if (f[flag] !== undefined) await this.requireMicroversion('compute', min, `--${flag}`);
    }
    const cloud = await this.cloud();
    const query: Record<string, unknown> = { host: f.host, status: f.status, marker: f.marker, limit: f.limit, changes_since: f['changes-since'], changes_before: f['changes-before'] };
    if (f.server) query.instance_uuid = (await cloud.compute.servers.find(f.server)).id;
    // upstream's alias: Nova calls a cold migration `migration`
    if (f.type) query.migration_type = f.type === 'cold-migration' ? 'migration' : f.type;
    if (f.project) query.project_id = await projectId(cloud, f.project, f['project-domain']);
    if (f.user) query.user_id = (await cloud.identity.users.find(f.user)).id;
    const body = (await cloud.call('compute', 'GET /v2.1/os-migrations', { query })) as { migrations?: Migration[] };
    const mv = (await cloud.microversion('compute')) ?? '2.1';
    const at = (min: string) => compareVersions(mv, min) >= 0;
    const columns: [string, string][] = [
      ['Source Node', 'source_node'], ['Dest Node', 'dest_node'], ['Source Compute', 'source_compute'], ['Dest Compute', 'dest_compute'],
      ['Dest Host', 'dest_host'], ['Status', 'status'], ['Server UUID', 'instance_uuid'], ['Old Flavor', 'old_instance_type_id'],
      ['New Flavor', 'new_instance_type_id'], ['Created At', 'created_at'], ['Updated At', 'updated_at'],
    ];
    // the columns as upstream inserts them by microversion
    if (at('2.59')) columns.unshift(['UUID', 'uuid']);
    if (at('2.23')) {
      columns.unshift(['Id', 'id']);
      columns.splice(columns.length - 2, 0, ['Type', 'migration_type']);
    }
    if (at('2.80') && f.project) columns.splice(columns.length - 2, 0, ['Project', 'project_id']);
    if (at('2.80') && f.user) columns.splice(columns.length - 2, 0, ['User', 'user_id']);
    return list(
      body.migrations ?? [],
      columns.map(([header, key]): [string, (m: Migration) => unknown] => [header, (m) => m[key] ?? '']),
    );
  }
}
