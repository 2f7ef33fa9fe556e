import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume qos disassociate <qos-spec> (--volume-type T | --all)` */
export default class VolumeQosDisassociate extends OsCommand<typeof VolumeQosDisassociate> {
  static override description = 'Disassociate a QoS specification from a volume type';
  static override args = { 'qos-spec': Args.string({ required: true, description: 'QoS specification to modify (name or ID)' }) };
  static override flags = {
    'volume-type': Flags.string({ description: 'Volume type to disassociate the QoS from (name or ID)', exclusive: ['all'] }),
    all: Flags.boolean({ description: 'Disassociate the QoS from every volume type', exclusive: ['volume-type'] }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const spec = await cloud.volume.qosSpecs.find(this.args['qos-spec']);
    if (this.flags['volume-type'] !== undefined) {
      const type = await cloud.volume.types.find(this.flags['volume-type']);
      await cloud.volume.qosSpecs.disassociate(spec.id, String(type.id));
    } else if (this.flags.all) {
      await cloud.volume.qosSpecs.disassociate(spec.id);
    }
    return { kind: 'none' };
  }
}
