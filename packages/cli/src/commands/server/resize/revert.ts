import { serverActionCommand } from '../../../views/server-action.js';

/** `oscloud server resize revert`: gives a server in VERIFY_RESIZE its old flavor and disk back. */
export default serverActionCommand({
  description: 'Revert server resize',
  verb: 'revert resize of',
  target: ['ACTIVE', 'SHUTOFF'],
  act: (cloud, id) => cloud.compute.servers.revertResize(id),
});
