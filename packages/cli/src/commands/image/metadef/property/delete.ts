import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../../base.js';
import { PartialFailureError } from '../../../../exit-codes.js';
import type { CommandResult } from '../../../../output/format.js';

/** `oscloud image metadef property delete <namespace> <property>...` */
export default class MetadefPropertyDelete extends OsCommand<typeof MetadefPropertyDelete> {
  static override description = 'Delete metadef propert(ies)';
  static override strict = false;
  static override args = {
    namespace: Args.string({ required: true, description: 'Metadef namespace of the property (name)' }),
    properties: Args.string({ required: true, description: 'Metadef propert(ies) to delete (name)' }),
  };

  async execute(): Promise<CommandResult> {
    const [namespace, ...props] = this.positionals as [string, ...string[]];
    const cloud = await this.cloud();
    if (props.length === 1) {
      await cloud.image.metadefNamespaces.deleteProperty(namespace, props[0] as string);
      return { kind: 'none' };
    }
    let failed = 0;
    for (const name of props) {
      try {
        await cloud.image.metadefNamespaces.deleteProperty(namespace, name);
      } catch (err) {
        failed += 1;
        this.warnLine(`Failed to delete property with name or ID '${name}' from namespace '${namespace}': ${(err as Error).message}`);
      }
    }
    if (failed) throw new PartialFailureError(`${failed} of ${props.length} properties failed to delete.`);
    return { kind: 'none' };
  }
}
