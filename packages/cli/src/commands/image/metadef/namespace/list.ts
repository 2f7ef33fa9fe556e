import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud image metadef namespace list [--resource-types T] [--visibility V]` */
export default class MetadefNamespaceList extends ListCommand<typeof MetadefNamespaceList> {
  static override description = 'List metadef namespaces';
  static override flags = {
    'resource-types': Flags.string({ description: 'filter resource types' }),
    visibility: Flags.string({ description: 'filter on visibility' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const query: { resource_types?: string; visibility?: 'public' | 'private' } = {};
    if (this.flags['resource-types'] !== undefined) query.resource_types = this.flags['resource-types'];
    if (this.flags.visibility !== undefined) query.visibility = this.flags.visibility as 'public' | 'private';
    return list(await cloud.image.metadefNamespaces.list(query), [['namespace', (n) => n.namespace]]);
  }
}
