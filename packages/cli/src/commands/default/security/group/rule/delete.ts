import { deleteCommand } from '../../../../../views/factory.js';

/** `oscloud default security group rule delete <rule>...` */
export default deleteCommand({
  description:
    'Remove security group rule(s) from the default security group template.\n\nThese rules will not longer be applied to the default security groups created for any new project. They will not be removed from any existing default security groups.',
  what: 'default security group rule',
  collection: (cloud) => cloud.network.defaultSecurityGroupRules,
});
