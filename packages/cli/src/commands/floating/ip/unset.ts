import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { unsetTagFlags, updateTags } from '../../../views/neutron.js';

/** `oscloud floating ip unset` */
export default class FloatingIpUnset extends OsCommand<typeof FloatingIpUnset> {
  static override description = 'Unset floating IP Properties';
  static override args = { 'floating-ip': Args.string({ required: true, description: 'Floating IP to disassociate (IP address or ID)' }) };
  static override flags = {
    port: Flags.boolean({ description: 'Disassociate any port associated with the floating IP' }),
    ...unsetTagFlags,
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const fip = await cloud.network.floatingIps.find(this.args['floating-ip']);
    if (this.flags.port) await cloud.network.floatingIps.update(String(fip.id), { port_id: null } as never);
    await updateTags(cloud, 'floatingips', fip, { remove: this.flags.tag, clear: this.flags['all-tag'] });
    return { kind: 'none' };
  }
}
