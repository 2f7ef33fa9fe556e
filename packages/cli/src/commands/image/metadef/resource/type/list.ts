import { ListCommand } from '../../../../../base.js';
import { type CommandResult, list } from '../../../../../output/format.js';

/** `oscloud image metadef resource type list` */
export default class MetadefResourceTypeList extends ListCommand<typeof MetadefResourceTypeList> {
  static override description = 'List metadef resource types';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return list(await cloud.image.metadefNamespaces.resourceTypes(), [['Name', (t) => t.name]]);
  }
}
