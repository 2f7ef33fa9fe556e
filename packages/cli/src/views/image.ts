/** How images look in `image show` / `image create`, as python-openstackclient prints them. */
import type { Image } from '@oscloud/sdk';

/** The fields python-openstackclient's _format_image keeps at the top (tags and properties aside). */
const CORE = new Set([
  'checksum', 'container_format', 'created_at', 'disk_format', 'file', 'id', 'min_disk', 'min_ram', 'name', 'owner',
  'protected', 'schema', 'size', 'status', 'updated_at', 'virtual_size', 'visibility',
]);

/**
 * Field/Value data: the core attributes and tags; every other attribute (os_hidden,
 * os_hash_algo, custom properties...) folded into `properties`, shown only when not empty.
 */
export function imageShowData(image: Image): Record<string, unknown> {
  const raw = image as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (CORE.has(k)) data[k] = v;
    else if (k !== 'tags' && k !== 'location') properties[k] = v;
  }
  data.tags = raw.tags ?? [];
  if (Object.keys(properties).length > 0) data.properties = properties;
  return data;
}
