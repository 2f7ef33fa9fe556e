/**
 * Keystone trusts (OS-TRUST): a trustor delegates some of its roles on a project to a trustee.
 * /v3/OS-TRUST/trusts CRUD and the trust's roles. As Keystone: only the token's own user can be the
 * trustor and only roles it has on the project can be delegated; the trustor, the trustee or an
 * admin reads a trust, the trustor or an admin deletes it; an expired trust is not found.
 * Tokens scoped to a trust are issued by POST /v3/auth/tokens (auth-routes.ts) and checked at
 * each validation (tokens.ts). A trust created with a trust-scoped token is a redelegation: the
 * parent trust must allow it (its redelegation_count, one less at each step), and the new trust
 * can only narrow it (same project, a subset of its roles, no later expiry, impersonation only if
 * the parent impersonates).
 */
import type { components } from '@oscloud/sdk/generated/identity';
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import type { TrustsTable } from '../db/tables/identity.js';
import { nowIso } from '../db/index.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listLinks, selfLink } from './format.js';
import { directRoleIds, expandImplied, newId, parseExpiresAt } from './store.js';

/** Keystone's `[trust] max_redelegation_count` default. */
const MAX_REDELEGATION_COUNT = 3;

type CreateBody = components['schemas']['TrustCreateRequest'];

/** allow_redelegation, redelegation_count and redelegated_trust_id of a new trust (one step below `parent`'s when redelegated). */
function redelegation(allow: boolean, parent?: TrustsTable): Pick<TrustsTable, 'allow_redelegation' | 'redelegation_count' | 'redelegated_trust_id'> {
  const count = parent ? parent.redelegation_count - 1 : allow ? MAX_REDELEGATION_COUNT : 0;
  return { allow_redelegation: allow && count > 0 ? 1 : 0, redelegation_count: allow ? count : 0, redelegated_trust_id: parent?.id ?? null };
}

/** Registers /v3/OS-TRUST/trusts. */
export function registerTrustRoutes(app: FastifyInstance, ctx: AppContext): void {
  const roleDocs = async (t: TrustsTable): Promise<Record<string, unknown>[]> => {
    const ids = JSON.parse(t.roles) as string[];
    if (ids.length === 0) return [];
    const rows = await ctx.db.selectFrom('roles').select(['id', 'name', 'domain_id']).where('id', 'in', ids).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, domain_id: r.domain_id, links: selfLink(ctx, `/roles/${r.id}`) }));
  };
  /** Wire format; `withRoles` false for lists (Keystone's summary). */
  const fmt = async (t: TrustsTable, withRoles: boolean): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {
      id: t.id,
      trustor_user_id: t.trustor_user_id,
      trustee_user_id: t.trustee_user_id,
      project_id: t.project_id,
      impersonation: !!t.impersonation,
      expires_at: t.expires_at, // parseExpiresAt's format, Keystone's
      remaining_uses: t.remaining_uses,
      allow_redelegation: !!t.allow_redelegation,
      redelegation_count: t.redelegation_count,
      redelegated_trust_id: t.redelegated_trust_id,
      links: selfLink(ctx, `/OS-TRUST/trusts/${t.id}`),
    };
    if (withRoles) {
      out.roles = await roleDocs(t);
      out.roles_links = listLinks(ctx, `/OS-TRUST/trusts/${t.id}/roles`);
    }
    return out;
  };
  const live = (t: TrustsTable): boolean => !t.expires_at || Date.parse(t.expires_at) > ctx.now().getTime();
  /** The trust (404 when unknown or expired), once `auth` may read it (or, `del`, delete it). */
  const getTrust = async (auth: AuthContext, id: string, del = false): Promise<TrustsTable> => {
    const t = await ctx.db.selectFrom('trusts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!t || !live(t)) throw notFound(`Could not find trust: ${id}.`);
    const mayRead = auth.isAdmin || auth.userId === t.trustor_user_id || (!del && auth.userId === t.trustee_user_id);
    if (!mayRead) throw forbidden(`You are not authorized to ${del ? 'delete' : 'read'} trust ${id}.`);
    return t;
  };

  defineRoute<{ Querystring: { trustor_user_id?: string; trustee_user_id?: string } }>(
    app, ctx, { service: 'identity', op: 'GET /v3/OS-TRUST/trusts' }, async (req) => {
      const auth = req.auth!;
      const { trustor_user_id: trustor, trustee_user_id: trustee } = req.query;
      if (!auth.isAdmin) {
        if (trustor === undefined && trustee === undefined) throw forbidden('Only admins list every trust: filter on trustor_user_id or trustee_user_id.');
        if ((trustor !== undefined && trustor !== auth.userId) || (trustee !== undefined && trustee !== auth.userId)) {
          throw forbidden('You can only list trusts of which you are the trustor or the trustee.');
        }
      }
      let q = ctx.db.selectFrom('trusts').selectAll().orderBy('created_at').orderBy('id');
      if (typeof trustor === 'string') q = q.where('trustor_user_id', '=', trustor);
      if (typeof trustee === 'string') q = q.where('trustee_user_id', '=', trustee);
      const rows = (await q.execute()).filter(live);
      const trusts = [];
      for (const t of rows) trusts.push(await fmt(t, false));
      return { trusts, links: listLinks(ctx, '/OS-TRUST/trusts') };
    });

  defineRoute<{ Body: CreateBody }>(app, ctx, { service: 'identity', op: 'POST /v3/OS-TRUST/trusts' }, async (req, reply) => {
    const auth = req.auth!;
    const b = req.body.trust;
    if (b.trustor_user_id !== auth.userId) throw forbidden('The trustor must be the user of the token.');
    const trustee = await ctx.db.selectFrom('users').select('id').where('id', '=', b.trustee_user_id).executeTakeFirst();
    if (!trustee) throw notFound(`Could not find user: ${b.trustee_user_id}.`);
    let expires = b.expires_at ? parseExpiresAt(b.expires_at, ctx.now()) : null;
    const roleIds: string[] = [];
    const projectId = b.project_id ?? null;
    // Redelegation: created with a token scoped to a trust, within what that trust allows.
    const parent = auth.trust ? await ctx.db.selectFrom('trusts').selectAll().where('id', '=', auth.trust.id).executeTakeFirst() : undefined;
    if (auth.trust) {
      if (!parent || !parent.allow_redelegation || parent.redelegation_count <= 0) throw forbidden('The trust of this token does not allow redelegation.');
      if (projectId !== parent.project_id) throw forbidden('A redelegated trust must be on the project of the trust it comes from.');
      if (b.impersonation && !parent.impersonation) throw forbidden('A redelegated trust cannot impersonate when the trust it comes from does not.');
      if (parent.expires_at && expires && Date.parse(expires) > Date.parse(parent.expires_at)) throw forbidden('A redelegated trust cannot expire after the trust it comes from.');
      expires ??= parent.expires_at;
    }
    if (projectId) {
      const p = await ctx.db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst();
      if (!p) throw notFound(`Could not find project: ${projectId}.`);
      if (!b.roles || b.roles.length === 0) throw forbidden('At least one role should be specified.');
      const held = new Set(parent ? (JSON.parse(parent.roles) as string[]) : await expandImplied(ctx.db, await directRoleIds(ctx.db, auth.userId, 'project', projectId)));
      for (const sel of b.roles) {
        let q = ctx.db.selectFrom('roles').select('id');
        q = sel.id ? q.where('id', '=', sel.id) : q.where('name', '=', sel.name!).where('domain_id', 'is', null);
        const r = await q.executeTakeFirst();
        if (!r) throw notFound(`Could not find role: ${sel.id ?? sel.name}.`);
        if (!held.has(r.id)) throw forbidden(parent ? `Role ${sel.id ?? sel.name} is not delegated by trust ${parent.id}.` : `The trustor does not have role ${sel.id ?? sel.name} on project ${projectId}.`);
        if (!roleIds.includes(r.id)) roleIds.push(r.id);
      }
    } else if (b.roles && b.roles.length > 0) {
      throw badRequest('Roles can only be delegated on a project: project_id is missing.');
    }
    const row: TrustsTable = {
      id: newId(), trustor_user_id: auth.userId, trustee_user_id: b.trustee_user_id, project_id: projectId,
      impersonation: b.impersonation ? 1 : 0, expires_at: expires, remaining_uses: b.remaining_uses ?? null,
      ...redelegation(b.allow_redelegation === true, parent), roles: JSON.stringify(roleIds), created_at: nowIso(ctx),
    };
    await ctx.db.insertInto('trusts').values(row).execute();
    reply.code(201);
    return { trust: await fmt(row, true) };
  });

  type P = { Params: { trust_id: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/OS-TRUST/trusts/{trust_id}' }, async (req) => {
    return { trust: await fmt(await getTrust(req.auth!, req.params.trust_id), true) };
  });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-TRUST/trusts/{trust_id}' }, async (req, reply) => {
    const t = await getTrust(req.auth!, req.params.trust_id, true);
    await ctx.db.deleteFrom('trusts').where('id', '=', t.id).execute();
    return reply.code(204).send();
  });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/OS-TRUST/trusts/{trust_id}/roles' }, async (req) => {
    const t = await getTrust(req.auth!, req.params.trust_id);
    return { roles: await roleDocs(t), links: listLinks(ctx, `/OS-TRUST/trusts/${t.id}/roles`) };
  });
  type R = { Params: { trust_id: string; role_id: string } };
  const trustRole = async (auth: AuthContext, trustId: string, roleId: string): Promise<Record<string, unknown>> => {
    const t = await getTrust(auth, trustId);
    const r = (await roleDocs(t)).find((x) => x.id === roleId);
    if (!r) throw notFound(`Could not find role: ${roleId} in trust ${trustId}.`);
    return r;
  };
  defineRoute<R>(app, ctx, { service: 'identity', op: 'GET /v3/OS-TRUST/trusts/{trust_id}/roles/{role_id}' }, async (req) => {
    return { role: await trustRole(req.auth!, req.params.trust_id, req.params.role_id) };
  });
  defineRoute<R>(app, ctx, { service: 'identity', op: 'HEAD /v3/OS-TRUST/trusts/{trust_id}/roles/{role_id}' }, async (req, reply) => {
    await trustRole(req.auth!, req.params.trust_id, req.params.role_id);
    return reply.code(200).send();
  });
}
