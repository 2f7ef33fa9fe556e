import { readFile } from 'node:fs/promises';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';
import { parseProperties } from '../../views/common.js';
import { imageNames, serverShowData } from '../../views/server.js';

/** `oscloud server rebuild`: Nova's rebuild, shown as python-openstackclient shows the server (with adminPass). */
export default class ServerRebuild extends ShowCommand<typeof ServerRebuild> {
  static override description = 'Rebuild server';
  static override args = { server: Args.string({ required: true, description: 'Server (name or ID)' }) };
  static override flags = {
    image: Flags.string({ description: 'Recreate server from the specified image (name or ID) (default: the image of the server)' }),
    name: Flags.string({ description: 'Set the new name of the rebuilt server' }),
    password: Flags.string({ description: 'Set the password on the rebuilt server' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a new property on the rebuilt server (key=value; repeatable)' }),
    description: Flags.string({ description: 'Set a new description on the rebuilt server (compute 2.19+)' }),
    'preserve-ephemeral': Flags.boolean({ description: 'Preserve the default ephemeral storage partition on rebuild', allowNo: true }),
    'key-name': Flags.string({ description: 'Set the key name of key pair on the rebuilt server (compute 2.54+)', exclusive: ['no-key-name'] }),
    'no-key-name': Flags.boolean({ description: 'Unset the key name of key pair on the rebuilt server (compute 2.54+)' }),
    'user-data': Flags.string({ description: 'Add a new user data file to the rebuilt server (compute 2.57+)', exclusive: ['no-user-data'] }),
    'no-user-data': Flags.boolean({ description: 'Remove existing user data when rebuilding server (compute 2.57+)' }),
    wait: Flags.boolean({ description: 'Wait for rebuild to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const server = await cloud.compute.servers.find(this.args.server);
    const id = String(server.id);
    const current = (server.image as { id?: string } | string | undefined);
    const imageRef = f.image ? String((await cloud.image.images.find(f.image)).id) : typeof current === 'object' ? current?.id : undefined;
    if (!imageRef) throw new Error(`server ${String(server.name)} has no image to rebuild from: give --image`);
    const body: { imageRef: string } & Record<string, unknown> = { imageRef };
    if (f.name !== undefined) body.name = f.name;
    if (f.password !== undefined) body.adminPass = f.password;
    if (f.property?.length) body.metadata = parseProperties(f.property);
    if (f.description !== undefined) body.description = f.description;
    if (f['preserve-ephemeral'] !== undefined) body.preserve_ephemeral = f['preserve-ephemeral'];
    if (f['key-name'] !== undefined) body.key_name = f['key-name'];
    if (f['no-key-name']) body.key_name = null;
    if (f['user-data'] !== undefined) body.user_data = (await readFile(f['user-data'])).toString('base64');
    if (f['no-user-data']) body.user_data = null;
    let rebuilt: Record<string, unknown> = await cloud.compute.servers.rebuild(id, body);
    const adminPass = rebuilt.adminPass;
    if (f.wait) {
      rebuilt = await withStatusProgress(`server ${String(server.name)}`, (update) => cloud.compute.servers.waitForStatus(id, 'ACTIVE', { onProgress: (_s, p) => update(String(p.status)) }));
    }
    const full = { ...rebuilt, ...(adminPass !== undefined ? { adminPass } : {}) } as typeof server;
    return show(serverShowData(full, await imageNames(cloud, full)));
  }
}
