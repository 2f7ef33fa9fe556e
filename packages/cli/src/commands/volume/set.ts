import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand, UsageError } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';

/** `oscloud volume set` */
export default class VolumeSet extends OsCommand<typeof VolumeSet> {
  static override description = 'Set volume properties';
  static override args = { volume: Args.string({ required: true, description: 'Volume to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New volume name' }),
    description: Flags.string({ description: 'New volume description' }),
    size: Flags.integer({ description: 'Extend volume size in GB' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this volume (key=value; repeatable)' }),
    bootable: Flags.boolean({ description: 'Mark volume as bootable', exclusive: ['non-bootable'] }),
    'non-bootable': Flags.boolean({ description: 'Mark volume as non-bootable' }),
    'no-property': Flags.boolean({ description: 'Remove all properties from <volume> (specify both --no-property and --property to remove the current properties before setting new properties)' }),
    'image-property': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set an image property on this volume (key=value; repeatable)' }),
    'read-only': Flags.boolean({ description: 'Set volume to read-only access mode', exclusive: ['read-write'] }),
    'read-write': Flags.boolean({ description: 'Set volume to read-write access mode' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const volume = await cloud.volume.volumes.find(this.args.volume);
    const id = String(volume.id);
    const update: Record<string, unknown> = {};
    if (f.name) update.name = f.name;
    if (f.description !== undefined) update.description = f.description;
    if (Object.keys(update).length) await cloud.volume.volumes.update(id, update as never);
    const action = (body: Record<string, unknown>) =>
      cloud.call('volume', 'POST /v3/{project_id}/volumes/{volume_id}/action', { path: { volume_id: id }, body });
    if (f.size !== undefined) {
      if (f.size <= Number(volume.size)) throw new UsageError(`New size must be greater than ${String(volume.size)} GB`);
      await action({ 'os-extend': { new_size: f.size } });
    }
    if (f['no-property']) await cloud.call('volume', 'PUT /v3/{project_id}/volumes/{volume_id}/metadata', { path: { volume_id: id }, body: { metadata: {} } });
    if (f.property?.length) {
      await cloud.call('volume', 'POST /v3/{project_id}/volumes/{volume_id}/metadata', { path: { volume_id: id }, body: { metadata: parseProperties(f.property) } });
    }
    if (f.bootable || f['non-bootable']) await action({ 'os-set_bootable': { bootable: Boolean(f.bootable) } });
    if (f['image-property']?.length) await action({ 'os-set_image_metadata': { metadata: parseProperties(f['image-property']) } });
    if (f['read-only'] || f['read-write']) await action({ 'os-update_readonly_flag': { readonly: Boolean(f['read-only']) } });
    return { kind: 'none' };
  }
}
