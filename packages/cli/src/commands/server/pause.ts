import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server pause` */
export default serverActionCommand({
  description: 'Pause server(s)',
  verb: 'pause',
  target: 'PAUSED',
  act: (cloud, id) => cloud.compute.servers.pause(id),
});
