import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/**
 * `oscloud object unset <container> <object> --property ...`. Swift's object POST replaces the
 * whole user metadata, so the current properties are read and written back with the change
 * (python-openstackclient POSTs only the change, which drops the others).
 */
export default class ObjectUnset extends OsCommand<typeof ObjectUnset> {
  static override description = 'Unset object properties';
  static override args = {
    container: Args.string({ required: true, description: 'Modify <object> from <container>' }),
    object: Args.string({ required: true, description: 'Object to modify' }),
  };
  static override flags = { property: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Property to remove from object (repeat option to remove multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { container, object } = this.args;
    const current = (await cloud.objectStore.showObject(container, object)).meta;
    await cloud.objectStore.setObjectMetadata(container, object, Object.fromEntries(Object.entries(current).filter(([k]) => !this.flags.property.includes(k))));
    return { kind: 'none' };
  }
}
