import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { readJsonFile, withoutLinks } from '../../views/identity-ext.js';

/** `oscloud mapping create <name> --rules FILE [--schema-version V]` (PUT with the name as ID). */
export default class MappingCreate extends ShowCommand<typeof MappingCreate> {
  static override description = 'Create new mapping';
  static override args = { mapping: Args.string({ required: true, description: 'New mapping name (must be unique)' }) };
  static override flags = {
    rules: Flags.string({ required: true, description: 'Filename that contains a set of mapping rules (required)' }),
    'schema-version': Flags.string({ description: "The federated attribute mapping schema version. The default value on the client side is 'None'; however, that will lead the backend to set the default according to 'attribute_mapping_default_schema_version' option." }),
  };

  async execute(): Promise<CommandResult> {
    const rules = readJsonFile(this.flags.rules, 'rules');
    const mappings = (await this.cloud()).identity.federation.mappings;
    const body = { rules, ...(this.flags['schema-version'] !== undefined ? { schema_version: this.flags['schema-version'] } : {}) };
    return show(withoutLinks(await mappings.createWithId(this.args.mapping, body)));
  }
}
