import { showCommand } from '../../views/factory.js';
import { neutronShowData } from '../../views/neutron-show.js';

/** `oscloud network show`: the fields python-openstackclient shows (views/neutron-show.ts). */
export default showCommand({
  description: 'Display network details',
  what: 'network',
  collection: (cloud) => cloud.network.networks,
  view: (item) => neutronShowData('network', item as Record<string, unknown>),
});
