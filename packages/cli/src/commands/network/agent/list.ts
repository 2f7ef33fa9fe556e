import * as Flags from '@oclif/core/flags';
import type { NetworkAgent } from '@oscloud/sdk';
import { column } from '../../../output/format.js';
import { adminStateColumn } from '../../../views/columns.js';
import { type Column, listCommand } from '../../../views/factory.js';

const COLUMNS: Column<NetworkAgent>[] = [
  ['ID', (a) => a.id],
  ['Agent Type', (a) => a.agent_type],
  ['Host', (a) => a.host],
  ['Availability Zone', (a) => a.availability_zone],
  // python-openstackclient's faces for alive / dead.
  // the text in a table, the boolean in json and yaml (upstream's AliveColumn and AdminStateColumn)
  ['Alive', (a) => column(a.alive ? ':-)' : 'XXX', a.alive ?? null)],
  ['State', (a) => adminStateColumn(a.admin_state_up)],
  ['Binary', (a) => a.binary],
];

/** `oscloud network agent list`: each host's dataplane agents (admin). */
export default listCommand<NetworkAgent>({
  description: 'List network agents',
  collection: (cloud) => cloud.network.agents,
  flags: {
    'agent-type': Flags.string({ description: 'List only agents of this type (e.g. "Linux bridge agent", "DHCP agent", "Noop agent")' }),
    host: Flags.string({ description: 'List only agents running on the specified host' }),
  },
  query: async (f) => ({ agent_type: f['agent-type'] as string | undefined, host: f.host as string | undefined }),
  columns: COLUMNS,
  longColumns: COLUMNS,
});
