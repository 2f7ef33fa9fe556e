import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud container delete [--recursive] <container>...` */
export default class ContainerDelete extends OsCommand<typeof ContainerDelete> {
  static override description = 'Delete container';
  static override strict = false;
  static override args = { containers: Args.string({ required: true, description: 'Container(s) to delete' }) };
  static override flags = { recursive: Flags.boolean({ char: 'r', description: 'Recursively delete objects and container' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await this.forEachResource(this.positionals, 'container', 'delete', async (container) => {
      if (this.flags.recursive) {
        // Names first, then deletes: deleting while paging would move the markers.
        const names: string[] = [];
        for await (const o of cloud.objectStore.objects(container)) if ('name' in o) names.push(o.name);
        for (const name of names) await cloud.objectStore.deleteObject(container, name);
      }
      await cloud.objectStore.deleteContainer(container);
    });
    return { kind: 'none' };
  }
}
