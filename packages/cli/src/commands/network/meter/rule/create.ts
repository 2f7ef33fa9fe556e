import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ShowCommand } from '../../../../base.js';
import { type CommandResult, show } from '../../../../output/format.js';
import { projectId } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud network meter rule create <meter> [--exclude|--include] [--ingress|--egress] [--remote-ip-prefix P]...` */
export default class NetworkMeterRuleCreate extends ShowCommand<typeof NetworkMeterRuleCreate> {
  static override description = 'Create a new meter rule';
  static override args = { meter: Args.string({ required: true, description: 'Label to associate with this metering rule (name or ID)' }) };
  static override flags = {
    project: Flags.string({ description: 'Owner\'s project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
    exclude: Flags.boolean({ description: 'Exclude remote IP prefix from traffic count', exclusive: ['include'] }),
    include: Flags.boolean({ description: 'Include remote IP prefix from traffic count (default)', exclusive: ['exclude'] }),
    ingress: Flags.boolean({ description: 'Apply rule to incoming network traffic (default)', exclusive: ['egress'] }),
    egress: Flags.boolean({ description: 'Apply rule to outgoing network traffic', exclusive: ['ingress'] }),
    'remote-ip-prefix': Flags.string({ description: 'The remote IP prefix to associate with this rule' }),
    'source-ip-prefix': Flags.string({ description: 'The source IP prefix to associate with this rule' }),
    'destination-ip-prefix': Flags.string({ description: 'The destination IP prefix to associate with this rule' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const meter = await cloud.network.meteringLabels.find(this.args.meter);
    const attrs: Record<string, unknown> = {};
    if (f.exclude) attrs.excluded = true;
    if (f.include) attrs.excluded = false;
    attrs.direction = f.egress ? 'egress' : 'ingress';
    if (f['remote-ip-prefix'] !== undefined) attrs.remote_ip_prefix = f['remote-ip-prefix'];
    if (f['source-ip-prefix'] !== undefined) attrs.source_ip_prefix = f['source-ip-prefix'];
    if (f['destination-ip-prefix'] !== undefined) attrs.destination_ip_prefix = f['destination-ip-prefix'];
    attrs.metering_label_id = meter.id;
    if (f.project !== undefined) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    return show(neutronShowData('meterRule', await cloud.network.meteringLabelRules.create(attrs)));
  }
}
