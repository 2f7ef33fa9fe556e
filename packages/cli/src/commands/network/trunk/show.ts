import { showCommand } from '../../../views/factory.js';
import { trunkShowData } from '../../../views/neutron-ext.js';

/** `oscloud network trunk show <trunk>` */
export default showCommand({
  description: 'Show information of a given network trunk',
  what: 'trunk',
  collection: (cloud) => cloud.network.trunks,
  view: (t) => trunkShowData(t),
});
