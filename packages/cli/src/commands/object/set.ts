import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';

/**
 * `oscloud object set <container> <object> --property ...`. Swift's object POST replaces the
 * whole user metadata, so the current properties are read and written back with the change
 * (python-openstackclient POSTs only the change, which drops the others).
 */
export default class ObjectSet extends OsCommand<typeof ObjectSet> {
  static override description = 'Set object properties';
  static override args = {
    container: Args.string({ required: true, description: 'Modify <object> from <container>' }),
    object: Args.string({ required: true, description: 'Object to modify' }),
  };
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Set a property on this object (repeat option to set multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { container, object } = this.args;
    const current = (await cloud.objectStore.showObject(container, object)).meta;
    await cloud.objectStore.setObjectMetadata(container, object, { ...current, ...parseProperties(this.flags.property) });
    return { kind: 'none' };
  }
}
