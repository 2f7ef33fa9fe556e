/**
 * os-instance_usage_audit_log (admin): Nova's audit of instance usage per compute host for the
 * last completed period (a month, Nova's default instance_usage_audit_period) before a time.
 * oscloud runs no usage audit task — Nova's instance_usage_audit = False, its default — so no
 * host has an audit record: every compute host is listed as not run, with no errors or instances.
 * @see https://docs.openstack.org/api-ref/compute/#server-usage-audit-log-os-instance-usage-audit-log
 */
import type { FastifyInstance } from 'fastify';
import type { components } from '@oscloud/sdk/generated/compute';
import { listHosts } from '../agentapi/internal.js';
import type { AppContext } from '../context.js';
import { badRequest } from '../errors.js';
import { defineRoute } from '../route.js';

type AuditLog = components['schemas']['InstanceUsageAuditLog'];

/** Nova's `before` timestamp: `YYYY-MM-DD hh:mm:ss` with optional fraction, read as UTC (400 otherwise). */
export function parseBefore(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : null;
  if (!d || Number.isNaN(d.getTime()) || d.getUTCDate() !== +m![3]! || +m![4]! > 23 || +m![5]! > 59 || +m![6]! > 59) throw badRequest(`Invalid timestamp for date ${s}`);
  return d;
}

/** The last completed month before `before` (Nova's last_completed_audit_period, unit month), as Nova prints it. */
export function lastCompletedMonth(before: Date): { begin: string; end: string } {
  const end = new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth(), 1));
  const begin = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1));
  const py = (d: Date): string => d.toISOString().slice(0, 19).replace('T', ' ');
  return { begin: py(begin), end: py(end) };
}

/** The audit of the period before `before`: no audit records, so every host not run. */
export function auditLog(hostNames: string[], before: Date): AuditLog {
  const { begin, end } = lastCompletedMonth(before);
  const notRun = [...hostNames].sort();
  return {
    period_beginning: begin,
    period_ending: end,
    num_hosts: hostNames.length,
    num_hosts_done: 0,
    num_hosts_running: 0,
    hosts_not_run: notRun,
    num_hosts_not_run: notRun.length,
    log: {},
    total_errors: 0,
    total_instances: 0,
    overall_status: `0 of ${hostNames.length} hosts done. 0 errors.`,
  };
}

/** Registers the usage audit log routes. */
export function registerUsageAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const hostNames = async (): Promise<string[]> => (await listHosts(ctx.db)).map((h) => h.name);
  defineRoute(app, ctx, { service: 'compute', op: 'listInstanceUsageAuditLogs' }, async () => ({ instance_usage_audit_logs: auditLog(await hostNames(), new Date()) }));
  defineRoute<{ Params: { before_timestamp: string } }>(app, ctx, { service: 'compute', op: 'showInstanceUsageAuditLog' }, async (req) => {
    const before = parseBefore(req.params.before_timestamp);
    return { instance_usage_audit_log: auditLog(await hostNames(), before) };
  });
}
