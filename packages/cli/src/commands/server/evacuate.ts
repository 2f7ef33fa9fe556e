import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';
import { imageNames, serverShowData } from '../../views/server.js';

/**
 * `oscloud server evacuate`: Nova's evacuate of a server whose host is down (admin), shown as
 * python-openstackclient shows it afterwards. `--shared-storage` is sent as asked (compute 2.13);
 * a cloud without shared storage refuses it.
 */
export default class ServerEvacuate extends ShowCommand<typeof ServerEvacuate> {
  static override description = 'Evacuate a server to a different host';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    host: Flags.string({ description: 'Set the preferred host on which to rebuild the evacuated server (compute 2.29+ semantics: the scheduler checks it)' }),
    password: Flags.string({ description: 'Set the password on the evacuated instance' }),
    'shared-storage': Flags.boolean({ description: 'Indicate that the instance is on shared storage (before compute 2.14; refused by clouds without shared storage)' }),
    wait: Flags.boolean({ description: 'Wait for evacuation to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    const adminPass = await cloud.compute.servers.evacuate(id, {
      ...(f.host ? { host: f.host } : {}),
      ...(f.password ? { adminPass: f.password } : {}),
      ...(f['shared-storage'] ? { onSharedStorage: true } : {}),
    });
    // A stopped server is rebuilt stopped (as Nova's rebuild leaves it).
    const target = server.status === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE';
    const after = f.wait
      ? await withStatusProgress(`server ${String(server.name)}`, (update) => cloud.compute.servers.waitForStatus(id, target, { onProgress: (_s, p) => update(String(p.status)) }))
      : await cloud.compute.servers.get(id);
    const full = { ...after, ...(adminPass !== undefined ? { adminPass } : {}) } as typeof server;
    return show(serverShowData(full, await imageNames(cloud, full)));
  }
}
