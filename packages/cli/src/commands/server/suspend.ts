import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server suspend` */
export default serverActionCommand({
  description: 'Suspend server(s)',
  verb: 'suspend',
  target: 'SUSPENDED',
  act: (cloud, id) => cloud.compute.servers.suspend(id),
});
