import { deleteCommand } from '../../../views/factory.js';

/** `oscloud security group delete` */
export default deleteCommand({
  description: 'Delete security group(s)',
  what: 'security group',
  collection: (cloud) => cloud.network.securityGroups,
});
