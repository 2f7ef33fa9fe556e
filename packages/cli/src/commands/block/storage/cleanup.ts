import * as Flags from '@oclif/core/flags';
import type { CinderItem } from '@oscloud/sdk';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud block storage cleanup [--cluster C] [--host H] [--binary B] [--up|--down] [--disabled|--enabled] [--resource-id ID] [--resource-type T] [--service-id N]` (3.24+). */
export default class BlockStorageCleanup extends ListCommand<typeof BlockStorageCleanup> {
  static override description = 'Do block storage cleanup.';
  static override flags = {
    cluster: Flags.string({ description: 'Name of block storage cluster in which cleanup needs to be performed (name only)' }),
    host: Flags.string({ description: 'Host where the service resides. (name only)' }),
    binary: Flags.string({ description: 'Name of the service binary.' }),
    up: Flags.boolean({ exclusive: ['down'], description: 'Filter by up status. If this is set, services need to be up.' }),
    down: Flags.boolean({ exclusive: ['up'], description: 'Filter by down status. If this is set, services need to be down.' }),
    disabled: Flags.boolean({ exclusive: ['enabled'], description: 'Filter by disabled status.' }),
    enabled: Flags.boolean({ exclusive: ['disabled'], description: 'Filter by enabled status.' }),
    'resource-id': Flags.string({ description: 'UUID of a resource to cleanup.' }),
    'resource-type': Flags.string({ options: ['Volume', 'Snapshot'], description: 'Type of resource to cleanup.' }),
    'service-id': Flags.integer({ description: 'The service ID field from the DB, not the UUID of the service.' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.24', "'block storage cleanup' command");
    const f = this.flags;
    const filters = Object.fromEntries(
      Object.entries({
        cluster_name: f.cluster,
        host: f.host,
        binary: f.binary,
        is_up: f.up ? true : f.down ? false : undefined,
        disabled: f.disabled ? true : f.enabled ? false : undefined,
        resource_id: f['resource-id'],
        resource_type: f['resource-type'],
        service_id: f['service-id'],
      }).filter(([, v]) => v !== undefined),
    );
    const { cleaning, unavailable } = await (await this.cloud()).volume.admin.cleanup(filters);
    const rows: Array<[CinderItem, string]> = [...cleaning.map((s): [CinderItem, string] => [s, 'Cleaning']), ...unavailable.map((s): [CinderItem, string] => [s, 'Unavailable'])];
    return list(rows, [['ID', ([s]) => s.id], ['Cluster Name', ([s]) => s.cluster_name], ['Host', ([s]) => s.host], ['Binary', ([s]) => s.binary], ['Status', ([, state]) => state]]);
  }
}
