import { showCommand } from '../../../views/factory.js';

/** `oscloud security group show` */
export default showCommand({
  description: 'Display security group details',
  what: 'security group',
  collection: (cloud) => cloud.network.securityGroups,
});
