import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud image metadef object delete <namespace> <object>...` */
export default class MetadefObjectDelete extends OsCommand<typeof MetadefObjectDelete> {
  static override description = 'Delete metadata definitions object(s)';
  static override strict = false;
  static override args = {
    namespace: Args.string({ required: true, description: 'Metadef namespace of the object (name)' }),
    objects: Args.string({ required: true, description: 'Metadef object(s) to delete (name)' }),
  };

  async execute(): Promise<CommandResult> {
    const [namespace, ...objects] = this.positionals as [string, ...string[]];
    const cloud = await this.cloud();
    await this.forEachResource(objects, 'object', 'delete', async (name) => {
      const obj = await cloud.image.metadefNamespaces.getObject(namespace, name);
      await cloud.image.metadefNamespaces.deleteObject(namespace, obj.name);
    });
    return { kind: 'none' };
  }
}
