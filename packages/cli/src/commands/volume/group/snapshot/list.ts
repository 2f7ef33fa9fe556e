import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';
import { envAllProjects } from '../../../../views/volume-group.js';

/** `oscloud volume group snapshot list [--all-projects]` (3.14+). */
export default class VolumeGroupSnapshotList extends ListCommand<typeof VolumeGroupSnapshotList> {
  static override description = 'Lists all volume group snapshot';
  static override flags = { 'all-projects': Flags.boolean({ default: envAllProjects(), description: 'Shows details for all projects (admin only).' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.14', "'volume group snapshot list' command");
    const cloud = await this.cloud();
    const rows = [];
    for await (const s of cloud.volume.groupSnapshots.list(this.flags['all-projects'] ? { all_tenants: 1 } : {})) rows.push(s);
    return list(rows, [['ID', (s) => s.id], ['Status', (s) => s.status], ['Name', (s) => s.name]]);
  }
}
