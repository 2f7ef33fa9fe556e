import * as Flags from '@oclif/core/flags';
import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

/** `oscloud compute agent list [--hypervisor H]` */
export default class ComputeAgentList extends ListCommand<typeof ComputeAgentList> {
  static override description = 'List compute agents.\n\nThe compute agent functionality is hypervisor specific and is only supported by the XenAPI hypervisor driver. It was removed from nova in the 23.0.0 (Wallaby) release.';
  static override flags = { hypervisor: Flags.string({ description: 'Type of hypervisor' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return list(await cloud.compute.agents.list(this.flags.hypervisor), [
      ['Agent ID', (a) => a.agent_id],
      ['Hypervisor', (a) => a.hypervisor],
      ['OS', (a) => a.os],
      ['Architecture', (a) => a.architecture],
      ['Version', (a) => a.version],
      ['Md5Hash', (a) => a.md5hash],
      ['URL', (a) => a.url],
    ]);
  }
}
