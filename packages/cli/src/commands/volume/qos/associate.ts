import * as Args from '@oclif/core/args';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume qos associate <qos-spec> <volume-type>` */
export default class VolumeQosAssociate extends OsCommand<typeof VolumeQosAssociate> {
  static override description = 'Associate a QoS specification to a volume type';
  static override args = {
    'qos-spec': Args.string({ required: true, description: 'QoS specification to modify (name or ID)' }),
    'volume-type': Args.string({ required: true, description: 'Volume type to associate the QoS (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const [spec, type] = await Promise.all([cloud.volume.qosSpecs.find(this.args['qos-spec']), cloud.volume.types.find(this.args['volume-type'])]);
    await cloud.volume.qosSpecs.associate(spec.id, String(type.id));
    return { kind: 'none' };
  }
}
