import { simpleServerActionCommand } from '../../views/server-simple-action.js';

/** `oscloud server unlock <server>...` */
export default simpleServerActionCommand({
  description: 'Unlock server(s)',
  verb: 'unlock',
  body: () => ({ unlock: null }),
});
