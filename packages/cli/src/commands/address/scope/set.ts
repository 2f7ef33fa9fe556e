import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { AddressScopeBody } from '@oscloud/sdk';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud address scope set <scope> [--name N] [--share|--no-share]` */
export default class AddressScopeSet extends OsCommand<typeof AddressScopeSet> {
  static override description = 'Set address scope properties';
  static override args = { 'address-scope': Args.string({ required: true, description: 'Address scope to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set address scope name' }),
    share: Flags.boolean({ description: 'Share the address scope between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Do not share the address scope between projects', exclusive: ['share'] }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const scope = await cloud.network.addressScopes.find(this.args['address-scope']);
    const body: AddressScopeBody = {};
    if (f.name !== undefined) body.name = f.name;
    if (f.share) body.shared = true;
    if (f['no-share']) body.shared = false;
    // openstacksdk sends only what changes, and nothing when nothing does (a member's --no-share of an unshared scope is no admin-only update)
    for (const k of Object.keys(body) as (keyof AddressScopeBody)[]) if (body[k] === (scope as Record<string, unknown>)[k]) delete body[k];
    if (Object.keys(body).length) await cloud.network.addressScopes.update(scope.id, body);
    return { kind: 'none' };
  }
}
