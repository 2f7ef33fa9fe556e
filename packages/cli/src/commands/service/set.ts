import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';

/** `oscloud service set` */
export default class ServiceSet extends OsCommand<typeof ServiceSet> {
  static override description = 'Set service properties';
  static override args = { service: Args.string({ required: true, description: 'Service to modify (type, name or ID)' }) };
  static override flags = {
    type: Flags.string({ description: 'New service type (compute, image, identity, volume, etc)' }),
    name: Flags.string({ description: 'New service name' }),
    description: Flags.string({ description: 'New service description' }),
    enable: Flags.boolean({ description: 'Enable service', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable service' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const service = await cloud.identity.services.find(this.args.service);
    const body: Record<string, unknown> = {};
    if (f.type) body.type = f.type;
    if (f.name) body.name = f.name;
    if (f.description !== undefined) body.description = f.description;
    if (f.enable) body.enabled = true;
    if (f.disable) body.enabled = false;
    if (Object.keys(body).length) await cloud.identity.services.update(String(service.id), body as never);
    return { kind: 'none' };
  }
}
