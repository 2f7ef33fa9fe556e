/** Shared pieces of the volume group, group snapshot, group type and consistency group commands. */
import type { CinderItem, Cloud } from '@oscloud/sdk';
import { dictColumn } from './columns.js';

/** A field as python-openstackclient's get_item_properties reads it: '' when the item has none. */
export function prop(item: CinderItem, field: string): unknown {
  return item[field] === undefined ? '' : item[field];
}

/** A volume group as python-openstackclient shows it. */
export function volumeGroupView(g: CinderItem): Record<string, unknown> {
  return {
    ID: prop(g, 'id'),
    Status: prop(g, 'status'),
    Name: prop(g, 'name'),
    Description: prop(g, 'description'),
    'Group Type': prop(g, 'group_type'),
    'Volume Types': prop(g, 'volume_types'),
    'Availability Zone': prop(g, 'availability_zone'),
    'Created At': prop(g, 'created_at'),
    Volumes: prop(g, 'volumes'),
    'Group Snapshot ID': prop(g, 'group_snapshot_id'),
    'Source Group ID': prop(g, 'source_group_id'),
  };
}

/** A volume group snapshot as python-openstackclient shows it. */
export function groupSnapshotView(s: CinderItem): Record<string, unknown> {
  return { ID: prop(s, 'id'), Status: prop(s, 'status'), Name: prop(s, 'name'), Description: prop(s, 'description'), Group: prop(s, 'group_id'), 'Group Type': prop(s, 'group_type_id') };
}

/** A volume group type as python-openstackclient shows it (group specs as Properties). */
export function groupTypeView(t: CinderItem): Record<string, unknown> {
  return { ID: prop(t, 'id'), Name: prop(t, 'name'), Description: prop(t, 'description'), 'Is Public': prop(t, 'is_public'), Properties: dictColumn(t.group_specs as Record<string, unknown> | undefined) };
}

/** Python's truth of an --os-volume-api-version / ALL_PROJECTS style environment flag. */
export function envAllProjects(): boolean {
  const v = process.env.ALL_PROJECTS;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** The IDs of the volumes found by name or ID; each one not found is reported (python-openstackclient's _find_volumes). */
export async function findVolumeIds(cloud: Cloud, refs: string[], report: (line: string) => void): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    try {
      ids.push(String((await cloud.volume.volumes.find(ref)).id));
    } catch (err) {
      report(`Failed to find volume with name or ID '${ref}':${(err as Error).message}`);
    }
  }
  return ids;
}
