/**
 * Network quotas (Neutron quotas + quota_details extensions): per-project limits with defaults,
 * usage counted from the tables, enforcement as 409 OverQuota.
 * @see https://docs.openstack.org/api-ref/network/v2/#quotas-extension-quotas
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { lockQuota, type Trx } from '../db/index.js';
import { defineRoute } from '../route.js';
import { callerOf, nErr, tx } from './common.js';

/** Neutron's default limits (`-1` is unlimited). */
export const DEFAULT_QUOTAS: Record<string, number> = {
  network: 100,
  subnet: 100,
  subnetpool: -1,
  port: 500,
  router: 10,
  floatingip: 50,
  security_group: 10,
  security_group_rule: 100,
  rbac_policy: 10,
};

/** The table counted for each resource (none: always 0 used). */
const TABLES = {
  network: 'net_networks',
  subnet: 'net_subnets',
  subnetpool: 'net_subnetpools',
  port: 'net_ports',
  router: 'net_routers',
  floatingip: 'net_floatingips',
  security_group: 'net_security_groups',
  security_group_rule: 'net_security_group_rules',
} as const;

/** A quota resource name. */
export type QuotaResource = keyof typeof TABLES;

/** The effective limits of a project (overrides on top of the defaults). */
export async function limitsOf(trx: Trx, projectId: string): Promise<Record<string, number>> {
  const rows = await trx.selectFrom('net_quotas').select(['resource', 'hard_limit']).where('project_id', '=', projectId).execute();
  const out = { ...DEFAULT_QUOTAS };
  for (const r of rows) out[r.resource] = r.hard_limit;
  return out;
}

/** Number of `resource` owned by the project. */
export async function usageOf(trx: Trx, projectId: string, resource: string): Promise<number> {
  const table = TABLES[resource as QuotaResource];
  if (!table) return 0;
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Throws 409 OverQuota when creating `count` more of `resource` would exceed the project's limit. */
export async function checkQuota(trx: Trx, projectId: string, resource: QuotaResource, count = 1): Promise<void> {
  if (!projectId) return; // service-owned resources (router gateway and floating IP ports)
  await lockQuota(trx, projectId, resource);
  const limits = await limitsOf(trx, projectId);
  const limit = limits[resource] ?? -1;
  if (limit < 0) return;
  const used = await usageOf(trx, projectId, resource);
  if (used + count > limit) throw nErr(409, 'OverQuota', `Quota exceeded for resources: ['${resource}'].`);
}

function assertProjectAccess(auth: { isAdmin: boolean; projectId: string }, projectId: string): void {
  if (!auth.isAdmin && auth.projectId !== projectId) {
    throw nErr(403, 'HTTPForbidden', `rule:get_quota is disallowed by policy`);
  }
}

/** Registers the quota routes. */
export function registerQuotaRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'network', op: 'listNetworkQuotas' }, async () => {
    const rows = await ctx.db.selectFrom('net_quotas').selectAll().execute();
    const byProject = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const q = byProject.get(r.project_id) ?? { ...DEFAULT_QUOTAS };
      q[r.resource] = r.hard_limit;
      byProject.set(r.project_id, q);
    }
    return { quotas: [...byProject.entries()].map(([p, q]) => ({ ...q, project_id: p, tenant_id: p })) };
  });

  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'network', op: 'showNetworkQuota' }, async (req) => {
    assertProjectAccess(callerOf(req.auth), req.params.project_id);
    return { quota: await tx(ctx, (trx) => limitsOf(trx, req.params.project_id)) };
  });

  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'network', op: 'showNetworkQuotaDefault' }, async (req) => {
    assertProjectAccess(callerOf(req.auth), req.params.project_id);
    return { quota: { ...DEFAULT_QUOTAS } };
  });

  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'network', op: 'showNetworkQuotaDetails' }, async (req) => {
    const projectId = req.params.project_id;
    assertProjectAccess(callerOf(req.auth), projectId);
    return tx(ctx, async (trx) => {
      const limits = await limitsOf(trx, projectId);
      const quota: Record<string, unknown> = {};
      for (const [r, limit] of Object.entries(limits)) quota[r] = { used: await usageOf(trx, projectId, r), limit, reserved: 0 };
      return { quota };
    });
  });

  defineRoute<{ Params: { project_id: string }; Body: { quota: Record<string, unknown> } }>(
    app,
    ctx,
    { service: 'network', op: 'updateNetworkQuota' },
    async (req) => {
      const projectId = req.params.project_id;
      const body = req.body.quota;
      const checkLimit = ['true', 'True', true].includes(body.check_limit as string | boolean);
      return tx(ctx, async (trx) => {
        for (const [r, v] of Object.entries(body)) {
          if (r === 'check_limit' || r === 'force') continue;
          if (!(r in DEFAULT_QUOTAS)) throw nErr(400, 'InvalidInput', `Invalid input for operation: Unknown quota resources ['${r}'].`);
          const limit = Number(v);
          if (checkLimit && limit >= 0) {
            const used = await usageOf(trx, projectId, r);
            if (used > limit) {
              throw nErr(400, 'InvalidQuotaValue', `Change would make usage less than 0 for the following resources: ['${r}'].`);
            }
          }
          await trx
            .insertInto('net_quotas')
            .values({ project_id: projectId, resource: r, hard_limit: limit })
            .onConflict((oc) => oc.columns(['project_id', 'resource']).doUpdateSet({ hard_limit: limit }))
            .execute();
        }
        return { quota: await limitsOf(trx, projectId) };
      });
    },
  );

  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'network', op: 'deleteNetworkQuota' }, async (req, reply) => {
    await ctx.db.deleteFrom('net_quotas').where('project_id', '=', req.params.project_id).execute();
    return reply.code(204).send();
  });
}
