import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Args, Flags } from '@oclif/core';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { ByteProgress } from '../../output/progress.js';

/** `oscloud image save`: downloads the image data. */
export default class ImageSave extends OsCommand<typeof ImageSave> {
  static override description = 'Save an image locally';
  static override args = { image: Args.string({ required: true, description: 'Image to save (name or ID)' }) };
  static override flags = { file: Flags.string({ description: 'Downloaded image save filename (default: stdout)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const image = await cloud.image.images.find(this.args.image);
    const data = await cloud.image.images.download(String(image.id));
    if (!this.flags.file) {
      await pipeline(data, process.stdout);
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
