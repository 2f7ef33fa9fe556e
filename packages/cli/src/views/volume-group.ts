/** Shared pieces of the volume group, group snapshot, group type and consistency group commands. */
import * as Args from '@oclif/core/args';
import type { CinderItem, Cloud } from '@oscloud/sdk';
import { OsCommand } from '../base.js';
import type { CommandResult } from '../output/format.js';
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

/** `consistency group add|remove volume <consistency-group> <volume>...`: one PUT with `add_volumes` / `remove_volumes` (the volumes found; the others reported). */
export function consistencyGroupVolumesCommand(verb: 'add' | 'remove'): typeof OsCommand {
  const add = verb === 'add';
  class ConsistencyGroupVolumes extends OsCommand<typeof ConsistencyGroupVolumes> {
    static override description = add ? 'Add volume(s) to consistency group' : 'Remove volume(s) from consistency group';
    static override strict = false;
    static override args = {
      'consistency-group': Args.string({ required: true, description: `Consistency group ${add ? 'to contain' : 'containing'} <volume> (name or ID)` }),
      volume: Args.string({ required: true, description: `Volume(s) to ${verb} ${add ? 'to' : 'from'} <consistency-group> (name or ID) (repeat option to ${verb} multiple volumes)` }),
    };

    async execute(): Promise<CommandResult> {
      const [groupRef, ...volumes] = this.positionals as [string, ...string[]];
      const cloud = await this.cloud();
      const ids = await findVolumeIds(cloud, volumes, (line) => this.warnLine(line));
      if (ids.length < volumes.length) this.warnLine(`${volumes.length - ids.length} of ${volumes.length} volumes failed to ${verb}.`);
      if (ids.length) {
        const group = await cloud.volume.consistencyGroups.find(groupRef);
        await cloud.volume.consistencyGroups.update(String(group.id), { [add ? 'add_volumes' : 'remove_volumes']: ids.join(',') });
      }
      return { kind: 'none' };
    }
  }
  return ConsistencyGroupVolumes as unknown as typeof OsCommand;
}
