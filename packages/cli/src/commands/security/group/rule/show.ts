import { showCommand } from '../../../../views/factory.js';

/** `oscloud security group rule show <rule-id>` */
export default showCommand({
  description: 'Display security group rule details',
  what: 'security group rule',
  collection: (cloud) => cloud.network.securityGroupRules,
});
