import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { objectData } from '../../../../views/metadef.js';

/** `oscloud image metadef object create --namespace NS <name>` */
export default class MetadefObjectCreate extends ShowCommand<typeof MetadefObjectCreate> {
  static override description = 'Create a metadef object';
  static override args = { name: Args.string({ required: true, description: 'New metadef object name' }) };
  static override flags = { namespace: Flags.string({ required: true, description: 'Metadef namespace to create the metadef object in (name)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const ns = (await cloud.image.metadefNamespaces.get(this.flags.namespace)).namespace;
    return show(objectData(ns, await cloud.image.metadefNamespaces.createObject(ns, { name: this.args.name })));
  }
}
