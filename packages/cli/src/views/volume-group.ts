/** Shared pieces of the volume group, group snapshot, group type and consistency group commands. */
import type { CinderItem, Cloud } from '@oscloud/sdk';
import { dictColumn } from './columns.js';

/** A volume group as python-openstackclient shows it. */
export function volumeGroupView(g: CinderItem): Record<string, unknown> {
  return {
    ID: g.id,
    Status: g.status,
    Name: g.name,
    Description: g.description,
    'Group Type': g.group_type,
    'Volume Types': g.volume_types,
    'Availability Zone': g.availability_zone,
    'Created At': g.created_at,
    Volumes: g.volumes,
    'Group Snapshot ID': g.group_snapshot_id,
    'Source Group ID': g.source_group_id,
  };
}

/** A volume group snapshot as python-openstackclient shows it. */
export function groupSnapshotView(s: CinderItem): Record<string, unknown> {
  return { ID: s.id, Status: s.status, Name: s.name, Description: s.description, Group: s.group_id, 'Group Type': s.group_type_id };
}

/** A volume group type as python-openstackclient shows it (group specs as Properties). */
export function groupTypeView(t: CinderItem): Record<string, unknown> {
  return { ID: t.id, Name: t.name, Description: t.description, 'Is Public': t.is_public, Properties: dictColumn(t.group_specs as Record<string, unknown> | undefined) };
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
