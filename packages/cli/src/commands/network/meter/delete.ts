import { deleteCommand } from '../../../views/factory.js';

/** `oscloud network meter delete <meter>...` */
export default deleteCommand({
  description: 'Delete network meter',
  what: 'meter',
  collection: (cloud) => cloud.network.meteringLabels,
});
