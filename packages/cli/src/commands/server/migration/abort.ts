import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { serverMigrationId } from '../../../views/server-migration.js';

/** `oscloud server migration abort <server> <migration>`: DELETE .../migrations/{id} (compute 2.24+; a UUID needs 2.59). */
export default class ServerMigrationAbort extends OsCommand<typeof ServerMigrationAbort> {
  static override description = 'Cancel an ongoing live migration.';
  static override args = {
    server: Args.string({ required: true, description: 'Server (name or ID)' }),
    migration: Args.string({ required: true, description: 'Migration (ID)' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('compute', '2.24', 'server migration abort');
    if (!/^\d+$/.test(this.args.migration)) await this.requireMicroversion('compute', '2.59', 'migration UUID');
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const id = await serverMigrationId(cloud, String(server.id), this.args.migration);
    await cloud.call('compute', 'DELETE /v2.1/servers/{server_id}/migrations/{migration_id}', { path: { server_id: String(server.id), migration_id: id } });
    return { kind: 'none' };
  }
}
