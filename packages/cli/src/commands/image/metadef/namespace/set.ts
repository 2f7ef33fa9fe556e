import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { namespaceAttrs, namespaceFlags } from '../../../../views/metadef.js';

/** `oscloud image metadef namespace set <namespace> [--display-name N] [--description D] [--public|--private] [--protected|--unprotected]` */
export default class MetadefNamespaceSet extends OsCommand<typeof MetadefNamespaceSet> {
  static override description = 'Set metadef namespace properties';
  static override args = { namespace: Args.string({ required: true, description: 'Namespace to modify (name)' }) };
  static override flags = namespaceFlags;

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    await cloud.image.metadefNamespaces.update(this.args.namespace, namespaceAttrs(this.args.namespace, this.flags));
    return { kind: 'none' };
  }
}
