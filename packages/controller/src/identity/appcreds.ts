/** Keystone application credentials. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { ApplicationCredentialsTable } from '../db/tables/identity.js';
import { isUniqueViolation, nowIso, withTransaction } from '../db/index.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { accessRulesOf, resolveAccessRules } from './access-rules.js';
import { fmtAppCred, listLinks, type IdSchemas } from './format.js';
import { hashSecret } from './passwords.js';
import { newId, parseExpiresAt, roleRefs } from './store.js';

/** Registers /v3/users/{user_id}/application_credentials. */
export function registerAppCredRoutes(app: FastifyInstance, ctx: AppContext): void {
  const rolesOf = (a: ApplicationCredentialsTable) => roleRefs(ctx.db, JSON.parse(a.roles) as string[]);
  const get = async (userId: string, id: string) => {
    const a = await ctx.db.selectFrom('application_credentials').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!a) throw notFound(`Could not find application credential: ${id}.`);
    return a;
  };

  defineRoute<{ Params: { user_id: string }; Querystring: { name?: string } }>(
    app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/application_credentials' }, async (req) => {
      let q = ctx.db.selectFrom('application_credentials').selectAll().where('user_id', '=', req.params.user_id).orderBy('name');
      if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
      const rows = await q.execute();
      const rules = await accessRulesOf(ctx.db, rows.map((a) => a.id));
      const out = [];
      for (const a of rows) out.push(fmtAppCred(ctx, a, await rolesOf(a), rules.get(a.id) ?? []));
      return { application_credentials: out, links: listLinks(ctx, `/users/${req.params.user_id}/application_credentials`) };
    });

  defineRoute<{ Params: { user_id: string }; Body: IdSchemas['ApplicationCredentialCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/users/{user_id}/application_credentials' }, async (req, reply) => {
      const auth = req.auth!;
      // Keystone: only the user themself, with a project-scoped token.
      if (req.params.user_id !== auth.userId) throw forbidden('Application credentials can only be created by their own user.');
      if (!auth.projectId) throw badRequest('A project-scoped token is required to create an application credential.');
      if (auth.trust) throw forbidden('Application credentials cannot be created with a trust-scoped token.');
      if (auth.applicationCredentialId) {
        const parent = await ctx.db.selectFrom('application_credentials').select('unrestricted').where('id', '=', auth.applicationCredentialId).executeTakeFirst();
        if (!parent?.unrestricted) throw forbidden('A restricted application credential cannot create application credentials.');
      }
      const b = req.body.application_credential;
      let roleIds: string[];
      if (b.roles && b.roles.length > 0) {
        roleIds = [];
        for (const sel of b.roles) {
          const r = auth.roles.find((x) => (sel.id ? x.id === sel.id : x.name === sel.name));
          if (!r) throw badRequest(`The role ${sel.id ?? sel.name} is not one of the token's roles on project ${auth.projectId}.`);
          roleIds.push(r.id);
        }
      } else {
        roleIds = auth.roles.map((r) => r.id);
      }
      const expires = b.expires_at ? parseExpiresAt(b.expires_at, ctx.now()) : null;
      const secret = b.secret ?? randomBytes(64).toString('base64url');
      const row: ApplicationCredentialsTable = {
        id: newId(), name: b.name, user_id: auth.userId, project_id: auth.projectId, secret_hash: await hashSecret(secret),
        description: b.description ?? null, expires_at: expires, unrestricted: b.unrestricted ? 1 : 0, roles: JSON.stringify([...new Set(roleIds)]), created_at: nowIso(ctx),
      };
      const rules = await withTransaction(ctx.db, async (trx) => {
        try {
          await trx.insertInto('application_credentials').values(row).execute();
        } catch (e) {
          if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store application_credential - Duplicate entry found with name ${b.name}.`);
          throw e;
        }
        const found = await resolveAccessRules(trx, auth.userId, b.access_rules ?? []);
        for (const r of found) await trx.insertInto('application_credential_access_rules').values({ application_credential_id: row.id, access_rule_id: r.id }).execute();
        return found;
      });
      reply.code(201);
      return { application_credential: fmtAppCred(ctx, row, await rolesOf(row), rules, secret) };
    });

  type P = { Params: { user_id: string; application_credential_id: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/application_credentials/{application_credential_id}' }, async (req) => {
    const a = await get(req.params.user_id, req.params.application_credential_id);
    return { application_credential: fmtAppCred(ctx, a, await rolesOf(a), (await accessRulesOf(ctx.db, [a.id])).get(a.id) ?? []) };
  });
  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/users/{user_id}/application_credentials/{application_credential_id}' }, async (req, reply) => {
    const a = await get(req.params.user_id, req.params.application_credential_id);
    // Tokens issued from it stop validating: the token check looks the credential up.
    await ctx.db.deleteFrom('application_credentials').where('id', '=', a.id).execute();
    return reply.code(204).send();
  });
}
