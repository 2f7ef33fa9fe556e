import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { dictColumn } from '../../../views/columns.js';
import { parseProperties } from '../../../views/common.js';
import { volumeTypeFlags, volumeTypeView } from '../../../views/volume.js';

/** `oscloud volume type create` */
export default class VolumeTypeCreate extends ShowCommand<typeof VolumeTypeCreate> {
  static override description = 'Create new volume type';
  static override args = { name: Args.string({ required: true, description: 'Volume type name' }) };
  static override flags = {
    description: Flags.string({ description: 'Volume type description' }),
    ...volumeTypeFlags,
    'encryption-provider': Flags.string({ description: 'Set the encryption provider format for this volume type (e.g "luks" or "plain") (admin only) (this option is required when setting encryption type of a volume)' }),
    'encryption-cipher': Flags.string({ description: 'Set the encryption algorithm or mode for this volume type (e.g "aes-xts-plain64") (admin only)' }),
    'encryption-key-size': Flags.integer({ description: 'Set the size of the encryption key of this volume type (e.g "128" or "256") (admin only)' }),
    'encryption-control-location': Flags.string({ options: ['front-end', 'back-end'], description: 'Set the notional service where the encryption is performed ("front-end" or "back-end") (admin only) (The default value for this option is "front-end")' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const encryption = f['encryption-cipher'] !== undefined || f['encryption-key-size'] !== undefined || f['encryption-control-location'] !== undefined;
    if (encryption && !f['encryption-provider']) throw new Error('--encryption-provider should be specified while creating a new encryption type');
    const cloud = await this.cloud();
    const body: Record<string, unknown> = { name: this.args.name };
    if (f.description) body.description = f.description;
    if (f.public) body['os-volume-type-access:is_public'] = true;
    if (f.private) body['os-volume-type-access:is_public'] = false;
    if (f.property?.length) body.extra_specs = parseProperties(f.property);
    const type = await cloud.volume.types.create(body as never);
    if (!f['encryption-provider']) return show(volumeTypeView(type));
    const spec = await cloud.volume.types.createEncryption(String(type.id), {
      provider: f['encryption-provider'],
      control_location: f['encryption-control-location'] ?? 'front-end',
      ...(f['encryption-cipher'] !== undefined ? { cipher: f['encryption-cipher'] } : {}),
      ...(f['encryption-key-size'] !== undefined ? { key_size: f['encryption-key-size'] } : {}),
    });
    // As upstream: the spec's fields but the ids, as one column.
    const { volume_type_id: _t, encryption_id: _e, ...shown } = spec as Record<string, unknown>;
    return show({ ...volumeTypeView(type), encryption: dictColumn(shown) });
  }
}
