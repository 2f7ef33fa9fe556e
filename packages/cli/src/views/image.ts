/** How images look in `image show` / `image create`, as python-openstackclient prints them. */
import type { Image } from '@oscloud/sdk';

const CORE = new Set([
  'checksum', 'container_format', 'created_at', 'disk_format', 'file', 'id', 'min_disk', 'min_ram', 'name', 'owner',
  'protected', 'schema', 'size', 'status', 'tags', 'updated_at', 'virtual_size', 'visibility', 'os_hidden',
  'os_hash_algo', 'os_hash_value', 'self', 'direct_url', 'locations',
]);

/** Field/Value data: core attributes, custom ones folded into `properties`. */
export function imageShowData(image: Image): Record<string, unknown> {
  const raw = image as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (CORE.has(k)) data[k] = v;
    else properties[k] = v;
  }
  data.properties = properties;
  return data;
}
