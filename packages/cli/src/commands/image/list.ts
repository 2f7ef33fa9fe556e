import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import { listColumn } from '../../views/columns.js';
import { sortItems } from '../../views/common.js';

/** `oscloud image list` */
export default class ImageList extends ListCommand<typeof ImageList> {
  static override description = 'List available images';
  static override flags = {
    public: Flags.boolean({ description: 'List only public images' }),
    private: Flags.boolean({ description: 'List only private images' }),
    shared: Flags.boolean({ description: 'List only shared images' }),
    community: Flags.boolean({ description: 'List only community images' }),
    name: Flags.string({ description: 'Filter images based on name' }),
    status: Flags.string({ description: 'Filter images based on status' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Filter images based on tag' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
    limit: Flags.integer({ description: 'Maximum number of images to display' }),
    sort: Flags.string({
      default: 'name:asc',
      helpValue: '<key>[:<direction>]',
      description: 'Sort output by selected keys and directions (asc or desc), several separated by commas',
    }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = {};
    for (const v of ['public', 'private', 'shared', 'community'] as const) if (f[v]) query.visibility = v;
    if (f.name) query.name = f.name;
    if (f.status) query.status = f.status;
    if (f.tag?.length) query.tag = f.tag;
    const listed = [];
    for await (const i of cloud.image.images.list({ ...query, ...(f.limit ? { limit: f.limit, maxItems: f.limit } : {}) })) listed.push(i);
    // sorted here, as python-openstackclient does, not by Glance
    const images = sortItems(listed, f.sort);
    if (!f.long) return list(images, [['ID', 'id'], ['Name', 'name'], ['Status', 'status']]);
    return list(images, [
      ['ID', 'id'],
      ['Name', 'name'],
      ['Disk Format', 'disk_format'],
      ['Container Format', 'container_format'],
      ['Size', 'size'],
      ['Checksum', 'checksum'],
      ['Status', 'status'],
      ['Visibility', 'visibility'],
      ['Protected', 'protected'],
      ['Project', 'owner'],
      ['Tags', (i) => listColumn(i.tags)],
    ]);
  }
}
