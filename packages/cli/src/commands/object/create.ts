import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ListCommand, UsageError } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** `oscloud object create [--name <name>] <container> <filename>...`: streams each file up. */
export default class ObjectCreate extends ListCommand<typeof ObjectCreate> {
  static override description = 'Upload object to container';
  static override strict = false;
  static override args = {
    container: Args.string({ required: true, description: 'Container for new object' }),
    objects: Args.string({ required: true, description: 'Local filename(s) to upload' }),
  };
  static override flags = { name: Flags.string({ description: 'Upload a file and rename it. Can only be used when uploading a single object' }) };

  async execute(): Promise<CommandResult> {
    const [container, ...files] = this.positionals as [string, ...string[]];
    if (this.flags.name && files.length > 1) throw new UsageError('Attempting to upload multiple objects and using --name is not permitted');
    const cloud = await this.cloud();
    const rows: { object: string; container: string; etag: string }[] = [];
    for (const file of files) {
      if (Buffer.byteLength(file) > 1024) this.warnLine(`Object name is ${file.length} characters long, default limit is 1024`);
      const name = this.flags.name ?? file;
      const size = (await stat(file)).size;
      const etag = await cloud.objectStore.putObject(container, name, createReadStream(file), { size });
      rows.push({ object: name, container, etag });
    }
    return list(rows, [['object', 'object'], ['container', 'container'], ['etag', 'etag']]);
  }
}
