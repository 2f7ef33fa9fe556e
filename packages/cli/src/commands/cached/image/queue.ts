import { cacheEachCommand } from '../../../views/image-cache.js';

/** `oscloud cached image queue <image>...` */
export default cacheEachCommand({
  description: 'Queue image(s) for caching.',
  argHelp: 'Image to display (name or ID)',
  verb: 'queue',
  end: '',
  act: (cloud, id) => cloud.image.cache.queue(id),
});
