import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud cached image clear [--cache|--queue]`: both without an option. */
export default class CachedImageClear extends OsCommand<typeof CachedImageClear> {
  static override description = 'Clear all images from cache, queue or both';
  static override flags = {
    cache: Flags.boolean({ description: 'Clears all the cached images' }),
    queue: Flags.boolean({ description: 'Clears all the queued images' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    // argparse's store_const into one dest: the last of the two options wins
    const target = this.flags.queue && this.argv.lastIndexOf('--queue') > this.argv.lastIndexOf('--cache') ? 'queue' : this.flags.cache ? 'cache' : this.flags.queue ? 'queue' : undefined;
    try {
      await cloud.image.cache.clear(target);
    } catch (err) {
      throw new Error(`Failed to clear image cache: ${(err as Error).message}`);
    }
    return { kind: 'none' };
  }
}
