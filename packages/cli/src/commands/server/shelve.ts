import * as Flags from '@oclif/core/flags';
import { serverActionCommand } from '../../views/server-action.js';

/**
 * `oscloud server shelve [--offload] [--wait]` (OSC's): shelves the server; with `--offload` a
 * server the cloud keeps SHELVED on its host is offloaded once shelved.
 */
export default serverActionCommand({
  description: 'Shelve and optionally offload server(s)',
  verb: 'shelve',
  target: (flags) => (flags.offload ? 'SHELVED_OFFLOADED' : ['SHELVED', 'SHELVED_OFFLOADED']),
  flags: {
    offload: Flags.boolean({ description: 'Remove the shelved server(s) from their host (for clouds that keep shelved servers on their hosts for a while)' }),
  },
  act: async (cloud, id, flags) => {
    await cloud.compute.servers.shelve(id);
    if (!flags.offload) return;
    const shelved = await cloud.compute.servers.waitForStatus(id, ['SHELVED', 'SHELVED_OFFLOADED']);
    if (shelved.status === 'SHELVED') await cloud.compute.servers.shelveOffload(id);
  },
});
