import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';
import { volumeTypeFlags, volumeTypeView } from '../../../views/volume.js';

/** `oscloud volume type create` */
export default class VolumeTypeCreate extends ShowCommand<typeof VolumeTypeCreate> {
  static override description = 'Create new volume type';
  static override args = { name: Args.string({ required: true, description: 'Volume type name' }) };
  static override flags = {
    description: Flags.string({ description: 'Volume type description' }),
    ...volumeTypeFlags,
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name };
    if (f.description) body.description = f.description;
    if (f.public) body['os-volume-type-access:is_public'] = true;
    if (f.private) body['os-volume-type-access:is_public'] = false;
    if (f.property?.length) body.extra_specs = parseProperties(f.property);
    return show(volumeTypeView(await cloud.volume.types.create(body as never)));
  }
}
