import { deleteCommand } from '../../views/factory.js';

/** `oscloud image delete` */
export default deleteCommand({
  description: 'Delete image(s)',
  what: 'image',
  collection: (cloud) => cloud.image.images,
});
