/** How volumes look in `volume show` / `volume list`, as python-openstackclient prints them. */
import type { Volume } from '@oscloud/sdk';

/** `Attached to web1 on /dev/vdb` lines, as OSC's volume list shows attachments. */
export function attachmentsColumn(volume: Volume, serverNames: Map<string, string> = new Map()): string {
  return ((volume.attachments ?? []) as Array<{ server_id?: string; device?: string }>)
    .map((a) => `Attached to ${serverNames.get(a.server_id ?? '') ?? a.server_id} on ${a.device ?? ''} `.trimEnd())
    .join('\n');
}

/** Field/Value data of `volume show`: metadata shown as `properties`. */
export function volumeShowData(volume: Volume): Record<string, unknown> {
  const raw = { ...(volume as unknown as Record<string, unknown>) };
  const properties = raw.metadata ?? {};
  delete raw.metadata;
  delete raw.links;
  return { ...raw, properties, type: raw.volume_type };
}
