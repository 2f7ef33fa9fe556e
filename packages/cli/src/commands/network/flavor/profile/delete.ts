import { deleteCommand } from '../../../../views/factory.js';

/** `oscloud network flavor profile delete <flavor-profile>...` */
export default deleteCommand({
  description: 'Delete network flavor profile',
  what: 'network flavor profile',
  collection: (cloud) => cloud.network.serviceProfiles,
});
