/**
 * python-openstackclient's usage columns (compute/v2/usage.py): the project's name when known,
 * the number of servers, and MB/CPU/GB-hours shown as `float("%.2f" % value)`; json and yaml
 * keep the data (the server list, the unrounded hours), as osc-lib's formattable columns do.
 */
import type { TenantUsage } from '@oscloud/sdk';
import { type Column, column } from '../output/format.js';

/** The usage columns, in python-openstackclient's order. */
export const USAGE_HEADERS = ['Project', 'Servers', 'RAM MB-Hours', 'CPU Hours', 'Disk GB-Hours'] as const;

/** python-openstackclient's date format for --start/--end and its "Usage from" line. */
export const USAGE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Python's str() of float("%.2f" % v): `12.0`, `3.46`. */
function floatColumn(v: number): Column {
  const r = Number(v.toFixed(2));
  return column(Number.isInteger(r) ? r.toFixed(1) : String(r), v);
}

/** One project's row: `names` maps project ids to names (the list resolves them; show does not). */
export function usageRow(u: Partial<TenantUsage>, names: Map<string, string> = new Map()): unknown[] {
  const servers = u.server_usages ?? [];
  const project = u.tenant_id ?? '';
  return [
    column(names.get(project) ?? project, project),
    column(String(servers.length), servers),
    floatColumn(u.total_memory_mb_usage ?? 0),
    floatColumn(u.total_vcpus_usage ?? 0),
    floatColumn(u.total_local_gb_usage ?? 0),
  ];
}

/** --start / --end as python-openstackclient reads them (`YYYY-MM-DD`, UTC), else 4 weeks ago and tomorrow. */
export function usagePeriod(start: string | undefined, end: string | undefined, now = new Date()): { start: Date; end: Date } {
  const day = (v: string): Date => new Date(`${v}T00:00:00Z`);
  return {
    start: start ? day(start) : new Date(now.getTime() - 28 * 86_400_000),
    end: end ? day(end) : new Date(now.getTime() + 86_400_000),
  };
}

/** `YYYY-MM-DD` of a date (UTC). */
export const usageDay = (d: Date): string => d.toISOString().slice(0, 10);
