import { cacheEachCommand } from '../../../views/image-cache.js';

/** `oscloud cached image delete <image>...` */
export default cacheEachCommand({
  description: 'Delete image(s) from cache',
  argHelp: 'Image(s) to delete (name or ID)',
  verb: 'delete',
  end: '.',
  act: (cloud, id) => cloud.image.cache.delete(id),
});
