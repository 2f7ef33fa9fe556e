import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { readJsonFile } from '../../../views/identity-ext.js';

/** `oscloud endpoint group set <endpoint-group> [--name N] [--filters FILE] [--description D]`: one PATCH. */
export default class EndpointGroupSet extends OsCommand<typeof EndpointGroupSet> {
  static override description = 'Set endpoint group properties';
  static override args = { 'endpoint-group': Args.string({ required: true, description: 'Endpoint Group to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'New endpoint group name' }),
    filters: Flags.string({ description: 'Filename that contains a new set of filters' }),
    description: Flags.string({ default: '', description: 'New endpoint group description' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const filters = f.filters ? readJsonFile(f.filters, 'filters') : undefined;
    const groups = (await this.cloud()).identity.endpointGroups;
    const group = await groups.find(this.args['endpoint-group']);
    // as keystoneclient: unset options are not sent; the description is always sent (default '')
    await groups.update(String(group.id), { ...(f.name !== undefined ? { name: f.name } : {}), ...(filters !== undefined ? { filters } : {}), description: f.description });
    return { kind: 'none' };
  }
}
