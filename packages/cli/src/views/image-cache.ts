/** `cached image queue|delete`: the same walk over images by name or ID, with upstream's messages. */
import * as Args from '@oclif/core/args';
import type { Cloud } from '@oscloud/sdk';
import { OsCommand } from '../base.js';
import { PartialFailureError } from '../exit-codes.js';
import type { CommandResult } from '../output/format.js';

/** Options of cacheEachCommand. */
export interface CacheEachSpec {
  description: string;
  argHelp: string;
  /** `queue` / `delete` (messages). */
  verb: string;
  /** The end of the summary after "Failed to <verb> N of M images" (`.` for delete, nothing for queue). */
  end: string;
  act: (cloud: Cloud, imageId: string) => Promise<void>;
}

/** A command that acts on each image given, reports each failure and fails at the end ("Failed to <verb> N of M images"). */
export function cacheEachCommand(spec: CacheEachSpec): typeof OsCommand {
  class CacheEach extends OsCommand<typeof CacheEach> {
    static override description = spec.description;
    static override strict = false;
    static override args = { images: Args.string({ required: true, description: spec.argHelp }) };

    async execute(): Promise<CommandResult> {
      const cloud = await this.cloud();
      let failed = 0;
      for (const ref of this.positionals) {
        try {
          await spec.act(cloud, String((await cloud.image.images.find(ref)).id));
        } catch (err) {
          failed += 1;
          this.warnLine(`Failed to ${spec.verb} image with name or ID '${ref}': ${(err as Error).message}`);
        }
      }
      if (failed) throw new PartialFailureError(`Failed to ${spec.verb} ${failed} of ${this.positionals.length} images${spec.end}`);
      return { kind: 'none' };
    }
  }
  return CacheEach as unknown as typeof OsCommand;
}
