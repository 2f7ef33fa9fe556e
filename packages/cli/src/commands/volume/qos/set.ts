import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';
import { parseProperties } from '../../../views/common.js';

/** `oscloud volume qos set <qos-spec> [--property K=V]...` */
export default class VolumeQosSet extends OsCommand<typeof VolumeQosSet> {
  static override description = 'Set QoS specification properties';
  static override args = { 'qos-spec': Args.string({ required: true, description: 'QoS specification to modify (name or ID)' }) };
  static override flags = { property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Property to add or modify for this QoS specification (repeat option to set multiple properties)' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const spec = await cloud.volume.qosSpecs.find(this.args['qos-spec']);
    if (this.flags.property?.length) await cloud.volume.qosSpecs.update(spec.id, parseProperties(this.flags.property));
    return { kind: 'none' };
  }
}
