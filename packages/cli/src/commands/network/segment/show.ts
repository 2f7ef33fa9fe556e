import { showCommand } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** `oscloud network segment show` */
export default showCommand({
  description: 'Display network segment details',
  what: 'network segment',
  collection: (cloud) => cloud.network.segments,
  view: (segment) => neutronShowData('segment', segment),
});
