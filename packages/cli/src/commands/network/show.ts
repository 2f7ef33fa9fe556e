import { showCommand } from '../../views/factory.js';

/** `oscloud network show` */
export default showCommand({
  description: 'Display network details',
  what: 'network',
  collection: (cloud) => cloud.network.networks,
});
