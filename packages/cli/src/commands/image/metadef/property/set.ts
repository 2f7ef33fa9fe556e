import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { MetadefProperty } from '@oscloud/sdk';
import { OsCommand } from '../../../../base.js';
import type { CommandResult } from '../../../../output/format.js';
import { parseSchema, propertyData } from '../../../../views/metadef.js';

/** `oscloud image metadef property set <namespace> <property> [--name N] [--title T] [--type T] [--schema JSON]`: the whole definition goes back, changed. */
export default class MetadefPropertySet extends OsCommand<typeof MetadefPropertySet> {
  static override description = 'Update metadef namespace property';
  static override args = {
    namespace: Args.string({ required: true, description: 'Namespace of the namespace to which the property belongs.' }),
    property: Args.string({ required: true, description: 'Property to update' }),
  };
  static override flags = {
    name: Flags.string({ description: 'Internal name of the property' }),
    title: Flags.string({ description: 'Property name displayed to the user' }),
    type: Flags.string({ description: 'Property type' }),
    schema: Flags.string({ description: 'Valid JSON schema of the property' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const { namespace, property } = this.args;
    const body: Record<string, unknown> = propertyData(namespace, await cloud.image.metadefNamespaces.getProperty(namespace, property));
    delete body.namespace_name;
    for (const key of ['name', 'title', 'type'] as const) if (this.flags[key] !== undefined) body[key] = this.flags[key];
    if (this.flags.schema) Object.assign(body, parseSchema(this.flags.schema));
    await cloud.image.metadefNamespaces.updateProperty(namespace, property, body as MetadefProperty);
    return { kind: 'none' };
  }
}
