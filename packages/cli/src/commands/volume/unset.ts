import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud volume unset --property <key>`: the volume's metadata without those keys, in one PUT. */
export default class VolumeUnset extends OsCommand<typeof VolumeUnset> {
  static override description = 'Unset volume properties';
  static override args = { volume: Args.string({ required: true, description: 'Volume to modify (name or ID)' }) };
  static override flags = {
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Remove a property from volume (repeat option to remove multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const volume = await cloud.volume.volumes.find(this.args.volume);
    const remove = this.flags.property ?? [];
    if (!remove.length) return { kind: 'none' };
    const metadata = Object.fromEntries(Object.entries((volume.metadata ?? {}) as Record<string, string>).filter(([k]) => !remove.includes(k)));
    await cloud.call('volume', 'PUT /v3/{project_id}/volumes/{volume_id}/metadata', { path: { volume_id: String(volume.id) }, body: { metadata } });
    return { kind: 'none' };
  }
}
