import * as Flags from '@oclif/core/flags';
import type { Flavor } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list, PyFloat } from '../../output/format.js';

/** `oscloud flavor list` */
export default class FlavorList extends ListCommand<typeof FlavorList> {
  static override description = 'List flavors';
  static override flags = {
    public: Flags.boolean({ description: 'List only public flavors (default)', exclusive: ['private', 'all'] }),
    private: Flags.boolean({ description: 'List only private flavors', exclusive: ['all'] }),
    all: Flags.boolean({ description: 'List all flavors, whether public or private' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
    limit: Flags.integer({ description: 'Maximum number of flavors to display' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const query: Record<string, unknown> = { is_public: f.all ? 'None' : f.private ? false : true };
    const flavors: Flavor[] = [];
    for await (const fl of cloud.compute.flavors.list({ ...query, ...(f.limit ? { limit: f.limit, maxItems: f.limit } : {}) })) flavors.push(fl);
    const cols: Array<[string, (x: Flavor) => unknown]> = [
      ['ID', (x) => x.id],
      ['Name', (x) => x.name],
      ['RAM', (x) => x.ram],
      ['Disk', (x) => x.disk],
      ['Ephemeral', (x) => x['OS-FLV-EXT-DATA:ephemeral'] ?? 0],
      ['VCPUs', (x) => x.vcpus],
      ['Is Public', (x) => x['os-flavor-access:is_public'] ?? true],
    ];
    if (f.long) {
      cols.push(['Swap', (x) => x.swap ?? '']);
      cols.push(['RXTX Factor', (x) => new PyFloat(x.rxtx_factor ?? 1)]);
      cols.push(['Properties', (x) => x.extra_specs ?? {}]);
    }
    return list(flavors, cols);
  }
}
