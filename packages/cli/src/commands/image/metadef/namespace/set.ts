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
    // Glance's PUT replaces the namespace: what is not changed goes back as it is
    const current = await cloud.image.metadefNamespaces.get(this.args.namespace);
    const kept = Object.fromEntries(['display_name', 'description', 'visibility', 'protected'].filter((k) => k in current).map((k) => [k, current[k as keyof typeof current]]));
    await cloud.image.metadefNamespaces.update(this.args.namespace, { ...kept, ...namespaceAttrs(this.args.namespace, this.flags) });
    return { kind: 'none' };
  }
}
