import { serverActionCommand } from '../../../views/server-action.js';

/** `oscloud server migrate confirm`: keeps a migrated server (VERIFY_RESIZE) on its new host; the source's copy goes. */
export default serverActionCommand({
  description: 'Confirm server migration',
  verb: 'confirm migration of',
  target: ['ACTIVE', 'SHUTOFF'],
  act: (cloud, id) => cloud.compute.servers.confirmResize(id),
});
