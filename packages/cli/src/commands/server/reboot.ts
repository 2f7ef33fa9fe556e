import * as Flags from '@oclif/core/flags';
import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server reboot` */
export default serverActionCommand({
  description: 'Perform a hard or soft server reboot',
  verb: 'reboot',
  target: 'ACTIVE',
  flags: {
    hard: Flags.boolean({ description: 'Perform a hard reboot', exclusive: ['soft'] }),
    soft: Flags.boolean({ description: 'Perform a soft reboot (default)' }),
  },
  act: (cloud, id, flags) => cloud.compute.servers.reboot(id, flags.hard ? 'HARD' : 'SOFT'),
});
