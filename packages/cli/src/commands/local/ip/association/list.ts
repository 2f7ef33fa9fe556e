import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { NeutronItem } from '@oscloud/sdk';
import { ListCommand } from '../../../../base.js';
import { type CommandResult, list } from '../../../../output/format.js';

/** `oscloud local ip association list <local-ip> [--fixed-port P] [--fixed-ip A] [--host H]` */
export default class LocalIpAssociationList extends ListCommand<typeof LocalIpAssociationList> {
  static override description = 'List Local IP Associations';
  static override args = { 'local-ip': Args.string({ required: true, description: 'Local IP that port associations belongs to' }) };
  static override flags = {
    'fixed-port': Flags.string({ description: 'Filter the list result by the ID or name of the fixed port' }),
    'fixed-ip': Flags.string({ description: 'Filter the list result by fixed ip' }),
    host: Flags.string({ description: 'Filter the list result by given host' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const lip = String((await cloud.network.localIps.find(this.args['local-ip'])).id);
    const query: Record<string, unknown> = {};
    if (f['fixed-port']) query.fixed_port_id = String((await cloud.network.ports.find(f['fixed-port'])).id);
    if (f['fixed-ip']) query.fixed_ip = f['fixed-ip'];
    if (f.host) query.host = f.host;
    const items: NeutronItem[] = [];
    for await (const a of cloud.network.localIpAssociations.list({ ...query, options: { path: { local_ip_id: lip } } })) items.push(a);
    return list(items, [
      ['Local IP ID', (a) => a.local_ip_id ?? lip],
      ['Local IP Address', (a) => a.local_ip_address],
      ['Fixed port ID', (a) => a.fixed_port_id],
      ['Fixed IP', (a) => a.fixed_ip],
      ['Host', (a) => a.host],
    ]);
  }
}
