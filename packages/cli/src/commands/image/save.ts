import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand, UsageError } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { stdoutIsTTY, writeBinary } from '../../output/io.js';
import { ByteProgress } from '../../output/progress.js';

/** `oscloud image save`: downloads the image data. */
export default class ImageSave extends OsCommand<typeof ImageSave> {
  static override description = 'Save an image locally';
  static override args = { image: Args.string({ required: true, description: 'Image to save (name or ID)' }) };
  static override flags = { file: Flags.string({ description: 'Downloaded image save filename (default: stdout)' }) };

  async execute(): Promise<CommandResult> {
    // Image bytes on a terminal are garbage at best (glance image-download refuses too).
    if (!this.flags.file && stdoutIsTTY()) throw new UsageError('no --file given and stdout is a terminal: pass --file <filename> or redirect stdout');
    const cloud = await this.cloud();
    const image = await cloud.image.images.find(this.args.image);
    const data = await cloud.image.images.download(String(image.id));
    if (!this.flags.file) {
      await writeBinary(data);
      return { kind: 'none' };
    }
    const progress = new ByteProgress(`downloading ${image.name ?? image.id}`, typeof image.size === 'number' ? image.size : undefined);
    let received = 0;
    data.on('data', (chunk: Buffer) => {
      received += chunk.length;
      progress.update(received);
    });
    await pipeline(data, createWriteStream(this.flags.file));
    progress.done(received);
    return { kind: 'none' };
  }
}
