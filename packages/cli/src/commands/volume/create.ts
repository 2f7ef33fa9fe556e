import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';
import { parseProperties } from '../../views/common.js';
import { volumeShowData } from '../../views/volume.js';

/** `oscloud volume create` */
export default class VolumeCreate extends ShowCommand<typeof VolumeCreate> {
  static override description = 'Create new volume';
  static override args = { name: Args.string({ required: true, description: 'Volume name' }) };
  static override flags = {
    size: Flags.integer({ description: 'Volume size in GB (required unless --image, --snapshot or --source gives it)' }),
    type: Flags.string({ description: 'Set the type of volume' }),
    image: Flags.string({ description: 'Use image as source of volume (name or ID)' }),
    snapshot: Flags.string({ description: 'Use snapshot as source of volume (name or ID)' }),
    source: Flags.string({ description: 'Volume to clone (name or ID)' }),
    description: Flags.string({ description: 'Volume description' }),
    'availability-zone': Flags.string({ description: 'Create volume in availability zone' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property to this volume (key=value; repeatable)' }),
    bootable: Flags.boolean({ description: 'Mark volume as bootable', exclusive: ['non-bootable'] }),
    'non-bootable': Flags.boolean({ description: 'Mark volume as non-bootable (default)' }),
    wait: Flags.boolean({ description: 'Wait until the volume is available (--bootable / --non-bootable always wait)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    if (f.size === undefined && !f.image && !f.snapshot && !f.source) throw new UsageError('--size is required unless --image, --snapshot or --source is given');
    const body: Record<string, unknown> = { name: this.args.name };
    if (f.size !== undefined) body.size = f.size;
    if (f.type) body.volume_type = f.type;
    if (f.image) body.imageRef = (await cloud.image.images.find(f.image)).id;
    if (f.snapshot) body.snapshot_id = (await cloud.volume.snapshots.find(f.snapshot)).id;
    if (f.source) body.source_volid = (await cloud.volume.volumes.find(f.source)).id;
    if (f.description) body.description = f.description;
    if (f['availability-zone']) body.availability_zone = f['availability-zone'];
    if (f.property?.length) body.metadata = parseProperties(f.property);
    let volume = await cloud.volume.volumes.create(body as never);
    const id = String(volume.id);
    const bootable = f.bootable ? true : f['non-bootable'] ? false : undefined;
    // Cinder sets the bootable flag only on an available volume: wait for it first, as
    // python-openstackclient does (polling every second).
    if (f.wait || bootable !== undefined) {
      volume = await withStatusProgress(`volume ${this.args.name}`, (update) =>
        cloud.volume.volumes.waitForStatus(id, 'available', { intervalMs: 1000, onProgress: (_v, p) => update(String(p.status)) }),
      );
    }
    if (bootable !== undefined) {
      await cloud.call('volume', 'POST /v3/{project_id}/volumes/{volume_id}/action', { path: { volume_id: id }, body: { 'os-set_bootable': { bootable } } });
      volume = await cloud.volume.volumes.get(id);
    }
    return show(volumeShowData(volume));
  }
}
