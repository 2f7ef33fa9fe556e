import { showCommand } from '../../views/factory.js';

/** `oscloud subnet show` */
export default showCommand({
  description: 'Display subnet details',
  what: 'subnet',
  collection: (cloud) => cloud.network.subnets,
});
