import * as Flags from '@oclif/core/flags';
import type { Group } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';
import type { Column } from '../../views/factory.js';
import { domainId } from '../../views/identity.js';

const COLUMNS: Column<Group>[] = [['ID', (g) => g.id], ['Name', (g) => g.name]];

/** `oscloud group list`: all groups, or a user's (--user). */
export default class GroupList extends ListCommand<typeof GroupList> {
  static override description = 'List groups';
  static override flags = {
    domain: Flags.string({ description: 'Filter group list by <domain> (name or ID)' }),
    user: Flags.string({ description: 'Filter group list by <user> (name or ID)' }),
    'user-domain': Flags.string({ description: 'Domain the user belongs to (name or ID)' }),
    long: Flags.boolean({ description: 'List additional fields in output' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const domain = f.domain ? await domainId(cloud, f.domain) : undefined;
    let groups: Group[] = [];
    if (f.user) {
      const filters = f['user-domain'] ? { domain_id: await domainId(cloud, f['user-domain']) } : undefined;
      const user = await cloud.identity.users.find(f.user, filters ? { filters } : undefined);
      const body = (await cloud.call('identity', 'GET /v3/users/{user_id}/groups', { path: { user_id: String(user.id) } })) as { groups: Group[] };
      groups = body.groups.filter((g) => !domain || g.domain_id === domain);
    } else {
      for await (const g of cloud.identity.groups.list(domain ? { domain_id: domain } : {})) groups.push(g);
    }
    return list(groups, f.long ? [...COLUMNS, ['Domain ID', (g) => g.domain_id], ['Description', (g) => g.description]] : COLUMNS);
  }
}
