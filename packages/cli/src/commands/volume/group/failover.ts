import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume group failover <group> [--allow-attached-volume|--disallow-attached-volume] [--secondary-backend-id ID]` (3.38+). */
export default class VolumeGroupFailover extends OsCommand<typeof VolumeGroupFailover> {
  static override description = 'Failover replication for a volume group';
  static override args = { group: Args.string({ required: true, description: 'Name or ID of volume group to failover replication for.' }) };
  static override flags = {
    'allow-attached-volume': Flags.boolean({ exclusive: ['disallow-attached-volume'], description: 'Allow group with attached volumes to be failed over.' }),
    'disallow-attached-volume': Flags.boolean({ exclusive: ['allow-attached-volume'], description: 'Disallow group with attached volumes to be failed over.' }),
    'secondary-backend-id': Flags.string({ description: 'Secondary backend ID.' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.38', "'volume group failover' command");
    const groups = (await this.cloud()).volume.groups;
    const group = await groups.find(this.args.group);
    await groups.action(String(group.id), 'failover_replication', {
      allow_attached_volume: Boolean(this.flags['allow-attached-volume']),
      secondary_backend_id: this.flags['secondary-backend-id'] ?? null,
    });
    return { kind: 'none' };
  }
}
