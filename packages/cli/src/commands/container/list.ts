import * as Flags from '@oclif/core/flags';
import type { ContainerListEntry } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** `oscloud container list [--prefix] [--marker] [--end-marker] [--limit] [--long] [--all]` */
export default class ContainerList extends ListCommand<typeof ContainerList> {
  static override description = 'List containers';
  static override flags = {
    prefix: Flags.string({ description: 'Filter list using <prefix>' }),
    marker: Flags.string({ description: 'Anchor for paging' }),
    'end-marker': Flags.string({ description: 'End anchor for paging' }),
    limit: Flags.integer({ description: 'Limit the number of containers returned' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
    all: Flags.boolean({ description: 'List all containers (default is 10000)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const opts = { prefix: f.prefix, marker: f.marker, endMarker: f['end-marker'], limit: f.limit || undefined };
    let rows: ContainerListEntry[];
    if (f.all) {
      rows = [];
      for await (const c of cloud.objectStore.containers(opts)) rows.push(c);
    } else {
      rows = await cloud.objectStore.listContainersPage(opts);
    }
    return list(rows, f.long ? [['Name', 'name'], ['Bytes', 'bytes'], ['Count', 'count']] : [['Name', 'name']]);
  }
}
