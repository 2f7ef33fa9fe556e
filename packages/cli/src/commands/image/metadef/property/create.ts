import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { MetadefProperty } from '@oscloud/sdk';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { parseSchema, propertyData } from '../../../../views/metadef.js';

/** `oscloud image metadef property create <namespace> --name N --title T --type T --schema JSON` */
export default class MetadefPropertyCreate extends ShowCommand<typeof MetadefPropertyCreate> {
  static override description = 'Create a metadef property';
  static override args = { namespace: Args.string({ required: true, description: 'Metadef namespace to create the property in (name)' }) };
  static override flags = {
    name: Flags.string({ required: true, description: 'Internal name of the property' }),
    title: Flags.string({ required: true, description: 'Property name displayed to the user' }),
    type: Flags.string({ required: true, description: 'Property type' }),
    schema: Flags.string({ required: true, description: 'Valid JSON schema of the property' }),
  };

  async execute(): Promise<CommandResult> {
    const body = { name: this.flags.name, title: this.flags.title, type: this.flags.type, ...parseSchema(this.flags.schema) } as MetadefProperty;
    const cloud = await this.cloud();
    return show(propertyData(this.args.namespace, await cloud.image.metadefNamespaces.createProperty(this.args.namespace, body)));
  }
}
