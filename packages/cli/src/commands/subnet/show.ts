import { showCommand } from '../../views/factory.js';
import { neutronShowData } from '../../views/neutron-show.js';

/** `oscloud subnet show`: the fields python-openstackclient shows (views/neutron-show.ts). */
export default showCommand({
  description: 'Display subnet details',
  what: 'subnet',
  collection: (cloud) => cloud.network.subnets,
  view: (item) => neutronShowData('subnet', item as Record<string, unknown>),
});
