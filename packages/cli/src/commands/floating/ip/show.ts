import { showCommand } from '../../../views/factory.js';

/** `oscloud floating ip show` */
export default showCommand({
  description: 'Display floating ip details',
  what: 'floating ip',
  collection: (cloud) => cloud.network.floatingIps,
});
