import { showCommand } from '../../../../views/factory.js';
import { neutronShowData } from '../../../../views/neutron-show.js';

/** `oscloud network flavor profile show <flavor-profile>` */
export default showCommand({
  description: 'Display network flavor profile details',
  what: 'network flavor profile',
  collection: (cloud) => cloud.network.serviceProfiles,
  view: (p) => neutronShowData('flavorProfile', p),
});
