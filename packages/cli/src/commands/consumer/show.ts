import { showCommand } from '../../views/factory.js';

/** `oscloud consumer show <id>` */
export default showCommand({
  description: 'Display consumer details',
  what: 'consumer',
  collection: (cloud) => cloud.identity.consumers,
});
