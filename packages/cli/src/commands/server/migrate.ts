import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';

/**
 * `oscloud server migrate [--host H] [--wait] SERVER`: Nova's cold migration (admin): status
 * RESIZE, then VERIFY_RESIZE on another host until `server migrate confirm|revert` (or
 * `server resize confirm|revert`). `--host` needs compute API 2.56.
 */
export default class ServerMigrate extends OsCommand<typeof ServerMigrate> {
  static override description = 'Migrate server to different host';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    host: Flags.string({ description: 'Migrate the server to the specified host (compute API 2.56+)' }),
    wait: Flags.boolean({ description: 'Wait for migrate to complete' }),
  };

  async execute(): Promise<CommandResult> {
    if (this.flags.host !== undefined) await this.requireMicroversion('compute', '2.56', '--host');
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    await cloud.compute.servers.migrate(id, this.flags.host === undefined ? {} : { host: this.flags.host });
    if (this.flags.wait) {
      // python-openstackclient waits for ACTIVE or VERIFY_RESIZE.
      await withStatusProgress(`server ${String(server.name)}`, (update) => cloud.compute.servers.waitForStatus(id, ['VERIFY_RESIZE', 'ACTIVE', 'SHUTOFF'], { onProgress: (_s, p) => update(String(p.status)) }));
    }
    return { kind: 'none' };
  }
}
