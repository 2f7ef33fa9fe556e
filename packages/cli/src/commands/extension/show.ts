import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { rawListColumn } from '../../views/columns.js';

/** `oscloud extension show <alias>`: a Network API extension, as upstream. */
export default class ExtensionShow extends ShowCommand<typeof ExtensionShow> {
  static override description = 'Show API extension';
  static override args = { extension: Args.string({ required: true, description: 'Extension to display. Currently, only network extensions are supported. (Name or Alias)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const ext = (await cloud.network.extensions.find(this.args.extension)) as Record<string, unknown>;
    return show({ ...ext, links: rawListColumn(ext.links as unknown[] | undefined) });
  }
}
