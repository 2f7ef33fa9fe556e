import { ListCommand } from '../../../base.js';
import { type CommandResult, list } from '../../../output/format.js';

type Row = [string, string | undefined, string, string | undefined];

/** `oscloud implied role list`: one row per (prior role, implied role). */
export default class ImpliedRoleList extends ListCommand<typeof ImpliedRoleList> {
  static override description = 'List implied roles';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const rows: Row[] = [];
    for (const rule of await cloud.identity.impliedRoles.list()) {
      for (const implied of rule.implies) rows.push([rule.prior_role.id, rule.prior_role.name, implied.id, implied.name]);
    }
    return list(rows, [
      ['Prior Role ID', (r) => r[0]],
      ['Prior Role Name', (r) => r[1]],
      ['Implied Role ID', (r) => r[2]],
      ['Implied Role Name', (r) => r[3]],
    ]);
  }
}
