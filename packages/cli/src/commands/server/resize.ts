import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';

/**
 * `oscloud server resize --flavor F [--wait] SERVER`: Nova's resize (status RESIZE, then
 * VERIFY_RESIZE); `--confirm` / `--revert` as python-openstackclient still accepts them (also
 * `server resize confirm|revert SERVER`).
 */
export default class ServerResize extends OsCommand<typeof ServerResize> {
  static override description = 'Scale server to a new flavor';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    flavor: Flags.string({ description: 'Resize server to specified flavor', exactlyOne: ['flavor', 'confirm', 'revert'] }),
    confirm: Flags.boolean({ description: "Confirm server resize is complete (deprecated: use 'server resize confirm')" }),
    revert: Flags.boolean({ description: "Restore server state before resize (deprecated: use 'server resize revert')" }),
    wait: Flags.boolean({ description: 'Wait for resize to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    const wait = async (status: string[]): Promise<void> => {
      if (!this.flags.wait) return;
      await withStatusProgress(`server ${String(server.name)}`, (update) => cloud.compute.servers.waitForStatus(id, status, { onProgress: (_s, p) => update(String(p.status)) }));
    };
    if (this.flags.confirm) {
      await cloud.compute.servers.confirmResize(id);
    } else if (this.flags.revert) {
      await cloud.compute.servers.revertResize(id);
      await wait(['ACTIVE', 'SHUTOFF']);
    } else {
      const flavor = await cloud.compute.flavors.find(String(this.flags.flavor));
      await cloud.compute.servers.resize(id, String(flavor.id));
      // python-openstackclient waits for ACTIVE or VERIFY_RESIZE.
      await wait(['VERIFY_RESIZE', 'ACTIVE', 'SHUTOFF']);
    }
    return { kind: 'none' };
  }
}
