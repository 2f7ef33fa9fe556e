import * as Args from '@oclif/core/args';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { saveObject } from '../../views/object-store.js';

/** `oscloud container save <container>`: every object to a file of its name under the current directory. */
export default class ContainerSave extends OsCommand<typeof ContainerSave> {
  static override description = 'Save container contents locally';
  static override args = { container: Args.string({ required: true, description: 'Container to save' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    for await (const o of cloud.objectStore.objects(this.args.container)) {
      if ('name' in o) await saveObject(cloud, this.args.container, o.name, o.name);
    }
    return { kind: 'none' };
  }
}
