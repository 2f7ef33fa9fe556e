import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';
import { qosSpecData } from '../../../views/volume-qos.js';

/** `oscloud volume qos create <name> [--consumer front-end|back-end|both] [--property K=V]...` */
export default class VolumeQosCreate extends ShowCommand<typeof VolumeQosCreate> {
  static override description = 'Create new QoS specification';
  static override args = { name: Args.string({ required: true, description: 'New QoS specification name' }) };
  static override flags = {
    consumer: Flags.string({ options: ['front-end', 'back-end', 'both'], default: 'both', description: 'Consumer of the QoS. Valid consumers: back-end, both, front-end (defaults to \'both\')' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a QoS specification property (repeat option to set multiple properties)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const created = await cloud.volume.qosSpecs.create({ name: this.args.name, consumer: this.flags.consumer, ...parseProperties(this.flags.property) });
    return show(await qosSpecData(undefined, created));
  }
}
