import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import { type CommandResult } from '../../output/format.js';
import { currentStreams } from '../../output/io.js';
import { ByteProgress } from '../../output/progress.js';

/** `oscloud image stage <image> [--file F] [--progress]`: uploads data to the staging area (the first half of `glance-direct`); stdin without --file. */
export default class ImageStage extends OsCommand<typeof ImageStage> {
  static override description = 'Upload data for a specific image to staging. This requires support for the interoperable image import process, which was first introduced in Image API version 2.6 (Glance 16.0.0 (Queens))';
  static override args = { image: Args.string({ required: true, description: 'Image to upload data for (name or ID)' }) };
  static override flags = {
    file: Flags.string({ description: 'Local file that contains disk image to be uploaded. Alternatively, images can be passed via stdin.' }),
    progress: Flags.boolean({ description: 'Show upload progress bar (ignored if passing data via stdin)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const image = await cloud.image.images.find(this.args.image);
    const file = this.flags.file;
    if (file !== undefined && !existsSync(file)) throw new Error(`'${file}' is not a valid file`);
    if (file === undefined) {
      await cloud.image.images.stage(String(image.id), currentStreams().stdin as Readable);
      return { kind: 'none' };
    }
    const size = statSync(file).size;
    const progress = new ByteProgress(`uploading ${file}`, size, this.flags.progress);
    await cloud.image.images.stage(String(image.id), createReadStream(file), { size, onProgress: (sent) => progress.update(sent) });
    progress.done(size);
    return { kind: 'none' };
  }
}
