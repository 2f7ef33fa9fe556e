import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** `oscloud container create [--public] [--storage-policy <p>] <container-name>...` */
export default class ContainerCreate extends ListCommand<typeof ContainerCreate> {
  static override description = 'Create new container';
  static override strict = false;
  static override args = { containers: Args.string({ required: true, description: 'New container name(s)' }) };
  static override flags = {
    public: Flags.boolean({ description: 'Make the container publicly accessible' }),
    'storage-policy': Flags.string({ description: 'Specify a particular storage policy to use.' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const account = await cloud.objectStore.accountName();
    const headers: Record<string, string> = {};
    if (this.flags.public) headers['x-container-read'] = '.r:*,.rlistings';
    if (this.flags['storage-policy']) headers['x-storage-policy'] = this.flags['storage-policy'];
    const rows: { account: string; container: string; trans: string | undefined }[] = [];
    for (const container of this.positionals) {
      if (Buffer.byteLength(container) > 256) this.warnLine(`Container name is ${container.length} characters long, the default limit is 256`);
      const r = await cloud.objectStore.createContainer(container, { headers });
      rows.push({ account, container, trans: r.headers['x-trans-id'] });
    }
    return list(rows, [['account', 'account'], ['container', 'container'], ['x-trans-id', 'trans']]);
  }
}
