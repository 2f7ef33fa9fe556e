import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { AddressScopeBody } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud address scope create <name> [--ip-version 4|6] [--project P] [--share|--no-share]` */
export default class AddressScopeCreate extends ShowCommand<typeof AddressScopeCreate> {
  static override description = 'Create a new Address Scope';
  static override args = { name: Args.string({ required: true, description: 'New address scope name' }) };
  static override flags = {
    'ip-version': Flags.string({ description: 'IP version (default is 4)', default: '4', options: ['4', '6'] }),
    project: Flags.string({ description: "Owner's project (name or ID)" }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    share: Flags.boolean({ description: 'Share the address scope between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Do not share the address scope between projects (default)', exclusive: ['share'] }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const cloud = await this.cloud();
    const body: AddressScopeBody = { name: this.args.name, ip_version: Number(f['ip-version']) };
    if (f.share) body.shared = true;
    if (f['no-share']) body.shared = false;
    if (f.project) body.project_id = await projectId(cloud, f.project, f['project-domain']);
    return show(neutronShowData('addressScope', await cloud.network.addressScopes.create(body)));
  }
}
