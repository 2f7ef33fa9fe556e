import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { ObjectListEntry } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** `oscloud object list <container> [--prefix] [--delimiter] [--marker] [--end-marker] [--limit] [--long] [--all]` */
export default class ObjectList extends ListCommand<typeof ObjectList> {
  static override description = 'List objects';
  static override args = { container: Args.string({ required: true, description: 'Container to list' }) };
  static override flags = {
    prefix: Flags.string({ description: 'Filter list using <prefix>' }),
    delimiter: Flags.string({ description: 'Roll up items with <delimiter>' }),
    marker: Flags.string({ description: 'Anchor for paging' }),
    'end-marker': Flags.string({ description: 'End anchor for paging' }),
    limit: Flags.integer({ description: 'Limit the number of objects returned' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
    all: Flags.boolean({ description: 'List all objects in container (default is 10000)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const opts = { prefix: f.prefix, delimiter: f.delimiter, marker: f.marker, endMarker: f['end-marker'], limit: f.limit || undefined };
    let rows: ObjectListEntry[];
    if (f.all) {
      rows = [];
      for await (const o of cloud.objectStore.objects(this.args.container, opts)) rows.push(o);
    } else {
      rows = await cloud.objectStore.listObjectsPage(this.args.container, opts);
    }
    // A delimiter's roll-ups are `{subdir}` entries: python-openstackclient shows them with empty columns.
    const get = (key: 'name' | 'bytes' | 'hash' | 'content_type' | 'last_modified') => (o: ObjectListEntry) => ('subdir' in o ? '' : o[key]);
    return list(rows, f.long
      ? [['Name', get('name')], ['Bytes', get('bytes')], ['Hash', get('hash')], ['Content Type', get('content_type')], ['Last Modified', get('last_modified')]]
      : [['Name', get('name')]]);
  }
}
