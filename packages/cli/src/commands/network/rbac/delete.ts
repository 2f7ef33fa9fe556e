import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network rbac delete <rbac-policy>...` */
export default deleteCommand({
  description: 'Delete network RBAC policy(s)',
  what: 'RBAC policy',
  collection: (cloud) => cloud.network.rbacPolicies,
});
