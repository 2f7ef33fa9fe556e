import type { Cloud, Router } from '@oscloud/sdk';
import { column } from '../../output/format.js';
import { adminStateColumn, listColumn } from '../../views/columns.js';
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

/** The routes as upstream's RoutesColumn shows them in a table (`destination='…', gateway='…'`), the list elsewhere. */
function routesColumn(routes: Array<Record<string, unknown>> | null | undefined) {
  const lines = (routes ?? []).map(({ nexthop, ...rest }) => {
    const route: Record<string, unknown> = nexthop === undefined ? rest : { ...rest, gateway: nexthop };
    return Object.keys(route)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${k}='${String(route[k])}'`)
      .join(', ');
  });
  return column(lines.join('\n'), routes ?? []);
}

/** Python's json.dumps (`, ` and `: ` between items). */
function pyJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pyJson).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`).join(', ')}}`;
  return JSON.stringify(v ?? null);
}

/** --long as python-openstackclient's: routes, gateway, zones (with router_availability_zone), tags. */
async function longColumns(cloud: Cloud, routers: Router[]): Promise<Column<Router>[]> {
  const aliases = new Set<string>();
  for await (const e of cloud.network.extensions.list()) aliases.add(String((e as { alias?: string }).alias));
  const raw = (r: Router) => r as Record<string, unknown>;
  return [
    ...withDvrAndHa(routers),
    ['Routes', (r) => routesColumn(raw(r).routes as Array<Record<string, unknown>> | undefined)],
    ['External gateway info', (r) => column(pyJson(raw(r).external_gateway_info ?? null), raw(r).external_gateway_info ?? null)],
    ...(aliases.has('router_availability_zone') ? [['Availability zones', (r: Router) => listColumn(raw(r).availability_zones as unknown[] | undefined)] as Column<Router>] : []),
    ['Tags', (r) => listColumn(raw(r).tags as unknown[] | undefined)],
  ];
}

/** `oscloud router list` */
export default listCommand<Router>({
  description: 'List routers',
  collection: (cloud) => cloud.network.routers,
  columns: async (_cloud, routers) => withDvrAndHa(routers),
  longColumns,
});
