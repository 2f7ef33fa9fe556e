import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { namespaceAttrs, namespaceData, namespaceFlags } from '../../../../views/metadef.js';

/** `oscloud image metadef namespace create <namespace> [--display-name N] [--description D] [--public|--private] [--protected|--unprotected]` */
export default class MetadefNamespaceCreate extends ShowCommand<typeof MetadefNamespaceCreate> {
  static override description = 'Create a metadef namespace';
  static override args = { namespace: Args.string({ required: true, description: 'New metadef namespace name' }) };
  static override flags = namespaceFlags;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(namespaceData(await cloud.image.metadefNamespaces.create(namespaceAttrs(this.args.namespace, this.flags))));
  }
}
