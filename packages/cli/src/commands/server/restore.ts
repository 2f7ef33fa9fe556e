import { simpleServerActionCommand } from '../../views/server-simple-action.js';

/** `oscloud server restore <server>...`: restores soft-deleted servers. */
export default simpleServerActionCommand({
  description: 'Restore server(s)',
  verb: 'restore',
  body: () => ({ restore: null }),
});
