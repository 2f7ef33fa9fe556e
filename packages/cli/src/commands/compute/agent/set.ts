import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud compute agent set <id> [--agent-version V] [--url U] [--md5hash H]`: Nova wants all three, so the others are sent as they are. */
export default class ComputeAgentSet extends OsCommand<typeof ComputeAgentSet> {
  static override description = 'Set compute agent properties.\n\nThe compute agent functionality is hypervisor specific and is only supported by the XenAPI hypervisor driver. It was removed from nova in the 23.0.0 (Wallaby) release.';
  static override args = { id: Args.string({ required: true, description: 'ID of the agent' }) };
  static override flags = {
    'agent-version': Flags.string({ description: 'Version of the agent' }),
    url: Flags.string({ description: 'URL of the agent' }),
    md5hash: Flags.string({ description: 'MD5 hash of the agent' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const current = (await cloud.compute.agents.list()).find((a) => String(a.agent_id) === String(Number(this.args.id)));
    if (!current) throw new Error(`No agent with a ID of '${this.args.id}' exists.`);
    await cloud.compute.agents.update(this.args.id, {
      version: f['agent-version'] || current.version,
      url: f.url || current.url,
      md5hash: f.md5hash || current.md5hash,
    });
    return { kind: 'none' };
  }
}
