import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { namespaceData } from '../../../../views/metadef.js';

/** `oscloud image metadef namespace show <namespace>` */
export default class MetadefNamespaceShow extends ShowCommand<typeof MetadefNamespaceShow> {
  static override description = 'Show a metadef namespace';
  static override args = { namespace: Args.string({ required: true, description: 'Namespace to show (name)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(namespaceData(await cloud.image.metadefNamespaces.get(this.args.namespace)));
  }
}
