import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server start` */
export default serverActionCommand({
  description: 'Start server(s)',
  verb: 'start',
  target: 'ACTIVE',
  act: (cloud, id) => cloud.compute.servers.start(id),
});
