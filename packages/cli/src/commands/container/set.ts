import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud container set <container> --property <key=value>...` */
export default class ContainerSet extends OsCommand<typeof ContainerSet> {
  static override description = 'Set container properties';
  static override args = { container: Args.string({ required: true, description: 'Container to modify' }) };
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Set a property on this container (repeat option to set multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await cloud.objectStore.setContainerMetadata(this.args.container, parseProperties(this.flags.property));
    return { kind: 'none' };
  }
}
