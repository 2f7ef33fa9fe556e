import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { parseSubports, subportFlag, subports, trunkShowData } from '../../../views/neutron-ext.js';

/** `oscloud network trunk create <name> --parent-port P [--subport ...]... [--enable|--disable] [--project P]` (Neutron trunk extension). */
export default class NetworkTrunkCreate extends ShowCommand<typeof NetworkTrunkCreate> {
  static override description = 'Create a network trunk for a given project';
  static override args = { name: Args.string({ required: true, description: 'Name of the trunk to create' }) };
  static override flags = {
    description: Flags.string({ description: 'A description of the trunk' }),
    'parent-port': Flags.string({ required: true, description: 'Parent port belonging to this trunk (name or ID)' }),
    subport: subportFlag,
    enable: Flags.boolean({ description: 'Enable trunk (default)', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable trunk', exclusive: ['enable'] }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const parsed = parseSubports(f.subport);
    const cloud = await this.cloud();
    const attrs: Record<string, unknown> = { name: this.args.name };
    if (f.description !== undefined) attrs.description = f.description;
    attrs.admin_state_up = !f.disable;
    attrs.port_id = String((await cloud.network.ports.find(f['parent-port'])).id);
    if (f.subport) attrs.sub_ports = await subports(cloud, parsed);
    if (f.project !== undefined) attrs.tenant_id = await projectId(cloud, f.project, f['project-domain']);
    return show(trunkShowData(await cloud.network.trunks.create(attrs)));
  }
}
