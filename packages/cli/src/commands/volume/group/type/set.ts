import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { parseProperties } from '../../../../views/common.js';
import { groupTypeView } from '../../../../views/volume-group.js';

/**
 * `oscloud volume group type set <group-type> [--name N] [--description D] [--public|--private] [--no-property] [--property K=V...]`
 * (3.11+): each part is tried, failures are reported and the command then fails, as upstream.
 */
export default class VolumeGroupTypeSet extends ShowCommand<typeof VolumeGroupTypeSet> {
  static override description = 'Update a volume group type';
  static override args = { 'group-type': Args.string({ required: true, description: 'Name or ID of volume group type.' }) };
  static override flags = {
    name: Flags.string({ description: 'New name for volume group type.' }),
    description: Flags.string({ description: 'New description for volume group type.' }),
    public: Flags.boolean({ exclusive: ['private'], description: 'Make volume group type available to other projects.' }),
    private: Flags.boolean({ exclusive: ['public'], description: 'Make volume group type unavailable to other projects.' }),
    'no-property': Flags.boolean({ description: 'Remove all properties from this volume group type (specify both --no-property and --property to remove the current properties before setting new properties)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add or modify for this volume group type (repeat option to set multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.11', "'volume group type set' command");
    const f = this.flags;
    const types = (await this.cloud()).volume.groupTypes;
    let type = await types.find(this.args['group-type']);
    const id = String(type.id);
    let errors = 0;
    const attempt = async (what: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (err) {
        this.warnLine(`Failed to ${what}: ${(err as Error).message}`);
        errors += 1;
      }
    };
    const body = {
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.public ? { is_public: true } : f.private ? { is_public: false } : {}),
    };
    if (Object.keys(body).length) await attempt('update group type', async () => void (type = await types.update(id, body)));
    if (f['no-property']) {
      await attempt('clear group type properties', async () => {
        for (const key of Object.keys((type.group_specs as Record<string, string> | undefined) ?? {})) await types.unsetSpec(id, key);
      });
    }
    if (f.property?.length) await attempt('set group type properties', () => types.setSpecs(id, parseProperties(f.property)));
    if (errors > 0) throw new Error('Command Failed: One or more of the operations failed');
    return show(groupTypeView(type));
  }
}
