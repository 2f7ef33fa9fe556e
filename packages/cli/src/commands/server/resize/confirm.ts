import { serverActionCommand } from '../../../views/server-action.js';

/** `oscloud server resize confirm`: keeps the new flavor of a server in VERIFY_RESIZE. */
export default serverActionCommand({
  description: 'Confirm server resize',
  verb: 'confirm resize of',
  target: ['ACTIVE', 'SHUTOFF'],
  act: (cloud, id) => cloud.compute.servers.confirmResize(id),
});
