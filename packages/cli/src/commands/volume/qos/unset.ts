import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume qos unset <qos-spec> [--property K]...` */
export default class VolumeQosUnset extends OsCommand<typeof VolumeQosUnset> {
  static override description = 'Unset QoS specification properties';
  static override args = { 'qos-spec': Args.string({ required: true, description: 'QoS specification to modify (name or ID)' }) };
  static override flags = { property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to remove from the QoS specification. (repeat option to unset multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const spec = await cloud.volume.qosSpecs.find(this.args['qos-spec']);
    if (this.flags.property?.length) await cloud.volume.qosSpecs.unsetKeys(spec.id, this.flags.property);
    return { kind: 'none' };
  }
}
