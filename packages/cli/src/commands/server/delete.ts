import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';

/** `oscloud server delete [--force] [--wait]`: each server in turn; one that fails does not stop the others. */
export default class ServerDelete extends OsCommand<typeof ServerDelete> {
  static override description = 'Delete server(s)';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to delete (name or ID)' }) };
  static override flags = {
    force: Flags.boolean({ description: 'Force delete server(s) (the forceDelete action: no soft-delete grace period)' }),
    wait: Flags.boolean({ description: 'Wait for delete to complete' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several servers' }),
  };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} servers (${refs.join(', ')})?`);
    const cloud = await this.cloud();
    await this.forEachResource(refs, 'server', 'delete', async (ref) => {
      const server = await cloud.compute.servers.find(ref);
      const id = String(server.id);
      // --force: Nova's forceDelete action (which skips a soft-delete grace period) instead of DELETE.
      if (this.flags.force) await cloud.compute.servers.action(id, { forceDelete: null });
      else await cloud.compute.servers.delete(id);
      if (this.flags.wait) {
        await withStatusProgress(`server ${String(server.name)}`, (update) =>
          cloud.compute.servers.waitForDelete(id, { onProgress: (_s, p) => update(String(p.status)) }),
        );
      }
    });
    return { kind: 'none' };
  }
}
