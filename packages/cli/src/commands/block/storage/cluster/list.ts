import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../../base.js';
import type { CinderItem } from '@oscloud/sdk';
import { type CommandResult, list } from '../../../../output/format.js';
import type { Column } from '../../../../views/factory.js';

/** `oscloud block storage cluster list [--cluster N] [--binary B] [--up|--down] [--disabled|--enabled] [--num-hosts N] [--num-down-hosts N] [--long]` (3.7+). */
export default class BlockStorageClusterList extends ListCommand<typeof BlockStorageClusterList> {
  static override description = 'List block storage clusters.';
  static override flags = {
    cluster: Flags.string({ description: 'Filter by cluster name, without backend will list all clustered services from the same cluster.' }),
    binary: Flags.string({ description: 'Cluster binary.' }),
    up: Flags.boolean({ exclusive: ['down'], description: 'Filter by up status.' }),
    down: Flags.boolean({ exclusive: ['up'], description: 'Filter by down status.' }),
    disabled: Flags.boolean({ exclusive: ['enabled'], description: 'Filter by disabled status.' }),
    enabled: Flags.boolean({ exclusive: ['disabled'], description: 'Filter by enabled status.' }),
    'num-hosts': Flags.integer({ description: 'Filter by number of hosts in the cluster.' }),
    'num-down-hosts': Flags.integer({ description: 'Filter by number of hosts that are down.' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.7', "'block storage cluster list' command");
    const f = this.flags;
    const query = {
      name: f.cluster,
      binary: f.binary,
      is_up: f.up ? 'True' : f.down ? 'False' : undefined,
      disabled: f.disabled ? 'True' : f.enabled ? 'False' : undefined,
      num_hosts: f['num-hosts'],
      num_down_hosts: f['num-down-hosts'],
    };
    const clusters = await (await this.cloud()).volume.clusters.list(query, f.long);
    const columns: Column<CinderItem>[] = [
      ['Name', (c) => c.name],
      ['Binary', (c) => c.binary],
      ['State', (c) => c.state],
      ['Status', (c) => c.status],
    ];
    if (f.long) {
      columns.push(
        ['Num Hosts', (c) => c.num_hosts],
        ['Num Down Hosts', (c) => c.num_down_hosts],
        ['Last Heartbeat', (c) => c.last_heartbeat],
        ['Disabled Reason', (c) => c.disabled_reason],
        ['Created At', (c) => c.created_at],
        ['Updated At', (c) => c.updated_at],
      );
    }
    return list(clusters, columns);
  }
}
