import * as Flags from '@oclif/core/flags';
import type { Cloud, Extension } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import { rawListColumn } from '../../views/columns.js';
import type { Column } from '../../views/factory.js';

const COLUMNS: Column<Extension>[] = [['Name', (e) => e.name], ['Alias', (e) => e.alias], ['Description', (e) => e.description]];
const LONG: Column<Extension>[] = [
  ['Name', (e) => e.name],
  ['Namespace', (e) => (e as { namespace?: string }).namespace],
  ['Description', (e) => e.description],
  ['Alias', (e) => e.alias],
  ['Updated', (e) => e.updated],
  ['Links', (e) => rawListColumn(e.links as unknown[] | undefined)],
];

/**
 * `oscloud extension list`: the compute, volume and network APIs' extensions (all three
 * without a service option). Keystone v3 lists none: `--identity` prints upstream's warning.
 */
export default class ExtensionList extends ListCommand<typeof ExtensionList> {
  static override description = 'List API extensions';
  static override flags = {
    compute: Flags.boolean({ description: 'List extensions for the Compute API' }),
    identity: Flags.boolean({ description: 'List extensions for the Identity API' }),
    network: Flags.boolean({ description: 'List extensions for the Network API' }),
    volume: Flags.boolean({ description: 'List extensions for the Block Storage API' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const all = !f.compute && !f.identity && !f.network && !f.volume;
    if (f.identity) this.warnLine('Failed to retrieve extensions list from Identity API');
    const sources: Array<[boolean, string, (c: Cloud) => AsyncIterable<Extension>]> = [
      [all || f.compute, 'Compute', (c) => c.compute.extensions.list()],
      [all || f.volume, 'Block Storage', (c) => c.volume.extensions.list() as AsyncIterable<Extension>],
      [all || f.network, 'Network', (c) => c.network.extensions.list() as AsyncIterable<Extension>],
    ];
    const items: Extension[] = [];
    for (const [wanted, api, listing] of sources) {
      if (!wanted) continue;
      try {
        for await (const e of listing(cloud)) items.push(e);
      } catch (err) {
        // As upstream: a service that fails (or is missing from the catalog) is a warning, the others still list.
        if (!all) throw err;
        this.warnLine(`Failed to retrieve extensions list from ${api} API`);
      }
    }
    return list(items, f.long ? LONG : COLUMNS);
  }
}
