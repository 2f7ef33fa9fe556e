import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { routerShowData } from '../../views/neutron-show.js';
import { extraProperties, extraPropertyFlags } from '../../views/neutron.js';

/** `oscloud router create` */
export default class RouterCreate extends ShowCommand<typeof RouterCreate> {
  static override description = 'Create a new router';
  static override args = { name: Args.string({ required: true, description: 'New router name' }) };
  static override flags = {
    'external-gateway': Flags.string({ description: 'External network used as router gateway (name or ID)' }),
    description: Flags.string({ description: 'Set router description' }),
    enable: Flags.boolean({ description: 'Enable router (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable router' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name, admin_state_up: !f.disable };
    if (f['external-gateway']) body.external_gateway_info = { network_id: (await cloud.network.networks.find(f['external-gateway'])).id };
    if (f.description) body.description = f.description;
    if (f.project) body.project_id = (await cloud.identity.projects.find(f.project)).id;
    Object.assign(body, extra);
    return show(routerShowData((await cloud.network.routers.create(body as never)) as Record<string, unknown>));
  }
}
