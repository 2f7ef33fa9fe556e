import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';

/** `oscloud network rbac set <rbac-policy> [--target-project P]` */
export default class NetworkRbacSet extends OsCommand<typeof NetworkRbacSet> {
  static override description = 'Set network RBAC policy properties';
  static override args = { 'rbac-policy': Args.string({ required: true, description: 'RBAC policy to be modified' }) };
  static override flags = {
    'target-project': Flags.string({ description: 'The project to which the RBAC policy will be enforced (name or ID)' }),
    'target-project-domain': Flags.string({ description: 'Domain the target project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const policy = await cloud.network.rbacPolicies.find(this.args['rbac-policy']);
    const attrs: Record<string, unknown> = {};
    if (this.flags['target-project'] !== undefined) attrs.target_tenant = await projectId(cloud, this.flags['target-project'], this.flags['target-project-domain']);
    await cloud.network.rbacPolicies.update(String(policy.id), attrs);
    return { kind: 'none' };
  }
}
