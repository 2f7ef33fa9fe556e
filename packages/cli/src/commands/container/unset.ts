import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud container unset <container> --property <key>...` */
export default class ContainerUnset extends OsCommand<typeof ContainerUnset> {
  static override description = 'Unset container properties';
  static override args = { container: Args.string({ required: true, description: 'Container to modify' }) };
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Property to remove from container (repeat option to remove multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await cloud.objectStore.setContainerMetadata(this.args.container, Object.fromEntries(this.flags.property.map((k) => [k, null])));
    return { kind: 'none' };
  }
}
