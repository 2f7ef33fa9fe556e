import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud host set <host> [--enable|--disable] [--enable-maintenance|--disable-maintenance]` (os-hosts, at compute 2.1). */
export default class HostSet extends OsCommand<typeof HostSet> {
  static override description = 'Set host properties';
  static override args = { host: Args.string({ required: true, description: 'Host to modify (name only)' }) };
  static override flags = {
    enable: Flags.boolean({ description: 'Enable the host', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable the host', exclusive: ['enable'] }),
    'enable-maintenance': Flags.boolean({ description: 'Enable maintenance mode for the host', exclusive: ['disable-maintenance'] }),
    'disable-maintenance': Flags.boolean({ description: 'Disable maintenance mode for the host', exclusive: ['enable-maintenance'] }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const body: Record<string, string> = {};
    if (f.enable) body.status = 'enable';
    if (f.disable) body.status = 'disable';
    if (f['enable-maintenance']) body.maintenance_mode = 'enable';
    if (f['disable-maintenance']) body.maintenance_mode = 'disable';
    const cloud = await this.cloud();
    await cloud.call('compute', 'PUT /v2.1/os-hosts/{host_name}', { microversion: '2.1', path: { host_name: this.args.host }, body });
    return { kind: 'none' };
  }
}
