import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud access rule delete <id>...` (by ID, as upstream: access rules have no name). */
export default class AccessRuleDelete extends OsCommand<typeof AccessRuleDelete> {
  static override description = 'Delete access rule(s)';
  static override strict = false;
  static override args = { 'access-rule': Args.string({ required: true, description: 'Access rule ID(s) to delete' }) };
  static override flags = { yes: Flags.boolean({ char: 'y', description: 'Do not ask before deleting several' }) };

  async execute(): Promise<CommandResult> {
    const refs = this.positionals;
    if (refs.length > 1 && !this.flags.yes) await this.confirm(`Delete ${refs.length} access rules (${refs.join(', ')})?`);
    const rules = (await this.cloud()).identity.accessRules;
    await this.forEachResource(refs, 'access rule', 'delete', async (id) => {
      const rule = await rules.get(id);
      await rules.delete(String(rule.id));
    });
    return { kind: 'none' };
  }
}
