import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { objectView } from '../../views/object-store.js';

/** `oscloud object show <container> <object>` */
export default class ObjectShow extends ShowCommand<typeof ObjectShow> {
  static override description = 'Display object details';
  static override args = {
    container: Args.string({ required: true, description: 'Display <object> from <container>' }),
    object: Args.string({ required: true, description: 'Object to display' }),
  };

  async execute(): Promise<CommandResult> {
    return objectView(await this.cloud(), this.args.container, this.args.object);
  }
}
