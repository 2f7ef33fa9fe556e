import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { objectData } from '../../../../views/metadef.js';

/** `oscloud image metadef object show <namespace> <object>` */
export default class MetadefObjectShow extends ShowCommand<typeof MetadefObjectShow> {
  static override description = 'Show a particular metadef object';
  static override args = {
    namespace: Args.string({ required: true, description: 'Metadef namespace of the object (name)' }),
    object: Args.string({ required: true, description: 'Metadef object to show' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(objectData(this.args.namespace, await cloud.image.metadefNamespaces.getObject(this.args.namespace, this.args.object)));
  }
}
