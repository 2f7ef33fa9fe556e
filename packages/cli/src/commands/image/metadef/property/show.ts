import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { propertyData } from '../../../../views/metadef.js';

/** `oscloud image metadef property show <namespace> <property>` */
export default class MetadefPropertyShow extends ShowCommand<typeof MetadefPropertyShow> {
  static override description = 'Show a particular metadef property';
  static override args = {
    namespace: Args.string({ required: true, description: 'Metadef namespace of the property (name)' }),
    property: Args.string({ required: true, description: 'Property to show' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(propertyData(this.args.namespace, await cloud.image.metadefNamespaces.getProperty(this.args.namespace, this.args.property)));
  }
}
