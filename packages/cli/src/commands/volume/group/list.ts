import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';
import { envAllProjects } from '../../../views/volume-group.js';

/** `oscloud volume group list [--all-projects]` (3.13+). */
export default class VolumeGroupList extends ListCommand<typeof VolumeGroupList> {
  static override description = 'Lists all volume groups';
  static override flags = { 'all-projects': Flags.boolean({ default: envAllProjects(), description: 'Shows details for all projects (admin only).' }) };

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.13', "'volume group list' command");
    const cloud = await this.cloud();
    const rows = [];
    for await (const g of cloud.volume.groups.list(this.flags['all-projects'] ? { all_tenants: 1 } : {})) rows.push(g);
    return list(rows, [['ID', (g) => g.id], ['Status', (g) => g.status], ['Name', (g) => g.name]]);
  }
}
