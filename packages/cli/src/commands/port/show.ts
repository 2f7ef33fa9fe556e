import { showCommand } from '../../views/factory.js';

/** `oscloud port show` */
export default showCommand({
  description: 'Display port details',
  what: 'port',
  collection: (cloud) => cloud.network.ports,
});
