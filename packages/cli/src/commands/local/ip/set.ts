import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud local ip set <local-ip> [--name N] [--description D]` */
export default class LocalIpSet extends OsCommand<typeof LocalIpSet> {
  static override description = 'Set local ip properties';
  static override args = { 'local-ip': Args.string({ required: true, description: 'Local IP to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set local IP name' }),
    description: Flags.string({ description: 'Set local IP description' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const lip = await cloud.network.localIps.find(this.args['local-ip']);
    const attrs: Record<string, unknown> = {};
    if (this.flags.name !== undefined) attrs.name = this.flags.name;
    if (this.flags.description !== undefined) attrs.description = this.flags.description;
    if (Object.keys(attrs).length) await cloud.network.localIps.update(String(lip.id), attrs);
    return { kind: 'none' };
  }
}
