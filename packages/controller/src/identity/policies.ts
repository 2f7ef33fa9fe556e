/**
 * Keystone's stored policy blobs (/v3/policies, api-ref "Policies": kept for other services to
 * fetch, not enforced; oscloud's own policy is policy/table.ts) and the OS-OAUTH1 extension's
 * consumers (/v3/OS-OAUTH1/consumers, api-ref "OS-OAUTH1"): a consumer's secret is shown once, at
 * creation, and stored hashed.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { IdentityPoliciesTable, OauthConsumersTable } from '../db/tables/identity.js';
import { nowIso } from '../db/index.js';
import { notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listLinks, selfLink, type IdSchemas } from './format.js';
import { hashSecret } from './passwords.js';
import { newId } from './store.js';

function fmtPolicy(ctx: AppContext, p: IdentityPoliciesTable): Record<string, unknown> {
  return { id: p.id, type: p.type, blob: p.blob, project_id: p.project_id, user_id: p.user_id, links: selfLink(ctx, `/policies/${p.id}`) };
}

function fmtConsumer(ctx: AppContext, c: OauthConsumersTable, secret?: string): Record<string, unknown> {
  return { id: c.id, description: c.description, ...(secret !== undefined ? { secret } : {}), links: selfLink(ctx, `/OS-OAUTH1/consumers/${c.id}`) };
}

/** Registers /v3/policies and /v3/OS-OAUTH1/consumers. */
export function registerPolicyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const getPolicy = async (id: string): Promise<IdentityPoliciesTable> => {
    const p = await ctx.db.selectFrom('identity_policies').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound(`Could not find policy: ${id}.`);
    return p;
  };
  defineRoute<{ Querystring: { type?: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/policies' }, async (req) => {
    let q = ctx.db.selectFrom('identity_policies').selectAll().orderBy('created_at').orderBy('id');
    if (typeof req.query.type === 'string') q = q.where('type', '=', req.query.type);
    return { policies: (await q.execute()).map((p) => fmtPolicy(ctx, p)), links: listLinks(ctx, '/policies') };
  });
  defineRoute<{ Body: IdSchemas['PolicyCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/policies' }, async (req, reply) => {
      const b = req.body.policy;
      const row: IdentityPoliciesTable = { id: newId(), type: b.type, blob: b.blob, project_id: b.project_id ?? null, user_id: b.user_id ?? null, created_at: nowIso(ctx) };
      await ctx.db.insertInto('identity_policies').values(row).execute();
      reply.code(201);
      return { policy: fmtPolicy(ctx, row) };
    });
  type PP = { Params: { policy_id: string } };
  defineRoute<PP>(app, ctx, { service: 'identity', op: 'GET /v3/policies/{policy_id}' }, async (req) => ({ policy: fmtPolicy(ctx, await getPolicy(req.params.policy_id)) }));
  defineRoute<PP & { Body: IdSchemas['PolicyUpdateRequest'] }>(app, ctx, { service: 'identity', op: 'PATCH /v3/policies/{policy_id}' }, async (req) => {
    const p = await getPolicy(req.params.policy_id);
    const upd = { type: req.body.policy.type ?? p.type, blob: req.body.policy.blob ?? p.blob };
    await ctx.db.updateTable('identity_policies').set(upd).where('id', '=', p.id).execute();
    return { policy: fmtPolicy(ctx, { ...p, ...upd }) };
  });
  defineRoute<PP>(app, ctx, { service: 'identity', op: 'DELETE /v3/policies/{policy_id}' }, async (req, reply) => {
    const p = await getPolicy(req.params.policy_id);
    await ctx.db.deleteFrom('identity_policies').where('id', '=', p.id).execute();
    return reply.code(204).send();
  });

  const getConsumer = async (id: string): Promise<OauthConsumersTable> => {
    const c = await ctx.db.selectFrom('oauth_consumers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw notFound(`Could not find consumer: ${id}.`);
    return c;
  };
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/OS-OAUTH1/consumers' }, async () => {
    const rows = await ctx.db.selectFrom('oauth_consumers').selectAll().orderBy('created_at').orderBy('id').execute();
    return { consumers: rows.map((c) => fmtConsumer(ctx, c)), links: listLinks(ctx, '/OS-OAUTH1/consumers') };
  });
  defineRoute<{ Body: IdSchemas['ConsumerCreateRequest'] }>(app, ctx, { service: 'identity', op: 'POST /v3/OS-OAUTH1/consumers' }, async (req, reply) => {
    const secret = randomBytes(24).toString('base64url');
    const row: OauthConsumersTable = { id: newId(), description: req.body.consumer.description ?? null, secret_hash: await hashSecret(secret), created_at: nowIso(ctx) };
    await ctx.db.insertInto('oauth_consumers').values(row).execute();
    reply.code(201);
    return { consumer: fmtConsumer(ctx, row, secret) };
  });
  type CP = { Params: { consumer_id: string } };
  defineRoute<CP>(app, ctx, { service: 'identity', op: 'GET /v3/OS-OAUTH1/consumers/{consumer_id}' }, async (req) => ({ consumer: fmtConsumer(ctx, await getConsumer(req.params.consumer_id)) }));
  defineRoute<CP & { Body: IdSchemas['ConsumerUpdateRequest'] }>(app, ctx, { service: 'identity', op: 'PATCH /v3/OS-OAUTH1/consumers/{consumer_id}' }, async (req) => {
    const c = await getConsumer(req.params.consumer_id);
    const description = req.body.consumer.description === undefined ? c.description : req.body.consumer.description;
    await ctx.db.updateTable('oauth_consumers').set({ description }).where('id', '=', c.id).execute();
    return { consumer: fmtConsumer(ctx, { ...c, description }) };
  });
  defineRoute<CP>(app, ctx, { service: 'identity', op: 'DELETE /v3/OS-OAUTH1/consumers/{consumer_id}' }, async (req, reply) => {
    const c = await getConsumer(req.params.consumer_id);
    await ctx.db.deleteFrom('oauth_consumers').where('id', '=', c.id).execute();
    return reply.code(204).send();
  });
}
