import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server unpause` */
export default serverActionCommand({
  description: 'Unpause server(s)',
  verb: 'unpause',
  target: 'ACTIVE',
  act: (cloud, id) => cloud.compute.servers.unpause(id),
});
