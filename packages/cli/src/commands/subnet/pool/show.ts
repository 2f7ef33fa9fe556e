import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud subnet pool show` */
export default showCommand({
  description: 'Display subnet pool details',
  what: 'subnet pool',
  collection: (cloud) => cloud.network.subnetPools,
  view: (pool) => neutronShowData('subnetPool', pool),
});
