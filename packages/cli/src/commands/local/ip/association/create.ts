import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud local ip association create <local-ip> <fixed-port> [--fixed-ip A]` */
export default class LocalIpAssociationCreate extends ShowCommand<typeof LocalIpAssociationCreate> {
  static override description = 'Create Local IP Association';
  static override args = {
    'local-ip': Args.string({ required: true, description: 'Local IP that the port association belongs to (Name or ID)' }),
    'fixed-port': Args.string({ required: true, description: 'The ID or Name of Port to allocate Local IP Association' }),
  };
  static override flags = {
    'fixed-ip': Flags.string({ description: 'Fixed IP for Local IP Association' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const attrs: Record<string, unknown> = { fixed_port_id: String((await cloud.network.ports.find(this.args['fixed-port'])).id) };
    if (this.flags['fixed-ip']) attrs.fixed_ip = this.flags['fixed-ip'];
    const lip = String((await cloud.network.localIps.find(this.args['local-ip'])).id);
    const created = await cloud.network.localIpAssociations.create(attrs, { path: { local_ip_id: lip } });
    return show(neutronShowData('localIpAssociation', { local_ip_id: lip, ...created }));
  }
}
