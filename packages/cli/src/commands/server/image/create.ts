import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { withStatusProgress } from '../../../output/progress.js';
import { parseProperties } from '../../../views/common.js';
import { imageShowData } from '../../../views/image.js';

/** `oscloud server image create`: snapshot a server into a new image (Nova createImage), shown as `image show` shows it. */
export default class ServerImageCreate extends ShowCommand<typeof ServerImageCreate> {
  static override description = 'Create a new server disk image from an existing server';
  static override args = { server: Args.string({ required: true, description: 'Server to create image (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Name of new disk image (default: server name)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a new property to meta_data.json on the metadata server (key=value; repeatable)' }),
    wait: Flags.boolean({ description: 'Wait for operation to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const server = await cloud.compute.servers.find(this.args.server);
    const name = this.flags.name ?? String(server.name);
    const properties = parseProperties(this.flags.property);
    const imageId = await cloud.compute.servers.createImage(String(server.id), name, Object.keys(properties).length ? { metadata: properties } : {});
    const image = this.flags.wait
      ? await withStatusProgress(`image ${name}`, (update) => cloud.image.images.waitForStatus(imageId, 'active', { onProgress: (_i, p) => update(String(p.status)) }))
      : await cloud.image.images.get(imageId);
    return show(imageShowData(image));
  }
}
