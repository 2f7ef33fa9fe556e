import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud image metadef namespace delete <namespace>...` */
export default class MetadefNamespaceDelete extends OsCommand<typeof MetadefNamespaceDelete> {
  static override description = 'Delete metadef namespace';
  static override strict = false;
  static override args = { namespace: Args.string({ required: true, description: 'Metadef namespace(s) to delete (name)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await this.forEachResource(this.positionals, 'namespace', 'delete', async (ns) => {
      await cloud.image.metadefNamespaces.delete((await cloud.image.metadefNamespaces.get(ns)).namespace);
    });
    return { kind: 'none' };
  }
}
