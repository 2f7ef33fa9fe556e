import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud router ndp proxy show <ndp-proxy>` */
export default showCommand({
  description: 'Display NDP proxy details',
  what: 'NDP proxy',
  collection: (cloud) => cloud.network.ndpProxies,
  view: (p) => neutronShowData('ndpProxy', p),
});
