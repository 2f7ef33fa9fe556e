/** How images look in `image show` / `image create`, as python-openstackclient prints them. */
import type { Image } from '@oscloud/sdk';

/** The fields python-openstackclient's _format_image keeps at the top (tags and properties aside). */
const CORE = new Set([
  'checksum', 'container_format', 'created_at', 'disk_format', 'file', 'id', 'min_disk', 'min_ram', 'name', 'owner',
  'protected', 'schema', 'size', 'status', 'updated_at', 'virtual_size', 'visibility',
]);

/**
 * The attributes of openstacksdk's Image in its definition order (python-openstackclient walks
 * `image.to_dict()` in this order); `properties` is where the attributes openstacksdk does not
 * know (custom properties) go.
 */
const SDK_ORDER = [
  'checksum', 'container_format', 'created_at', 'disk_format', 'os_hidden', 'protected', 'os_hash_algo', 'os_hash_value',
  'min_disk', 'min_ram', 'name', 'owner', 'properties', 'size', 'store', 'status', 'updated_at', 'virtual_size', 'visibility',
  'file', 'locations', 'direct_url', 'url', 'metadata', 'instance_uuid', 'img_config_drive', 'kernel_id', 'os_distro',
  'os_version', 'os_secure_boot', 'os_shutdown_timeout', 'ramdisk_id', 'vm_mode', 'hw_cpu_sockets', 'hw_cpu_cores',
  'hw_cpu_threads', 'hw_disk_bus', 'hw_cpu_policy', 'hw_cpu_thread_policy', 'hw_rng_model', 'hw_machine_type',
  'hw_scsi_model', 'hw_serial_port_count', 'hw_video_model', 'hw_video_ram', 'hw_watchdog_action', 'os_command_line',
  'hw_vif_model', 'hw_boot_menu', 'vmware_adaptertype', 'vmware_ostype', 'auto_disk_config', 'os_type', 'os_admin_user',
  'hw_qemu_guest_agent', 'os_require_quiesce', 'schema', 'id', 'tags',
];
const KNOWN = new Set(SDK_ORDER);

/**
 * Field/Value data: the core attributes and tags; every other attribute (os_hidden,
 * os_hash_algo, custom properties...) folded into `properties`, shown only when not empty.
 * As upstream (openstacksdk's `to_dict(ignore_none=True)`): null attributes are left out,
 * properties come in openstacksdk's attribute order with the custom ones where `properties`
 * sits, and Glance's `self` link is not shown.
 */
export function imageShowData(image: Image): Record<string, unknown> {
  const raw = image as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  const add = (k: string, v: unknown) => {
    if (v === null || v === undefined) return;
    if (CORE.has(k)) data[k] = v;
    else if (k !== 'tags' && k !== 'location') properties[k] = v;
  };
  for (const k of SDK_ORDER) {
    if (k === 'properties') {
      for (const [key, v] of Object.entries(raw)) if (!KNOWN.has(key) && key !== 'self') add(key, v);
    } else {
      add(k, raw[k]);
    }
  }
  data.tags = raw.tags ?? [];
  if (Object.keys(properties).length > 0) data.properties = properties;
  return data;
}
