import * as Flags from '@oclif/core/flags';
import type { Migration } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud server migration list`: the cloud's migration records (admin; resizes here). */
export default class ServerMigrationList extends ListCommand<typeof ServerMigrationList> {
  static override description = 'List server migrations';
  static override flags = {
    server: Flags.string({ description: 'Filter migrations by server (name or ID)' }),
    host: Flags.string({ description: 'Filter migrations by source or destination host' }),
    status: Flags.string({ description: 'Filter migrations by status' }),
    type: Flags.string({ description: 'Filter migrations by type', options: ['evacuation', 'live-migration', 'cold-migration', 'resize'] }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const instance = f.server ? String((await cloud.compute.servers.find(f.server)).id) : undefined;
    // python-openstackclient's cold-migration is Nova's `migration`.
    const type = f.type === 'cold-migration' ? 'migration' : f.type;
    const rows = await cloud.compute.migrations.list({
      ...(instance ? { instance_uuid: instance } : {}),
      ...(f.host ? { source_compute: f.host } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(type ? { migration_type: type } : {}),
    });
    const columns: Array<[string, (m: Migration) => unknown]> = [
      ['Id', (m) => m.id],
      ['Source Node', (m) => m.source_node],
      ['Dest Node', (m) => m.dest_node],
      ['Source Compute', (m) => m.source_compute],
      ['Dest Compute', (m) => m.dest_compute],
      ['Dest Host', (m) => m.dest_host],
      ['Status', (m) => m.status],
      ['Server UUID', (m) => m.instance_uuid],
      ['Old Flavor', (m) => m.old_instance_type_id],
      ['New Flavor', (m) => m.new_instance_type_id],
      ['Type', (m) => m.migration_type],
      ['Created At', (m) => m.created_at],
      ['Updated At', (m) => m.updated_at],
    ];
    return list(rows, columns);
  }
}
