import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud object delete <container> <object>...` */
export default class ObjectDelete extends OsCommand<typeof ObjectDelete> {
  static override description = 'Delete object from container';
  static override strict = false;
  static override args = {
    container: Args.string({ required: true, description: 'Delete object(s) from <container>' }),
    objects: Args.string({ required: true, description: 'Object(s) to delete' }),
  };

  async execute(): Promise<CommandResult> {
    const [container, ...objects] = this.positionals as [string, ...string[]];
    const cloud = await this.cloud();
    await this.forEachResource(objects, 'object', 'delete', (o) => cloud.objectStore.deleteObject(container, o));
    return { kind: 'none' };
  }
}
