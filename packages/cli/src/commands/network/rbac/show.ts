import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network rbac show <rbac-policy>` */
export default showCommand({
  description: 'Display network RBAC policy details',
  what: 'RBAC policy',
  collection: (cloud) => cloud.network.rbacPolicies,
  view: (p) => neutronShowData('rbacPolicy', p),
});
