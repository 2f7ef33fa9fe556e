import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../../base.js';
import type { CommandResult } from '../../../output/format.js';

/** `oscloud volume qos delete <qos-spec>... [--force]` */
export default class VolumeQosDelete extends OsCommand<typeof VolumeQosDelete> {
  static override description = 'Delete QoS specification';
  static override strict = false;
  static override args = { 'qos-spec': Args.string({ required: true, description: 'QoS specification(s) to delete (name or ID)' }) };
  static override flags = { force: Flags.boolean({ description: 'Allow to delete in-use QoS specification(s)' }) };

  async execute(): Promise<CommandResult> {
    const qos = (await this.cloud()).volume.qosSpecs;
    await this.forEachResource(this.positionals, 'QoS specification', 'delete', async (ref) => {
      await qos.deleteSpec((await qos.find(ref)).id, this.flags.force);
    });
    return { kind: 'none' };
  }
}
