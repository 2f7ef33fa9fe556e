import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/**
 * `oscloud image unset`: removes tags and properties; one the image does not have is reported
 * and the command ends with `Failed to unset N of M ...` (exit 1), as upstream.
 */
export default class ImageUnset extends OsCommand<typeof ImageUnset> {
  static override description = 'Unset image tags and properties';
  static override args = { image: Args.string({ required: true, description: 'Image to modify (name or ID)' }) };
  static override flags = {
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Unset a tag on this image (repeat option to unset multiple tags)' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Unset a property on this image (repeat option to unset multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const image = (await cloud.image.images.find(this.args.image)) as Record<string, unknown>;
    const id = String(image.id);
    const tags = this.flags.tag ?? [];
    const properties = this.flags.property ?? [];
    let failedTags = 0;
    for (const tag of tags) {
      if (!((image.tags as string[] | undefined) ?? []).includes(tag)) {
        failedTags += 1;
        this.warnLine(`tag unset failed, '${tag}' is a nonexistent tag `);
        continue;
      }
      await cloud.call('image', 'DELETE /v2/images/{image_id}/tags/{tag}', { path: { image_id: id, tag } });
    }
    const present = properties.filter((p) => p in image);
    for (const p of properties.filter((p) => !(p in image))) this.warnLine(`property unset failed, '${p}' is a nonexistent property `);
    // Operations built here from the image already fetched (an object would make the SDK GET it again).
    const sdk = await this.sdk();
    if (present.length) await cloud.image.images.update(id, sdk.toImagePatch(Object.fromEntries(present.map((p) => [p, null]))));
    const failedProps = properties.length - present.length;
    if (failedTags && failedProps) throw new Error(`Failed to unset ${failedTags} of ${tags.length} tags,Failed to unset ${failedProps} of ${properties.length} properties.`);
    if (failedTags) throw new Error(`Failed to unset ${failedTags} of ${tags.length} tags.`);
    if (failedProps) throw new Error(`Failed to unset ${failedProps} of ${properties.length} properties.`);
    return { kind: 'none' };
  }
}
