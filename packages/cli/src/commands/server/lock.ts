import * as Flags from '@oclif/core/flags';
import { simpleServerActionCommand } from '../../views/server-simple-action.js';

/** `oscloud server lock <server>... [--reason R]` (--reason needs compute 2.73). */
export default simpleServerActionCommand({
  description: 'Lock server(s). A non-admin user will not be able to execute actions',
  verb: 'lock',
  flags: { reason: Flags.string({ description: 'Reason for locking the server(s). Requires --os-compute-api-version 2.73 or greater.' }) },
  needs: (flags) => (flags.reason !== undefined ? ['2.73', '--reason'] : undefined),
  body: (flags) => ({ lock: flags.reason !== undefined ? { locked_reason: flags.reason } : null }),
});
