import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network segment delete` */
export default deleteCommand({
  description: 'Delete network segment(s)',
  what: 'network segment',
  collection: (cloud) => cloud.network.segments,
});
