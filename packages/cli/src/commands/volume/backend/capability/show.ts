import * as Args from '@oclif/core/args';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud volume backend capability show <host@backend>`: the capabilities a backend lets extra specs set (a list, as upstream). */
export default class VolumeBackendCapabilityShow extends ListCommand<typeof VolumeBackendCapabilityShow> {
  static override description = 'Show capability command';
  static override args = { host: Args.string({ required: true, description: 'List capabilities of specified host (host@backend-name)' }) };

  async execute(): Promise<CommandResult> {
    const caps = await (await this.cloud()).volume.admin.capabilities(this.args.host);
    const rows = Object.entries(caps.properties ?? {}).map(([key, p]): Record<string, unknown> => ({ ...p, key }));
    return list(rows, [['Title', (r) => r.title], ['Key', (r) => r.key], ['Type', (r) => r.type], ['Description', (r) => r.description]]);
  }
}
