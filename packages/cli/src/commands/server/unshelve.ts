import * as Flags from '@oclif/core/flags';
import { serverActionCommand } from '../../views/server-action.js';

/** `oscloud server unshelve [--availability-zone ZONE] [--wait]` (OSC's): back to ACTIVE with the same ports. */
export default serverActionCommand({
  description: 'Unshelve server(s)',
  verb: 'unshelve',
  target: 'ACTIVE',
  flags: {
    'availability-zone': Flags.string({ description: 'The availability zone to place a shelved offloaded server in (compute 2.77)' }),
  },
  act: async (cloud, id, flags) => {
    const az = flags['availability-zone'];
    await cloud.compute.servers.unshelve(id, typeof az === 'string' ? { availabilityZone: az } : {});
  },
});
