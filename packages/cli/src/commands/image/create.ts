import { createReadStream, statSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { ByteProgress } from '../../output/progress.js';
import { parseProperties } from '../../views/common.js';
import { imageShowData } from '../../views/image.js';

/** `oscloud image create` */
export default class ImageCreate extends ShowCommand<typeof ImageCreate> {
  static override description = 'Create/upload an image';
  static override args = { 'image-name': Args.string({ required: true, description: 'New image name' }) };
  static override flags = {
    id: Flags.string({ description: 'Image ID to reserve' }),
    'container-format': Flags.string({ default: 'bare', description: 'Image container format' }),
    'disk-format': Flags.string({ default: 'raw', description: 'Image disk format' }),
    'min-disk': Flags.integer({ description: 'Minimum disk size needed to boot image, in gigabytes' }),
    'min-ram': Flags.integer({ description: 'Minimum RAM size needed to boot image, in megabytes' }),
    file: Flags.string({ description: 'Upload image from local file' }),
    protected: Flags.boolean({ description: 'Prevent image from being deleted', exclusive: ['unprotected'] }),
    unprotected: Flags.boolean({ description: 'Allow image to be deleted (default)' }),
    public: Flags.boolean({ description: 'Image is accessible to the public', exclusive: ['private', 'community', 'shared'] }),
    private: Flags.boolean({ description: 'Image is inaccessible to the public (default)', exclusive: ['community', 'shared'] }),
    community: Flags.boolean({ description: 'Image is accessible to the community', exclusive: ['shared'] }),
    shared: Flags.boolean({ description: 'Image can be shared' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this image (key=value; repeatable)' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a tag on this image (repeatable)' }),
    progress: Flags.boolean({ description: 'Show upload progress (a bar on a terminal, where it is always shown; plain lines otherwise)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = {
      name: this.args['image-name'],
      container_format: f['container-format'],
      disk_format: f['disk-format'],
      ...parseProperties(f.property),
    };
    if (f.id) body.id = f.id;
    if (f['min-disk'] !== undefined) body.min_disk = f['min-disk'];
    if (f['min-ram'] !== undefined) body.min_ram = f['min-ram'];
    if (f.protected) body.protected = true;
    if (f.unprotected) body.protected = false;
    for (const v of ['public', 'private', 'community', 'shared'] as const) if (f[v]) body.visibility = v;
    if (f.tag?.length) body.tags = f.tag;
    const size = f.file ? statSync(f.file).size : undefined;
    let image = await cloud.image.images.create(body as never);
    if (f.file) {
      const progress = new ByteProgress(`uploading ${f.file}`, size, Boolean(f.progress));
      try {
        await cloud.image.images.upload(String(image.id), createReadStream(f.file), { size, onProgress: (sent) => progress.update(sent) });
        progress.done(size ?? 0);
      } catch (err) {
        progress.done(0);
        throw err;
      }
      image = await cloud.image.images.get(String(image.id));
    }
    return show(imageShowData(image));
  }
}
