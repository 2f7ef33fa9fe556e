import { deleteCommand } from '../../views/factory.js';

/** `oscloud volume delete` */
export default deleteCommand({
  description: 'Delete volume(s)',
  what: 'volume',
  collection: (cloud) => cloud.volume.volumes,
});
