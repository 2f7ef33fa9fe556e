import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import { PartialFailureError } from '../../../exit-codes.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud compute agent delete <id>...` */
export default class ComputeAgentDelete extends OsCommand<typeof ComputeAgentDelete> {
  static override description = 'Delete compute agent(s).\n\nThe compute agent functionality is hypervisor specific and is only supported by the XenAPI hypervisor driver. It was removed from nova in the 23.0.0 (Wallaby) release.';
  static override strict = false;
  static override args = { id: Args.string({ required: true, description: 'ID of agent(s) to delete' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    let failed = 0;
    for (const id of this.positionals) {
      try {
        await cloud.compute.agents.delete(id);
      } catch (err) {
        if (this.positionals.length === 1) throw err;
        failed += 1;
        this.warnLine(`Failed to delete agent with ID '${id}': ${(err as Error).message}`);
      }
    }
    if (failed) throw new PartialFailureError(`${failed} of ${this.positionals.length} agents failed to delete.`);
    return { kind: 'none' };
  }
}
