import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';
import { projectId } from '../../views/factory.js';

/** `oscloud image set`: JSON-patch updates of an image's attributes and properties; --accept/--reject/--pending answer a share. */
export default class ImageSet extends OsCommand<typeof ImageSet> {
  static override description = 'Set image properties';
  static override args = { image: Args.string({ required: true, description: 'Image to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New image name' }),
    'min-disk': Flags.integer({ description: 'Minimum disk size needed to boot image, in gigabytes' }),
    'min-ram': Flags.integer({ description: 'Minimum RAM size needed to boot image, in megabytes' }),
    'container-format': Flags.string({ description: 'Image container format' }),
    'disk-format': Flags.string({ description: 'Image disk format' }),
    protected: Flags.boolean({ description: 'Prevent image from being deleted', exclusive: ['unprotected'] }),
    unprotected: Flags.boolean({ description: 'Allow image to be deleted' }),
    public: Flags.boolean({ description: 'Image is accessible to the public', exclusive: ['private', 'community', 'shared'] }),
    private: Flags.boolean({ description: 'Image is inaccessible to the public', exclusive: ['community', 'shared'] }),
    community: Flags.boolean({ description: 'Image is accessible to the community', exclusive: ['shared'] }),
    shared: Flags.boolean({ description: 'Image can be shared' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this image (key=value; repeatable)' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a tag on this image (repeatable)' }),
    deactivate: Flags.boolean({ description: 'Deactivate the image', exclusive: ['activate'] }),
    activate: Flags.boolean({ description: 'Activate the image' }),
    accept: Flags.boolean({ description: 'Accept the image membership', exclusive: ['reject', 'pending'] }),
    reject: Flags.boolean({ description: 'Reject the image membership', exclusive: ['pending'] }),
    pending: Flags.boolean({ description: 'Reset the image membership to \'pending\'' }),
    project: Flags.string({ description: 'The membership to change: this project\'s (name or ID; default: the current project)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const image = await cloud.image.images.find(this.args.image);
    const changes: Record<string, unknown> = { ...parseProperties(f.property) };
    if (f.name) changes.name = f.name;
    if (f['min-disk'] !== undefined) changes.min_disk = f['min-disk'];
    if (f['min-ram'] !== undefined) changes.min_ram = f['min-ram'];
    if (f['container-format']) changes.container_format = f['container-format'];
    if (f['disk-format']) changes.disk_format = f['disk-format'];
    if (f.protected) changes.protected = true;
    if (f.unprotected) changes.protected = false;
    for (const v of ['public', 'private', 'community', 'shared'] as const) if (f[v]) changes.visibility = v;
    if (f.tag?.length) changes.tags = [...new Set([...((image.tags as string[] | undefined) ?? []), ...f.tag])];
    const id = String(image.id);
    const membership = f.accept ? 'accepted' : f.reject ? 'rejected' : f.pending ? 'pending' : undefined;
    if (membership) {
      // The member project's own answer to a shared image (python-openstackclient: the current project unless --project).
      const member = f.project ? await projectId(cloud, f.project, f['project-domain']) : String(cloud.projectId ?? (await cloud.tokenInfo()).project_id);
      await cloud.image.images.updateMember(id, member, membership);
    }
    if (Object.keys(changes).length) await cloud.image.images.update(id, changes);
    if (f.deactivate) await cloud.call('image', 'POST /v2/images/{image_id}/actions/deactivate', { path: { image_id: id } });
    if (f.activate) await cloud.call('image', 'POST /v2/images/{image_id}/actions/reactivate', { path: { image_id: id } });
    return { kind: 'none' };
  }
}
