import type { Router } from '@oscloud/sdk';
import { adminStateColumn } from '../../views/columns.js';
import { type Column, listCommand } from '../../views/factory.js';

const COLUMNS: Column<Router>[] = [
  ['ID', (r) => r.id],
  ['Name', (r) => r.name],
  ['Status', (r) => r.status],
  ['State', (r) => adminStateColumn(r.admin_state_up)],
  ['Project', (r) => r.project_id ?? r.tenant_id],
];

/** Distributed and HA, as python-openstackclient adds them: when some router carries them (the dvr and l3-ha extensions). */
function withDvrAndHa(routers: Router[]): Column<Router>[] {
  const has = (key: 'distributed' | 'ha') => routers.some((r) => (r as Record<string, unknown>)[key] != null);
  return [
    ...COLUMNS,
    ...(has('distributed') ? [['Distributed', (r: Router) => (r as Record<string, unknown>).distributed] as Column<Router>] : []),
    ...(has('ha') ? [['HA', (r: Router) => (r as Record<string, unknown>).ha] as Column<Router>] : []),
  ];
}

/** `oscloud router list` */
export default listCommand<Router>({
  description: 'List routers',
  collection: (cloud) => cloud.network.routers,
  columns: async (_cloud, routers) => withDvrAndHa(routers),
});
