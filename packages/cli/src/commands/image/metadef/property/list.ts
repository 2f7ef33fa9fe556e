import * as Args from '@oclif/core/args';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud image metadef property list <namespace>` */
export default class MetadefPropertyList extends ListCommand<typeof MetadefPropertyList> {
  static override description = 'List metadef properties';
  static override args = { namespace: Args.string({ required: true, description: 'An identifier (a name) for the namespace' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return list(await cloud.image.metadefNamespaces.properties(this.args.namespace), [
      ['name', (p) => p.name],
      ['title', (p) => p.title],
      ['type', (p) => p.type],
    ]);
  }
}
