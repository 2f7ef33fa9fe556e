import { showCommand } from '../../views/factory.js';

/** `oscloud router show` */
export default showCommand({
  description: 'Display router details',
  what: 'router',
  collection: (cloud) => cloud.network.routers,
});
