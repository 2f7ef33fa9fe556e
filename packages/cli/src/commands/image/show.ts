import { showCommand } from '../../views/factory.js';
import { imageShowData } from '../../views/image.js';

/** `oscloud image show` */
export default showCommand({
  description: 'Display image details',
  what: 'image',
  collection: (cloud) => cloud.image.images,
  view: (image) => imageShowData(image),
});
