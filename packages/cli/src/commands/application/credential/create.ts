import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';

/** `oscloud application credential create`: the secret is shown once. */
export default class ApplicationCredentialCreate extends ShowCommand<typeof ApplicationCredentialCreate> {
  static override description = 'Create new application credential';
  static override args = { name: Args.string({ required: true, description: 'Name of the application credential' }) };
  static override flags = {
    secret: Flags.string({ description: 'Secret to use for authentication (default: generated)' }),
    role: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Roles to authorize (name or ID; repeatable; default: all of the current token)' }),
    expiration: Flags.string({ description: 'Expiration date (YYYY-mm-ddTHH:MM:SS)' }),
    description: Flags.string({ description: 'Application credential description' }),
    unrestricted: Flags.boolean({ description: 'Enable the credential to create and delete other credentials and trusts' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name };
    if (f.secret) body.secret = f.secret;
    if (f.role?.length) body.roles = await Promise.all(f.role.map(async (r) => ({ id: (await cloud.identity.roles.find(r)).id })));
    if (f.expiration) body.expires_at = f.expiration;
    if (f.description) body.description = f.description;
    if (f.unrestricted) body.unrestricted = true;
    const cred = (await cloud.identity.applicationCredentials.create(body as never)) as Record<string, unknown>;
    const roles = ((cred.roles as Array<{ name?: string; id: string }> | undefined) ?? []).map((r) => r.name ?? r.id).join(' ');
    return show({ ...cred, roles, links: undefined });
  }
}
