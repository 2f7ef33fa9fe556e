import { deleteCommand } from '../../../views/factory.js';

/** `oscloud subnet pool delete` */
export default deleteCommand({
  description: 'Delete subnet pool(s)',
  what: 'subnet pool',
  collection: (cloud) => cloud.network.subnetPools,
});
