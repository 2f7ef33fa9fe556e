import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { readJsonFile } from '../../views/identity-ext.js';

/** `oscloud mapping set <mapping> [--rules FILE] [--schema-version V]`: one PATCH. */
export default class MappingSet extends OsCommand<typeof MappingSet> {
  static override description = 'Set mapping properties';
  static override args = { mapping: Args.string({ required: true, description: 'Mapping to modify' }) };
  static override flags = {
    rules: Flags.string({ description: 'Filename that contains a new set of mapping rules' }),
    'schema-version': Flags.string({ description: "The federated attribute mapping schema version. The default value on the client side is 'None'; however, that will lead the backend to set the default according to 'attribute_mapping_default_schema_version' option." }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const body: Record<string, unknown> = {};
    if (f.rules) body.rules = readJsonFile(f.rules, 'rules');
    if (f['schema-version'] !== undefined) body.schema_version = f['schema-version'];
    await (await this.cloud()).identity.federation.mappings.update(this.args.mapping, body);
    return { kind: 'none' };
  }
}
