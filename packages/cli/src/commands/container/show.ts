import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { containerView } from '../../views/object-store.js';

/** `oscloud container show <container>` */
export default class ContainerShow extends ShowCommand<typeof ContainerShow> {
  static override description = 'Display container details';
  static override args = { container: Args.string({ required: true, description: 'Container to display' }) };

  async execute(): Promise<CommandResult> {
    return containerView(await this.cloud(), this.args.container);
  }
}
