import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { projectId } from '../../views/factory.js';
import { trustView, userIdIn } from '../../views/identity.js';

/** `oscloud trust create <trustor> <trustee> --project P --role R...` */
export default class TrustCreate extends ShowCommand<typeof TrustCreate> {
  static override description = 'Create new trust';
  static override args = {
    trustor: Args.string({ required: true, description: 'User that is delegating authorization (name or ID)' }),
    trustee: Args.string({ required: true, description: 'User that is assuming authorization (name or ID)' }),
  };
  static override flags = {
    project: Flags.string({ required: true, description: 'Project being delegated (name or ID) (required)' }),
    role: Flags.string({ required: true, multiple: true, multipleNonGreedy: true, description: 'Roles to authorize (name or ID) (repeatable, required)' }),
    impersonate: Flags.boolean({ description: 'Tokens generated from the trust will represent <trustor> (defaults to False)' }),
    expiration: Flags.string({ description: 'Sets an expiration date for the trust (format of YYYY-mm-ddTHH:MM:SS)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    'trustor-domain': Flags.string({ description: 'Domain that contains <trustor> (name or ID)' }),
    'trustee-domain': Flags.string({ description: 'Domain that contains <trustee> (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    if (f.expiration !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(f.expiration)) {
      throw new UsageError(`--expiration ${f.expiration}: expected YYYY-mm-ddTHH:MM:SS`);
    }
    const [trustor, trustee, project] = await Promise.all([
      userIdIn(cloud, this.args.trustor, f['trustor-domain']),
      userIdIn(cloud, this.args.trustee, f['trustee-domain']),
      projectId(cloud, f.project, f['project-domain']),
    ]);
    const roles = await Promise.all(f.role.map(async (r) => ({ id: String((await cloud.identity.roles.find(r)).id) })));
    const trust = await cloud.identity.trusts.create({
      trustor_user_id: trustor, trustee_user_id: trustee, project_id: project, impersonation: f.impersonate ?? false, roles,
      ...(f.expiration ? { expires_at: f.expiration } : {}),
    });
    return show(trustView(trust as Record<string, unknown>));
  }
}
