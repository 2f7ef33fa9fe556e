import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud image metadef object update <namespace> <object> [--name N]`: Glance replaces the whole object, so the rest is sent as it is. */
export default class MetadefObjectUpdate extends OsCommand<typeof MetadefObjectUpdate> {
  static override description = 'Update a metadef object';
  static override args = {
    namespace: Args.string({ required: true, description: 'Metadef namespace name' }),
    object: Args.string({ required: true, description: 'Metadef object to be updated' }),
  };
  static override flags = { name: Flags.string({ description: 'New name of the object' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { namespace, object } = this.args;
    const current = await cloud.image.metadefNamespaces.getObject(namespace, object);
    await cloud.image.metadefNamespaces.updateObject(namespace, current.name, {
      name: this.flags.name || current.name,
      ...(current.description !== undefined ? { description: current.description } : {}),
      ...(current.required !== undefined ? { required: current.required } : {}),
      ...(current.properties !== undefined ? { properties: current.properties } : {}),
    });
    return { kind: 'none' };
  }
}
