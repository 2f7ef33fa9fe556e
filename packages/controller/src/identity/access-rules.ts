/**
 * Application credential access rules (api-ref "Application Credentials", access rules): an
 * application credential may carry rules `{service, method, path}`; a token issued from it is
 * then accepted only for requests one of its rules matches (what keystonemiddleware enforces in
 * each OpenStack service; here defineRoute does, see access-rule-match.ts). A user's rules
 * are shared by that user's application credentials naming the same rule, outlive them, and can
 * be deleted once none uses them (/v3/users/{user_id}/access_rules).
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import type { AccessRulesTable } from '../db/tables/identity.js';
import { isUniqueViolation } from '../db/index.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listLinks } from './format.js';
import { newId } from './store.js';

/** An access rule as sent in an application credential create body. */
export interface AccessRuleSel { id?: string; service?: string; path?: string; method?: string }

/** The wire form. */
export const fmtAccessRule = (r: AccessRulesTable): Record<string, string> => ({ id: r.id, service: r.service, path: r.path, method: r.method });

/**
 * The rule rows an application credential create names: an existing rule of the user by id, or
 * the user's rule with the same service, method and path (created when new). 400 on a bad rule,
 * 404 on an unknown id.
 */
export async function resolveAccessRules(db: Db | Trx, userId: string, sels: AccessRuleSel[]): Promise<AccessRulesTable[]> {
  const out: AccessRulesTable[] = [];
  for (const sel of sels) {
    let row: AccessRulesTable | undefined;
    if (sel.id) {
      row = await db.selectFrom('access_rules').selectAll().where('id', '=', sel.id).where('user_id', '=', userId).executeTakeFirst();
      if (!row) throw notFound(`Could not find access rule: ${sel.id}.`);
    } else {
      const { service, path, method } = sel;
      if (!service || !path || !method) throw badRequest("Invalid input for field 'access_rules': a rule needs 'service', 'path' and 'method' (or the 'id' of an existing rule).");
      if (!path.startsWith('/')) throw badRequest(`Invalid input for field 'access_rules': the path ${path} must start with '/'.`);
      const find = () => db.selectFrom('access_rules').selectAll().where('user_id', '=', userId).where('service', '=', service).where('path', '=', path).where('method', '=', method).executeTakeFirst();
      row = await find();
      if (!row) {
        const fresh = { id: newId(), user_id: userId, service, path, method };
        try {
          await db.insertInto('access_rules').values(fresh).execute();
          row = fresh;
        } catch (e) {
          if (!isUniqueViolation(e)) throw e;
          row = await find(); // made meanwhile by another request
          if (!row) throw e;
        }
      }
    }
    if (!out.some((r) => r.id === row.id)) out.push(row);
  }
  return out;
}

/** The access rules of application credentials, by credential id. */
export async function accessRulesOf(db: Db | Trx, appCredIds: string[]): Promise<Map<string, AccessRulesTable[]>> {
  const out = new Map<string, AccessRulesTable[]>();
  if (appCredIds.length === 0) return out;
  const rows = await db
    .selectFrom('application_credential_access_rules as l')
    .innerJoin('access_rules as r', 'r.id', 'l.access_rule_id')
    .select(['l.application_credential_id', 'r.id', 'r.user_id', 'r.service', 'r.path', 'r.method'])
    .where('l.application_credential_id', 'in', appCredIds)
    .orderBy('r.service').orderBy('r.path').orderBy('r.method')
    .execute();
  for (const { application_credential_id: ac, ...r } of rows) out.set(ac, [...(out.get(ac) ?? []), r]);
  return out;
}

/** Registers /v3/users/{user_id}/access_rules. */
export function registerAccessRuleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const get = async (userId: string, id: string): Promise<AccessRulesTable> => {
    const r = await ctx.db.selectFrom('access_rules').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!r) throw notFound(`Could not find access rule: ${id}.`);
    return r;
  };
  defineRoute<{ Params: { user_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/access_rules' }, async (req) => {
    const rows = await ctx.db.selectFrom('access_rules').selectAll().where('user_id', '=', req.params.user_id).orderBy('service').orderBy('path').orderBy('method').execute();
    return { access_rules: rows.map(fmtAccessRule), links: listLinks(ctx, `/users/${req.params.user_id}/access_rules`) };
  });
  type P = { Params: { user_id: string; access_rule_id: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/access_rules/{access_rule_id}' }, async (req) => ({
    access_rule: fmtAccessRule(await get(req.params.user_id, req.params.access_rule_id)),
  }));
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/users/{user_id}/access_rules/{access_rule_id}' }, async (req, reply) => {
    const r = await get(req.params.user_id, req.params.access_rule_id);
    const used = await ctx.db.selectFrom('application_credential_access_rules').select('application_credential_id').where('access_rule_id', '=', r.id).executeTakeFirst();
    if (used) throw forbidden(`Cannot delete access rule ${r.id}: application credential ${used.application_credential_id} still uses it.`);
    await ctx.db.deleteFrom('access_rules').where('id', '=', r.id).execute();
    return reply.code(204).send();
  });
}
