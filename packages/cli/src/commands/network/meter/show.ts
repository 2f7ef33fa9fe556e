import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network meter show <meter>` */
export default showCommand({
  description: 'Show network meter',
  what: 'meter',
  collection: (cloud) => cloud.network.meteringLabels,
  view: (m) => neutronShowData('meter', m),
});
