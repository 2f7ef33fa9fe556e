import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { unformatted } from '../../views/columns.js';

/** `oscloud service create` */
export default class ServiceCreate extends ShowCommand<typeof ServiceCreate> {
  static override description = 'Create new service';
  static override args = { type: Args.string({ required: true, description: 'New service type (compute, image, identity, volume, etc)' }) };
  static override flags = {
    name: Flags.string({ description: 'New service name' }),
    description: Flags.string({ description: 'New service description' }),
    enable: Flags.boolean({ description: 'Enable service (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable service' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { type: this.args.type, enabled: !f.disable };
    if (f.name) body.name = f.name;
    if (f.description) body.description = f.description;
    return show(unformatted((await cloud.identity.services.create(body as never)) as Record<string, unknown>));
  }
}
