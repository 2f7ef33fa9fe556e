import { serverActionCommand } from '../../../views/server-action.js';

/** `oscloud server migration revert`: brings a migrated server (VERIFY_RESIZE) back to its source host. */
export default serverActionCommand({
  description: 'Revert server migration',
  verb: 'revert migration of',
  target: ['ACTIVE', 'SHUTOFF'],
  act: (cloud, id) => cloud.compute.servers.revertResize(id),
});
