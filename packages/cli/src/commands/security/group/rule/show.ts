import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud security group rule show <rule-id>` */
export default showCommand({
  description: 'Display security group rule details',
  what: 'security group rule',
  collection: (cloud) => cloud.network.securityGroupRules,
  view: (rule) => neutronShowData('securityGroupRule', rule as Record<string, unknown>),
});
