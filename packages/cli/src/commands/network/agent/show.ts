import { column } from '../../../output/format.js';
import { adminStateColumn, dictColumn } from '../../../views/columns.js';
import { showCommand } from '../../../views/factory.js';

/** `oscloud network agent show` (admin): alive as `:-)` / `XXX` and the state as `UP` / `DOWN` in a table, as upstream. */
export default showCommand({
  description: 'Display network agent details',
  what: 'network agent',
  collection: (cloud) => cloud.network.agents,
  view: (agent) => {
    const a = agent as Record<string, unknown>;
    return {
      ...a,
      admin_state_up: adminStateColumn(a.admin_state_up),
      alive: column(a.alive ? ':-)' : 'XXX', a.alive),
      configurations: dictColumn(a.configurations as Record<string, unknown> | undefined),
    };
  },
});
