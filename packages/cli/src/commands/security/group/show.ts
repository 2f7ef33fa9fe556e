import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud security group show`: the fields python-openstackclient shows (views/neutron-show.ts). */
export default showCommand({
  description: 'Display security group details',
  what: 'security group',
  collection: (cloud) => cloud.network.securityGroups,
  view: (item) => neutronShowData('securityGroup', item as Record<string, unknown>),
});
