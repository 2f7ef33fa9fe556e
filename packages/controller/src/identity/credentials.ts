/**
 * Keystone credentials: /v3/credentials, and the OS-EC2 extension
 * (/v3/users/{user_id}/credentials/OS-EC2) over the credentials of type `ec2`.
 * As Keystone: an `ec2` credential's id is the SHA-256 (hex) of its access key, its blob a JSON
 * string `{access, secret, trust_id}`; admins see every credential, other users their own.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import type { CredentialsTable } from '../db/tables/identity.js';
import { isUniqueViolation, nowIso } from '../db/index.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listLinks, selfLink, type IdSchemas } from './format.js';
import { newId } from './store.js';

/** The credential type the OS-EC2 routes manage. */
const EC2 = 'ec2';

/** Keystone's credential id of an EC2 access key. */
const ec2CredentialId = (access: string): string => createHash('sha256').update(access).digest('hex');

/** The parsed blob of an `ec2` credential; 400 when it is not a JSON object with a string `access`. */
function parseEc2Blob(blob: string): { access: string; secret?: unknown; trust_id?: unknown } {
  let v: unknown;
  try {
    v = JSON.parse(blob);
  } catch {
    throw badRequest('Invalid blob in credential: an ec2 credential blob must be JSON.');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof (v as { access?: unknown }).access !== 'string' || (v as { access: string }).access === '') {
    throw badRequest('Invalid blob in credential: an ec2 credential blob needs a non-empty string "access".');
  }
  return v as { access: string };
}

/** /v3/credentials wire format (the blob as stored: a string). */
function fmtCredential(ctx: AppContext, c: CredentialsTable): Record<string, unknown> {
  return { id: c.id, user_id: c.user_id, project_id: c.project_id, type: c.type, blob: c.blob, links: selfLink(ctx, `/credentials/${c.id}`) };
}

/** OS-EC2 wire format. */
function fmtEc2(ctx: AppContext, c: CredentialsTable): Record<string, unknown> {
  const b = parseEc2Blob(c.blob);
  return {
    user_id: c.user_id,
    tenant_id: c.project_id,
    access: b.access,
    secret: typeof b.secret === 'string' ? b.secret : '',
    trust_id: typeof b.trust_id === 'string' ? b.trust_id : null,
    links: selfLink(ctx, `/users/${c.user_id}/credentials/OS-EC2/${b.access}`),
  };
}

/** 403 unless the token is an admin's or `userId`'s own. */
function assertOwnOrAdmin(auth: AuthContext, userId: string): void {
  if (!auth.isAdmin && auth.userId !== userId) throw forbidden('You are not authorized to perform the requested action: a credential of another user.');
}

/** Registers /v3/credentials and /v3/users/{user_id}/credentials/OS-EC2. */
export function registerCredentialRoutes(app: FastifyInstance, ctx: AppContext): void {
  const getCredential = async (id: string): Promise<CredentialsTable> => {
    const c = await ctx.db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw notFound(`Could not find credential: ${id}.`);
    return c;
  };
  const assertUser = async (userId: string): Promise<void> => {
    const u = await ctx.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!u) throw notFound(`Could not find user: ${userId}.`);
  };
  const assertProject = async (projectId: string): Promise<void> => {
    const p = await ctx.db.selectFrom('projects').select('id').where('id', '=', projectId).executeTakeFirst();
    if (!p) throw notFound(`Could not find project: ${projectId}.`);
  };
  const insert = async (row: CredentialsTable): Promise<void> => {
    try {
      await ctx.db.insertInto('credentials').values(row).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store credential - Duplicate entry found with ID ${row.id}.`);
      throw e;
    }
  };

  defineRoute<{ Querystring: { user_id?: string; type?: string } }>(
    app, ctx, { service: 'identity', op: 'GET /v3/credentials' }, async (req) => {
      const auth = req.auth!;
      let q = ctx.db.selectFrom('credentials').selectAll().orderBy('created_at').orderBy('id');
      if (!auth.isAdmin) q = q.where('user_id', '=', auth.userId);
      if (typeof req.query.user_id === 'string') q = q.where('user_id', '=', req.query.user_id);
      if (typeof req.query.type === 'string') q = q.where('type', '=', req.query.type);
      const rows = await q.execute();
      return { credentials: rows.map((c) => fmtCredential(ctx, c)), links: listLinks(ctx, '/credentials') };
    });

  defineRoute<{ Body: IdSchemas['CredentialCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/credentials' }, async (req, reply) => {
      const auth = req.auth!;
      const b = req.body.credential;
      assertOwnOrAdmin(auth, b.user_id);
      await assertUser(b.user_id);
      if (b.project_id) await assertProject(b.project_id);
      let id = newId();
      if (b.type === EC2) {
        if (!b.project_id) throw badRequest('Invalid credential: an ec2 credential needs a project_id.');
        id = ec2CredentialId(parseEc2Blob(b.blob).access);
      }
      const row: CredentialsTable = { id, user_id: b.user_id, project_id: b.project_id ?? null, type: b.type, blob: b.blob, created_at: nowIso(ctx) };
      await insert(row);
      reply.code(201);
      return { credential: fmtCredential(ctx, row) };
    });

  type P = { Params: { credential_id: string } };
  defineRoute<P>(app, ctx, { service: 'identity', op: 'GET /v3/credentials/{credential_id}' }, async (req) => {
    const c = await getCredential(req.params.credential_id);
    assertOwnOrAdmin(req.auth!, c.user_id);
    return { credential: fmtCredential(ctx, c) };
  });

  defineRoute<P & { Body: IdSchemas['CredentialUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/credentials/{credential_id}' }, async (req) => {
      const auth = req.auth!;
      const c = await getCredential(req.params.credential_id);
      assertOwnOrAdmin(auth, c.user_id);
      const b = req.body.credential;
      const next: CredentialsTable = {
        ...c,
        user_id: b.user_id ?? c.user_id,
        project_id: b.project_id === undefined ? c.project_id : b.project_id,
        type: b.type ?? c.type,
        blob: b.blob ?? c.blob,
      };
      if (next.user_id !== c.user_id) {
        assertOwnOrAdmin(auth, next.user_id);
        await assertUser(next.user_id);
      }
      if (next.project_id && next.project_id !== c.project_id) await assertProject(next.project_id);
      if (next.type === EC2) {
        if (!next.project_id) throw badRequest('Invalid credential: an ec2 credential needs a project_id.');
        parseEc2Blob(next.blob);
      }
      await ctx.db.updateTable('credentials')
        .set({ user_id: next.user_id, project_id: next.project_id, type: next.type, blob: next.blob })
        .where('id', '=', c.id).execute();
      return { credential: fmtCredential(ctx, next) };
    });

  defineRoute<P>(app, ctx, { service: 'identity', op: 'DELETE /v3/credentials/{credential_id}' }, async (req, reply) => {
    const c = await getCredential(req.params.credential_id);
    assertOwnOrAdmin(req.auth!, c.user_id);
    await ctx.db.deleteFrom('credentials').where('id', '=', c.id).execute();
    return reply.code(204).send();
  });

  // ---- OS-EC2 ----
  type U = { Params: { user_id: string } };
  const getEc2 = async (userId: string, access: string): Promise<CredentialsTable> => {
    const c = await ctx.db.selectFrom('credentials').selectAll()
      .where('id', '=', ec2CredentialId(access)).where('user_id', '=', userId).where('type', '=', EC2).executeTakeFirst();
    if (!c) throw notFound(`Could not find credential: ${access}.`);
    return c;
  };

  defineRoute<U>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/credentials/OS-EC2' }, async (req) => {
    await assertUser(req.params.user_id);
    const rows = await ctx.db.selectFrom('credentials').selectAll()
      .where('user_id', '=', req.params.user_id).where('type', '=', EC2).orderBy('created_at').orderBy('id').execute();
    return { credentials: rows.map((c) => fmtEc2(ctx, c)), links: listLinks(ctx, `/users/${req.params.user_id}/credentials/OS-EC2`) };
  });

  defineRoute<U & { Body: IdSchemas['Ec2CredentialCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/users/{user_id}/credentials/OS-EC2' }, async (req, reply) => {
      const userId = req.params.user_id;
      await assertUser(userId);
      await assertProject(req.body.tenant_id);
      const access = randomUUID().replace(/-/g, '');
      const blob = JSON.stringify({ access, secret: randomUUID().replace(/-/g, ''), trust_id: null });
      const row: CredentialsTable = { id: ec2CredentialId(access), user_id: userId, project_id: req.body.tenant_id, type: EC2, blob, created_at: nowIso(ctx) };
      await insert(row);
      reply.code(201);
      return { credential: fmtEc2(ctx, row) };
    });

  type A = { Params: { user_id: string; credential_id: string } };
  defineRoute<A>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/credentials/OS-EC2/{credential_id}' }, async (req) => {
    return { credential: fmtEc2(ctx, await getEc2(req.params.user_id, req.params.credential_id)) };
  });
  defineRoute<A>(app, ctx, { service: 'identity', op: 'DELETE /v3/users/{user_id}/credentials/OS-EC2/{credential_id}' }, async (req, reply) => {
    const c = await getEc2(req.params.user_id, req.params.credential_id);
    await ctx.db.deleteFrom('credentials').where('id', '=', c.id).execute();
    return reply.code(204).send();
  });
}
