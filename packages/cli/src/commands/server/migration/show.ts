import * as Args from '@oclif/core/args';
import { compareVersions } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { findServerMigration } from '../../../views/server-migration.js';

/**
 * `oscloud server migration show <server> <migration>`: an in-progress live migration (Nova
 * 2.24+). A UUID is found in the server's migration list, as upstream.
 */
export default class ServerMigrationShow extends ShowCommand<typeof ServerMigrationShow> {
  static override description = 'Show an in-progress live migration for a given server.';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    migration: Args.string({ required: true, description: 'Migration (ID)' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('compute', '2.24', 'server migration show');
    const ref = this.args.migration;
    if (!/^\d+$/.test(ref)) await this.requireMicroversion('compute', '2.59', 'retrieving server migrations by UUID');
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const migration = await findServerMigration(cloud, String(server.id), ref);
    const mv = (await cloud.microversion('compute')) ?? '2.1';
    const fields: [string, string][] = [
      ['ID', 'id'], ['Server UUID', 'server_uuid'], ['Status', 'status'], ['Source Compute', 'source_compute'], ['Source Node', 'source_node'],
      ['Dest Compute', 'dest_compute'], ['Dest Host', 'dest_host'], ['Dest Node', 'dest_node'], ['Memory Total Bytes', 'memory_total_bytes'],
      ['Memory Processed Bytes', 'memory_processed_bytes'], ['Memory Remaining Bytes', 'memory_remaining_bytes'], ['Disk Total Bytes', 'disk_total_bytes'],
      ['Disk Processed Bytes', 'disk_processed_bytes'], ['Disk Remaining Bytes', 'disk_remaining_bytes'], ['Created At', 'created_at'], ['Updated At', 'updated_at'],
    ];
    if (compareVersions(mv, '2.59') >= 0) fields.push(['UUID', 'uuid']);
    if (compareVersions(mv, '2.80') >= 0) fields.push(['User ID', 'user_id'], ['Project ID', 'project_id']);
    return show(Object.fromEntries(fields.map(([header, key]) => [header, migration[key] ?? ''])));
  }
}
