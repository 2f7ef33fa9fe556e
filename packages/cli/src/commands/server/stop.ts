import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server stop` */
export default serverActionCommand({
  description: 'Stop server(s)',
  verb: 'stop',
  target: 'SHUTOFF',
  act: (cloud, id) => cloud.compute.servers.stop(id),
});
