import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { saveObject } from '../../views/object-store.js';

/** `oscloud object save [--file <filename>] <container> <object>` (`--file -`: stdout). */
export default class ObjectSave extends OsCommand<typeof ObjectSave> {
  static override description = 'Save object locally';
  static override args = {
    container: Args.string({ required: true, description: 'Download <object> from <container>' }),
    object: Args.string({ required: true, description: 'Object to save' }),
  };
  static override flags = { file: Flags.string({ description: "Destination filename (defaults to object name); using '-' as the filename will print the file to stdout" }) };

  async execute(): Promise<CommandResult> {
    await saveObject(await this.cloud(), this.args.container, this.args.object, this.flags.file ?? this.args.object);
    return { kind: 'none' };
  }
}
