import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../../../base.js';
import { type CommandResult, show } from '../../../../../output/format.js';
import { neutronShowData } from '../../../../../views/neutron-show.js';

/** `oscloud network qos rule type show <qos-rule-type-name>`: a GET by type name, as upstream (no name look-up). */
export default class NetworkQosRuleTypeShow extends ShowCommand<typeof NetworkQosRuleTypeShow> {
  static override description = 'Show details about supported QoS rule type';
  static override args = { 'qos-rule-type-name': Args.string({ required: true, description: 'Name of QoS rule type' }) };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    return show(neutronShowData('qosRuleType', await cloud.network.qosRuleTypes.get(this.args['qos-rule-type-name'])));
  }
}
