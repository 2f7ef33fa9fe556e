/** How volumes look in `volume show` / `volume list`, as python-openstackclient prints them. */
import type { Cloud, Volume, VolumeType } from '@oscloud/sdk';
import * as Flags from '@oclif/core/flags';
import { type Column, column } from '../output/format.js';
import { dictColumn } from './columns.js';

/** `Attached to web1 on /dev/vdb` lines in a table, as OSC's volume list shows attachments. */
export function attachmentsColumn(volume: Volume, serverNames: Map<string, string> = new Map()): Column {
  const attachments = (volume.attachments ?? []) as Array<{ server_id?: string; device?: string }>;
  const human = attachments.map((a) => `Attached to ${serverNames.get(a.server_id ?? '') ?? a.server_id} on ${a.device ?? ''} `.trimEnd()).join('\n');
  // the text in a table, the attachments themselves in json and yaml (upstream's AttachmentsColumn)
  return column(human, attachments);
}

/** Volume id -> name, from one volume list (the Volume column of snapshot and backup lists' --long). */
export async function volumeNames(cloud: Cloud): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const v of cloud.volume.volumes.list()) names.set(String(v.id), String(v.name ?? ''));
  return names;
}

/** Field/Value data of `volume show`: metadata shown as `properties`. */
export function volumeShowData(volume: Volume): Record<string, unknown> {
  const raw = { ...(volume as unknown as Record<string, unknown>) };
  const properties = raw.metadata ?? {};
  delete raw.metadata;
  delete raw.links;
  // upstream pops volume_type into `type`
  const type = raw.volume_type;
  delete raw.volume_type;
  return { ...raw, properties, type };
}

/** Field/Value data of `volume type show|create`: extra_specs shown as `properties` (a dict column), as upstream. */
export function volumeTypeView(type: VolumeType): Record<string, unknown> {
  // python-openstackclient drops the access extension's copy of is_public
  const { extra_specs: specs, links: _links, 'os-volume-type-access:is_public': _access, ...rest } = type as Record<string, unknown>;
  return { ...rest, properties: dictColumn((specs ?? {}) as Record<string, unknown>) };
}

/** The options `volume type create` and `volume type set` share. */
export const volumeTypeFlags = {
    public: Flags.boolean({ description: 'Volume type is accessible to the public', exclusive: ['private'] }),
    private: Flags.boolean({ description: 'Volume type is not accessible to the public' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this volume type (key=value; repeatable)' }),
};
