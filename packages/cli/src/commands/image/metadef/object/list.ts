import * as Args from '@oclif/core/args';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud image metadef object list <namespace>` */
export default class MetadefObjectList extends ListCommand<typeof MetadefObjectList> {
  static override description = 'List metadef objects inside a specific namespace.';
  static override args = { namespace: Args.string({ required: true, description: 'Namespace (name) for the namespace' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return list(await cloud.image.metadefNamespaces.objects(this.args.namespace), [
      ['name', (o) => o.name],
      ['description', (o) => o.description ?? null],
    ]);
  }
}
