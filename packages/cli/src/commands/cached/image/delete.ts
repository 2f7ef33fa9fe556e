import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import { PartialFailureError } from '../../../exit-codes.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud cached image delete <image>...` */
export default class CachedImageDelete extends OsCommand<typeof CachedImageDelete> {
  static override description = 'Delete image(s) from cache';
  static override strict = false;
  static override args = { images: Args.string({ required: true, description: 'Image(s) to delete (name or ID)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    let failed = 0;
    for (const ref of this.positionals) {
      try {
        await cloud.image.cache.delete(String((await cloud.image.images.find(ref)).id));
      } catch (err) {
        failed += 1;
        this.warnLine(`Failed to delete image with name or ID '${ref}': ${(err as Error).message}`);
      }
    }
    if (failed) throw new PartialFailureError(`Failed to delete ${failed} of ${this.positionals.length} images.`);
    return { kind: 'none' };
  }
}
