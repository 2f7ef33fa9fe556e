import { deleteCommand } from '../../views/factory.js';

/** `oscloud router delete` */
export default deleteCommand({
  description: 'Delete router(s)',
  what: 'router',
  collection: (cloud) => cloud.network.routers,
});
