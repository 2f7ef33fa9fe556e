import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';
import { ranges, requireSegmentRanges, usedRanges } from '../../../../views/segment-range.js';

const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v).length === 0);

/** `oscloud network segment range list [--long] [--used|--unused] [--available|--unavailable]` */
export default class NetworkSegmentRangeList extends ListCommand<typeof NetworkSegmentRangeList> {
  static override description = 'List network segment ranges';
  static override flags = {
    long: Flags.boolean({ description: 'List additional fields in output' }),
    used: Flags.boolean({ description: 'List network segment ranges that have segments in use', exclusive: ['unused'] }),
    unused: Flags.boolean({ description: 'List network segment ranges that have segments not in use', exclusive: ['used'] }),
    available: Flags.boolean({ description: 'List network segment ranges that have available segments', exclusive: ['unavailable'] }),
    unavailable: Flags.boolean({ description: 'List network segment ranges without available segments', exclusive: ['available'] }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    await requireSegmentRanges(cloud, 'list');
    const items: NeutronItem[] = [];
    for await (const r of cloud.network.segmentRanges.list()) {
      if ((f.available && empty(r.available)) || (f.unavailable && !empty(r.available)) || (f.used && empty(r.used)) || (f.unused && !empty(r.used))) continue;
      items.push(r);
    }
    const long = f.long || f.available || f.unavailable || f.used || f.unused;
    return list(items, [
      ['ID', (r) => r.id],
      ['Name', (r) => r.name],
      ['Default', (r) => r.default],
      ['Shared', (r) => r.shared],
      ['Project ID', (r) => r.project_id],
      ['Network Type', (r) => r.network_type],
      ['Physical Network', (r) => r.physical_network],
      ['Minimum ID', (r) => r.minimum],
      ['Maximum ID', (r) => r.maximum],
      ...(long
        ? ([
            ['Used', (r: NeutronItem) => usedRanges(r.used as Record<string, unknown> | null)],
            ['Available', (r: NeutronItem) => ranges((r.available as unknown[] | null) ?? [])],
          ] as Array<[string, (r: NeutronItem) => unknown]>)
        : []),
    ]);
  }
}
