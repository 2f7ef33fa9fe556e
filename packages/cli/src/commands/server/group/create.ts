import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';
import { hasPolicy, serverGroupView } from '../../../views/server-group.js';

/** `oscloud server group create` */
export default class ServerGroupCreate extends ShowCommand<typeof ServerGroupCreate> {
  static override description = 'Create a new server group.';
  static override args = { name: Args.string({ required: true, description: 'New server group name' }) };
  static override flags = {
    policy: Flags.string({
      options: ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'],
      default: 'affinity',
      description: "Add a policy to <name> ('affinity' or 'anti-affinity', defaults to 'affinity'). Specify --os-compute-api-version 2.15 or higher for the 'soft-affinity' or 'soft-anti-affinity' policy.",
    }),
    rule: Flags.string({
      multiple: true,
      multipleNonGreedy: true,
      description: 'A rule for the policy. Currently, only the max_server_per_host rule is supported for the anti-affinity policy (<key=value>; repeatable; compute 2.64 or greater)',
    }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    if (f.policy.startsWith('soft')) await this.requireMicroversion('compute', '2.15', `--policy ${f.policy}`);
    const policy = await hasPolicy(cloud);
    if (f.rule?.length && !policy) await this.requireMicroversion('compute', '2.64', '--rule');
    const rules = Object.fromEntries(Object.entries(parseProperties(f.rule)).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
    const body = policy ? { name: this.args.name, policy: f.policy, ...(f.rule?.length ? { rules } : {}) } : { name: this.args.name, policies: [f.policy] };
    return show(serverGroupView(await cloud.compute.serverGroups.create(body as never)));
  }
}
