import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server resume` */
export default serverActionCommand({
  description: 'Resume server(s)',
  verb: 'resume',
  target: 'ACTIVE',
  act: (cloud, id) => cloud.compute.servers.resume(id),
});
