/**
 * osc-lib's formattable columns (DictColumn, DictListColumn, ListColumn, ListDictColumn): the
 * data for json/yaml/value output, and the text python-openstackclient shows in a table.
 */
import { type Column, column, pyStr } from '../output/format.js';

/** Python's `sorted()` of strings: by code point. */
function sorted(values: string[]): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** osc-lib's format_dict: `key='value', ...` by sorted key; nested dicts as `key.sub='v'` (an empty one leaves `, ,`). */
export function formatDict(data: Record<string, unknown>, prefix?: string): string {
  let out = '';
  for (const key of sorted(Object.keys(data))) {
    const name = prefix ? `${prefix}.${key}` : key;
    const value = data[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) out += `${formatDict(value as Record<string, unknown>, name)}, `;
    else if (value !== null && value !== undefined) out += `${name}='${pyStr(value)}', `;
    else out += `${name}=, `;
  }
  return out.slice(0, -2);
}

/** osc-lib's format_list: sorted, comma-separated. */
export function formatList(data: unknown[], separator = ', '): string {
  return sorted(data.map((v) => pyStr(v))).join(separator);
}

/** DictColumn: `key='value', ...` in a table, the object elsewhere. */
export function dictColumn(data: Record<string, unknown> | null | undefined): Column {
  return column(data ? formatDict(data) : '', data ?? {});
}

/** DictListColumn: `net=a, b; net2=c` in a table (sorted), the object of lists elsewhere. */
export function dictListColumn(data: Record<string, unknown[] | null> | null | undefined): Column {
  const human = Object.keys(data ?? {})
    .filter((k) => data?.[k] != null)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${k}=${formatList(data?.[k] ?? [])}`)
    .join('; ');
  return column(human, data ?? {});
}

/** ListColumn: sorted and comma-separated in a table, the list elsewhere. */
export function listColumn(data: unknown[] | null | undefined): Column {
  return column(data ? formatList(data) : '', data ?? []);
}

/** ListDictColumn: one `key='value', ...` line per item in a table, the list elsewhere. */
export function listDictColumn(data: Array<Record<string, unknown>> | null | undefined): Column {
  return column((data ?? []).map((item) => formatDict(item)).join('\n'), data ?? []);
}

/** A plain list as cliff's table shows one no column formats (Python's str(): `[]`, `['a']`). */
export function rawListColumn(data: unknown[] | null | undefined): Column {
  const value = data ?? [];
  return column(pyStr(value), value);
}

/** Neutron's AdminStateColumn: `UP`/`DOWN` in a table, the boolean elsewhere ('' when the API left it out, as osc-lib reads a missing field). */
export function adminStateColumn(up: unknown): Column {
  return column(up ? 'UP' : 'DOWN', up ?? '');
}

/** Neutron's RouterExternalColumn: `External`/`Internal` in a table, the boolean elsewhere ('' when left out). */
export function routerExternalColumn(external: unknown): Column {
  return column(external ? 'External' : 'Internal', external ?? '');
}

/** A subnet's AllocationPoolsColumn: `start-end,start-end` in a table, the pools elsewhere. */
export function allocationPoolsColumn(pools: Array<{ start?: string; end?: string }> | null | undefined): Column {
  return column((pools ?? []).map((p) => `${p.start ?? ''}-${p.end ?? ''}`).join(','), pools ?? []);
}

/** A subnet's HostRoutesColumn: `destination='...', gateway='...'` lines in a table (nexthop named gateway, as --host-route writes it). */
export function hostRoutesColumn(routes: Array<{ destination?: string; nexthop?: string }> | null | undefined): Column {
  const human = (routes ?? []).map((r) => formatDict({ destination: r.destination, gateway: r.nexthop })).join('\n');
  return column(human, routes ?? []);
}

/**
 * A resource shown without osc-lib formatters (python-openstackclient's Keystone show commands):
 * `links` dropped, lists and objects as Python's str() even in a table (`{}`, `[]`).
 */
export function unformatted(item: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'links') continue;
    data[key] = typeof value === 'object' && value !== null ? column(pyStr(value), value) : value;
  }
  return data;
}
