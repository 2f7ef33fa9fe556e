import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { setTagFlags, updateTags } from '../../../views/neutron.js';

/** `oscloud floating ip set` */
export default class FloatingIpSet extends OsCommand<typeof FloatingIpSet> {
  static override description = 'Set floating IP Properties';
  static override args = { 'floating-ip': Args.string({ required: true, description: 'Floating IP to modify (IP address or ID)' }) };
  static override flags = {
    port: Flags.string({ description: 'Associate the floating IP with port (name or ID)' }),
    'fixed-ip-address': Flags.string({ description: 'Fixed IP of the port (required only if port has multiple IPs)' }),
    description: Flags.string({ description: 'Set floating IP description' }),
    ...setTagFlags,
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const fip = await cloud.network.floatingIps.find(this.args['floating-ip']);
    const body: Record<string, unknown> = {};
    if (f.port) body.port_id = String((await cloud.network.ports.find(f.port)).id);
    if (f['fixed-ip-address'] !== undefined) body.fixed_ip_address = f['fixed-ip-address'];
    if (f.description !== undefined) body.description = f.description;
    if (Object.keys(body).length) await cloud.network.floatingIps.update(String(fip.id), body as never);
    await updateTags(cloud, 'floatingips', fip, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
