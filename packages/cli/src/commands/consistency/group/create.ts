import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud consistency group create [<name>] --volume-type T | --source CG | --snapshot CGS [--description D] [--availability-zone Z]` */
export default class ConsistencyGroupCreate extends ShowCommand<typeof ConsistencyGroupCreate> {
  static override description = 'Create new consistency group.';
  static override args = { name: Args.string({ description: 'Name of new consistency group (default to None)' }) };
  static override flags = {
    'volume-type': Flags.string({ exactlyOne: ['volume-type', 'source', 'snapshot', 'consistency-group-source', 'consistency-group-snapshot'], description: 'Volume type of this consistency group (name or ID)' }),
    source: Flags.string({ description: 'Existing consistency group (name or ID)' }),
    'consistency-group-source': Flags.string({ hidden: true }),
    snapshot: Flags.string({ description: 'Existing consistency group snapshot (name or ID)' }),
    'consistency-group-snapshot': Flags.string({ hidden: true }),
    description: Flags.string({ description: 'Description of this consistency group' }),
    'availability-zone': Flags.string({ description: 'Availability zone for this consistency group (not available if creating consistency group from source)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const cgs = cloud.volume.consistencyGroups;
    const named = { ...(this.args.name !== undefined ? { name: this.args.name } : {}), ...(f.description !== undefined ? { description: f.description } : {}) };
    if (f['volume-type']) {
      const type = await cloud.volume.types.find(f['volume-type']);
      return show(await cgs.create({ volume_types: type.id, ...named, ...(f['availability-zone'] ? { availability_zone: f['availability-zone'] } : {}) }));
    }
    if (f['availability-zone']) this.warnLine("'--availability-zone' option will not work if creating consistency group from source");
    const source = f.source ?? f['consistency-group-source'];
    const snapshot = f.snapshot ?? f['consistency-group-snapshot'];
    const from = source
      ? { source_cgid: (await cgs.find(source)).id }
      : { cgsnapshot_id: (await cloud.volume.consistencyGroupSnapshots.find(snapshot as string)).id };
    return show(await cgs.createFromSource({ ...named, ...from }));
  }
}
