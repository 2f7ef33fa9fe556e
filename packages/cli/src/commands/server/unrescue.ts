import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server unrescue` */
export default serverActionCommand({
  description: 'Restore server(s) from rescue mode',
  verb: 'unrescue',
  target: 'ACTIVE',
  act: (cloud, id) => cloud.compute.servers.unrescue(id),
});
