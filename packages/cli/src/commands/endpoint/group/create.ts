import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { readJsonFile, withoutLinks } from '../../../views/identity-ext.js';

/** `oscloud endpoint group create <name> <filename> [--description D]`: the file holds the filters (JSON). */
export default class EndpointGroupCreate extends ShowCommand<typeof EndpointGroupCreate> {
  static override description = 'Create new endpoint group';
  static override args = {
    name: Args.string({ required: true, description: 'Name of the endpoint group' }),
    filters: Args.string({ required: true, description: 'Filename that contains a new set of filters' }),
  };
  static override flags = { description: Flags.string({ description: 'Description of the endpoint group' }) };

  async execute(): Promise<CommandResult> {
    const filters = readJsonFile(this.args.filters, 'filters');
    const cloud = await this.cloud();
    const group = await cloud.identity.endpointGroups.create({ name: this.args.name, filters, ...(this.flags.description !== undefined ? { description: this.flags.description } : {}) });
    return show(withoutLinks(group));
  }
}
