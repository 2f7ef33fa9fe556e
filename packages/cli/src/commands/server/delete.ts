import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';

/** `oscloud server delete`: each server in turn; one that fails does not stop the others. */
export default class ServerDelete extends OsCommand<typeof ServerDelete> {
  static override description = 'Delete server(s)';
  static override strict = false;
  static override args = { server: Args.string({ required: true, description: 'Server(s) to delete (name or ID)' }) };
  static override flags = {
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
      await cloud.compute.servers.delete(id);
      if (this.flags.wait) {
        await withStatusProgress(`server ${String(server.name)}`, (update) =>
          cloud.compute.servers.waitForDelete(id, { onProgress: (_s, p) => update(String(p.status)) }),
        );
      }
    });
    return { kind: 'none' };
  }
}
