import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { neutronShowData } from '../../views/neutron-show.js';
import { extraProperties, extraPropertyFlags } from '../../views/neutron.js';

/** `oscloud network create` */
export default class NetworkCreate extends ShowCommand<typeof NetworkCreate> {
  static override description = 'Create new network';
  static override args = { name: Args.string({ required: true, description: 'New network name' }) };
  static override flags = {
    share: Flags.boolean({ description: 'Share the network between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Do not share the network between projects' }),
    enable: Flags.boolean({ description: 'Enable network (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable network' }),
    external: Flags.boolean({ description: 'The network has an external routing facility', exclusive: ['internal'] }),
    internal: Flags.boolean({ description: 'Opposite of --external (default)' }),
    mtu: Flags.integer({ description: 'Set network MTU' }),
    description: Flags.string({ description: 'Set network description' }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'availability-zone-hint': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Availability zone hint (repeatable)' }),
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const cloud = await this.cloud();
    const f = this.flags;
    const body: Record<string, unknown> = { name: this.args.name, admin_state_up: !f.disable };
    if (f.share) body.shared = true;
    if (f['no-share']) body.shared = false;
    if (f.external) body['router:external'] = true;
    if (f.internal) body['router:external'] = false;
    if (f.mtu) body.mtu = f.mtu;
    if (f.description) body.description = f.description;
    if (f.project) body.project_id = (await cloud.identity.projects.find(f.project)).id;
    if (f['availability-zone-hint']?.length) body.availability_zone_hints = f['availability-zone-hint'];
    Object.assign(body, extra);
    return show(neutronShowData('network', (await cloud.network.networks.create(body as never)) as Record<string, unknown>));
  }
}
