import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud security group rule delete` */
export default deleteCommand({
  description: 'Delete security group rule(s)',
  what: 'security group rule',
  collection: (cloud) => cloud.network.securityGroupRules,
});
