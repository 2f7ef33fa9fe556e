/** Keystone domains, projects, users (incl. password change) and groups. */
import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { isUniqueViolation, nowIso, withTransaction } from '../db/index.js';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../errors.js';
import type { DomainsTable } from '../db/tables/identity.js';
import { defineRoute } from '../route.js';
import { fmtDomain, fmtDomainProject, fmtGroup, fmtProject, fmtUser, listLinks, type IdSchemas } from './format.js';
import { hashSecret } from './passwords.js';
import { checkPasswordStrength, checkSelfServiceChange, clearFailedLogins, complianceOf, mergeUserOptions, passwordExpiry, rememberPassword } from './security-compliance.js';
import { inheritedProjectIds, newId } from './store.js';

/** The user attributes Keystone knows; any other one sent is kept as an extra attribute and returned as sent. */
const USER_FIELDS = new Set(['id', 'name', 'domain_id', 'enabled', 'password', 'default_project_id', 'description', 'email', 'options', 'federated', 'links', 'password_expires_at']);

/** The project attributes Keystone knows (the rest, as for users, are extra attributes). */
const PROJECT_FIELDS = new Set(['id', 'name', 'domain_id', 'description', 'enabled', 'is_domain', 'parent_id', 'tags', 'options', 'links']);

/** The extra attributes of a user (or, with `known`, another resource's) body merged over the stored ones (JSON). */
function mergeExtra(current: string | undefined, body: Record<string, unknown>, known = USER_FIELDS): string {
  const extra = JSON.parse(current ?? '{}') as Record<string, unknown>;
  for (const [k, v] of Object.entries(body)) if (!known.has(k)) extra[k] = v;
  return JSON.stringify(extra);
}

type Q = Record<string, unknown>;
/** Keystone's truthiness of a boolean query filter: `0` and `false` (any case) are false, any other value true. */
const bool = (v: unknown): number => (v === false || v === 0 || (typeof v === 'string' && ['0', 'false'].includes(v.toLowerCase())) ? 0 : 1);

/** The domain new resources go to: explicit, else the token's (project or domain) domain, else default. */
function defaultDomain(auth: AuthContext, explicit?: string): string {
  return explicit ?? auth.domainId ?? auth.projectDomainId ?? 'default';
}

/** 400 when the domain does not exist (404 for users, as Keystone answers there). */
async function requireDomain(ctx: AppContext, id: string, missing: (m: string) => Error = badRequest): Promise<void> {
  const d = await ctx.db.selectFrom('domains').select('id').where('id', '=', id).executeTakeFirst();
  if (!d) throw missing(`Could not find domain: ${id}.`);
}

/** Registers domains, projects, users and groups. */
export function registerResourceRoutes(app: FastifyInstance, ctx: AppContext): void {
  // ---- domains ----
  const getDomain = async (id: string) => {
    const d = await ctx.db.selectFrom('domains').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound(`Could not find domain: ${id}.`);
    return d;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/domains' }, async (req) => {
    let q = ctx.db.selectFrom('domains').selectAll().orderBy('name');
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    if (req.query.enabled !== undefined) q = q.where('enabled', '=', bool(req.query.enabled));
    return { domains: (await q.execute()).map((d) => fmtDomain(ctx, d)), links: listLinks(ctx, '/domains') };
  });
  defineRoute<{ Body: IdSchemas['DomainCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/domains' }, async (req, reply) => {
      const b = req.body.domain;
      const row = { id: b.explicit_domain_id ?? newId(), name: b.name, description: b.description ?? '', enabled: b.enabled === false ? 0 : 1, created_at: nowIso(ctx) };
      try {
        await ctx.db.insertInto('domains').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store domain - Duplicate entry found with name ${b.name}.`);
        throw e;
      }
      reply.code(201);
      return { domain: fmtDomain(ctx, row) };
    });
  defineRoute<{ Params: { domain_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/domains/{domain_id}' }, async (req) => {
    const auth = req.auth!;
    const d = await getDomain(req.params.domain_id);
    if (!auth.isAdmin && auth.domainId !== d.id && auth.projectDomainId !== d.id && auth.userDomainId !== d.id) throw forbidden();
    return { domain: fmtDomain(ctx, d) };
  });
  /** Updates a domain (through the domains API, or the projects API on a project acting as a domain). */
  const updateDomain = async (d: DomainsTable, b: { name?: string; description?: string | null; enabled?: boolean }): Promise<DomainsTable> => {
    const upd = { name: b.name ?? d.name, description: b.description === undefined ? d.description : (b.description ?? ''), enabled: b.enabled === undefined ? d.enabled : b.enabled ? 1 : 0 };
    try {
      await ctx.db.updateTable('domains').set(upd).where('id', '=', d.id).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store domain - Duplicate entry found with name ${upd.name}.`);
      throw e;
    }
    return { ...d, ...upd };
  };
  defineRoute<{ Params: { domain_id: string }; Body: IdSchemas['DomainUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/domains/{domain_id}' }, async (req) => ({
      domain: fmtDomain(ctx, await updateDomain(await getDomain(req.params.domain_id), req.body.domain)),
    }));
  defineRoute<{ Params: { domain_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/domains/{domain_id}' }, async (req, reply) => {
    await deleteDomain(await getDomain(req.params.domain_id));
    return reply.code(204).send();
  });
  /** Deletes a disabled domain and everything in it. */
  const deleteDomain = async (d: DomainsTable): Promise<void> => {
    if (d.enabled) throw forbidden('Cannot delete a domain that is enabled, please disable it first.');
    if (d.id === 'default') throw forbidden('The default domain cannot be deleted.');
    await withTransaction(ctx.db, async (trx) => {
      const projects = (await trx.selectFrom('projects').select('id').where('domain_id', '=', d.id).execute()).map((p) => p.id);
      const users = (await trx.selectFrom('users').select('id').where('domain_id', '=', d.id).execute()).map((u) => u.id);
      const groups = (await trx.selectFrom('groups').select('id').where('domain_id', '=', d.id).execute()).map((g) => g.id);
      if (projects.length) await trx.deleteFrom('role_assignments').where('target_type', '=', 'project').where('target_id', 'in', projects).execute();
      if (projects.length) await trx.deleteFrom('inherited_role_assignments').where('target_type', '=', 'project').where('target_id', 'in', projects).execute();
      if (projects.length) await trx.deleteFrom('project_endpoints').where('project_id', 'in', projects).execute();
      if (projects.length) await trx.deleteFrom('project_endpoint_groups').where('project_id', 'in', projects).execute();
      const actors = [...users, ...groups];
      if (actors.length) await trx.deleteFrom('role_assignments').where('actor_id', 'in', actors).execute();
      if (actors.length) await trx.deleteFrom('system_role_assignments').where('actor_id', 'in', actors).execute();
      if (actors.length) await trx.deleteFrom('inherited_role_assignments').where('actor_id', 'in', actors).execute();
      if (users.length) await trx.deleteFrom('application_credentials').where('user_id', 'in', users).execute();
      if (users.length) await trx.deleteFrom('credentials').where('user_id', 'in', users).execute();
      if (users.length) await trx.deleteFrom('trusts').where((eb) => eb.or([eb('trustor_user_id', 'in', users), eb('trustee_user_id', 'in', users)])).execute();
      if (users.length) await trx.deleteFrom('access_rules').where('user_id', 'in', users).execute();
      if (users.length) await trx.deleteFrom('password_history').where('user_id', 'in', users).execute();
      await trx.deleteFrom('domain_configs').where('domain_id', '=', d.id).execute();
      await trx.deleteFrom('role_assignments').where('target_type', '=', 'domain').where('target_id', '=', d.id).execute();
      await trx.deleteFrom('inherited_role_assignments').where('target_type', '=', 'domain').where('target_id', '=', d.id).execute();
      await trx.deleteFrom('groups').where('domain_id', '=', d.id).execute();
      await trx.deleteFrom('users').where('domain_id', '=', d.id).execute();
      await trx.deleteFrom('projects').where('domain_id', '=', d.id).execute();
      await trx.deleteFrom('domains').where('id', '=', d.id).execute();
    });
  };

  // ---- projects ----
  const getProject = async (id: string) => {
    const p = await ctx.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound(`Could not find project: ${id}.`);
    return p;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/projects' }, async (req) => {
    const qp = req.query;
    let q = ctx.db.selectFrom('projects').selectAll().orderBy('name');
    if (typeof qp.name === 'string') q = q.where('name', '=', qp.name);
    if (typeof qp.domain_id === 'string') q = q.where('domain_id', '=', qp.domain_id);
    if (qp.enabled !== undefined) q = q.where('enabled', '=', bool(qp.enabled));
    if (typeof qp.parent_id === 'string') q = q.where((eb) => eb.or([eb('parent_id', '=', qp.parent_id as string), eb.and([eb('parent_id', 'is', null), eb('domain_id', '=', qp.parent_id as string)])]));
    if (qp.is_domain !== undefined && bool(qp.is_domain)) {
      // Projects acting as domains: the domains (none has a parent or an owning domain).
      if (typeof qp.domain_id === 'string' || typeof qp.parent_id === 'string') return { projects: [], links: listLinks(ctx, '/projects') };
      let dq = ctx.db.selectFrom('domains').selectAll().orderBy('name');
      if (typeof qp.name === 'string') dq = dq.where('name', '=', qp.name);
      if (qp.enabled !== undefined) dq = dq.where('enabled', '=', bool(qp.enabled));
      return { projects: (await dq.execute()).map((d) => fmtDomainProject(ctx, d)), links: listLinks(ctx, '/projects') };
    }
    return { projects: (await q.execute()).map((p) => fmtProject(ctx, p)), links: listLinks(ctx, '/projects') };
  });
  defineRoute<{ Body: IdSchemas['ProjectCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/projects' }, async (req, reply) => {
      const b = req.body.project;
      if (b.is_domain) {
        // A project acting as a domain is a domain (Keystone: a root project, in no domain).
        if (b.parent_id) throw badRequest('Only root projects are allowed to act as domains.');
        if (b.domain_id) throw badRequest('A project acting as a domain cannot be in a domain: domain_id must be null.');
        const row: DomainsTable = { id: newId(), name: b.name, description: b.description ?? '', enabled: b.enabled === false ? 0 : 1, created_at: nowIso(ctx) };
        try {
          await ctx.db.insertInto('domains').values(row).execute();
        } catch (e) {
          if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store project - Duplicate entry found with name ${b.name} (a domain).`);
          throw e;
        }
        reply.code(201);
        return { project: fmtDomainProject(ctx, row) };
      }
      // Keystone: a null domain_id means the default one, as when it is absent.
      let domainId = defaultDomain(req.auth!, b.domain_id ?? undefined);
      let parentId: string | null = null;
      if (b.parent_id && b.parent_id !== domainId) {
        const parent = await ctx.db.selectFrom('projects').select(['id', 'domain_id']).where('id', '=', b.parent_id).executeTakeFirst();
        if (!parent) throw badRequest(`Could not find project: ${b.parent_id}.`);
        if (b.domain_id && parent.domain_id !== b.domain_id) throw badRequest('The project must be in the same domain as its parent.');
        domainId = parent.domain_id;
        parentId = parent.id;
      }
      await requireDomain(ctx, domainId);
      const row = { id: newId(), name: b.name, domain_id: domainId, description: b.description ?? '', enabled: b.enabled === false ? 0 : 1, parent_id: parentId, tags: JSON.stringify(b.tags ?? []), created_at: nowIso(ctx), extra: mergeExtra(undefined, b, PROJECT_FIELDS) };
      try {
        await ctx.db.insertInto('projects').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store project - Duplicate entry found with name ${b.name} at domain ID ${domainId}.`);
        throw e;
      }
      reply.code(201);
      return { project: fmtProject(ctx, row) };
    });
  /** The domain a project id names when no project has it (the project acting as that domain). */
  const domainActingAs = async (id: string): Promise<DomainsTable | undefined> => {
    if (await ctx.db.selectFrom('projects').select('id').where('id', '=', id).executeTakeFirst()) return undefined;
    return ctx.db.selectFrom('domains').selectAll().where('id', '=', id).executeTakeFirst();
  };
  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/projects/{project_id}' }, async (req) => {
    const auth = req.auth!;
    const asDomain = await domainActingAs(req.params.project_id);
    if (asDomain) {
      if (!auth.isAdmin && auth.domainId !== asDomain.id) throw forbidden();
      return { project: fmtDomainProject(ctx, asDomain) };
    }
    if (!auth.isAdmin && auth.projectId !== req.params.project_id) {
      // Keystone: a user may show a project they have a role on.
      const has = await ctx.db.selectFrom('role_assignments').select('role_id').where('actor_id', '=', auth.userId).where('target_type', '=', 'project').where('target_id', '=', req.params.project_id).executeTakeFirst();
      if (!has) throw forbidden();
    }
    return { project: fmtProject(ctx, await getProject(req.params.project_id)) };
  });
  defineRoute<{ Params: { project_id: string }; Body: IdSchemas['ProjectUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/projects/{project_id}' }, async (req) => {
      const b = req.body.project;
      const asDomain = await domainActingAs(req.params.project_id);
      if (asDomain) {
        if (b.tags?.length) throw badRequest('A project acting as a domain has no tags.');
        return { project: fmtDomainProject(ctx, await updateDomain(asDomain, b)) };
      }
      const p = await getProject(req.params.project_id);
      const upd = {
        name: b.name ?? p.name,
        description: b.description === undefined ? p.description : (b.description ?? ''),
        enabled: b.enabled === undefined ? p.enabled : b.enabled ? 1 : 0,
        tags: b.tags ? JSON.stringify(b.tags) : p.tags,
        extra: mergeExtra(p.extra, b, PROJECT_FIELDS),
      };
      try {
        await ctx.db.updateTable('projects').set(upd).where('id', '=', p.id).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store project - Duplicate entry found with name ${upd.name} at domain ID ${p.domain_id}.`);
        throw e;
      }
      if (p.enabled && !upd.enabled) await ctx.tokens.revokeProject(p.id);
      return { project: fmtProject(ctx, { ...p, ...upd }) };
    });
  defineRoute<{ Params: { project_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/projects/{project_id}' }, async (req, reply) => {
    const asDomain = await domainActingAs(req.params.project_id);
    if (asDomain) {
      await deleteDomain(asDomain);
      return reply.code(204).send();
    }
    const p = await getProject(req.params.project_id);
    const child = await ctx.db.selectFrom('projects').select('id').where('parent_id', '=', p.id).executeTakeFirst();
    if (child) throw forbidden(`Cannot delete project ${p.id}: it has child projects.`);
    await withTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom('role_assignments').where('target_type', '=', 'project').where('target_id', '=', p.id).execute();
      await trx.deleteFrom('inherited_role_assignments').where('target_type', '=', 'project').where('target_id', '=', p.id).execute();
      await trx.deleteFrom('application_credentials').where('project_id', '=', p.id).execute();
      await trx.deleteFrom('credentials').where('project_id', '=', p.id).execute();
      await trx.deleteFrom('trusts').where('project_id', '=', p.id).execute();
      await trx.deleteFrom('project_endpoints').where('project_id', '=', p.id).execute();
      await trx.deleteFrom('project_endpoint_groups').where('project_id', '=', p.id).execute();
      await trx.deleteFrom('projects').where('id', '=', p.id).execute();
    });
    await ctx.tokens.revokeProject(p.id);
    return reply.code(204).send();
  });

  // ---- users ----
  const getUser = async (id: string) => {
    const u = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!u) throw notFound(`Could not find user: ${id}.`);
    return u;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/users' }, async (req) => {
    const qp = req.query;
    let q = ctx.db.selectFrom('users').selectAll().orderBy('name');
    if (typeof qp.name === 'string') q = q.where('name', '=', qp.name);
    if (typeof qp.domain_id === 'string') q = q.where('domain_id', '=', qp.domain_id);
    if (qp.enabled !== undefined) q = q.where('enabled', '=', bool(qp.enabled));
    return { users: (await q.execute()).map((u) => fmtUser(ctx, u)), links: listLinks(ctx, '/users') };
  });
  defineRoute<{ Body: IdSchemas['UserCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/users' }, async (req, reply) => {
      const b = req.body.user;
      const domainId = defaultDomain(req.auth!, b.domain_id);
      await requireDomain(ctx, domainId, notFound);
      const sc = complianceOf(ctx);
      if (b.password) checkPasswordStrength(sc, b.password);
      const now = nowIso(ctx);
      const options = mergeUserOptions(undefined, b.options);
      const row = {
        id: newId(), name: b.name, domain_id: domainId, enabled: b.enabled === false ? 0 : 1,
        password_hash: b.password ? await hashSecret(b.password) : null, password_changed_at: b.password ? now : null,
        password_expires_at: b.password ? passwordExpiry(sc, { options }, ctx.now(), true) : null,
        default_project_id: b.default_project_id ?? null, description: b.description ?? null, email: b.email ?? null, created_at: now,
        options, extra: mergeExtra(undefined, b), failed_auth_count: 0, failed_auth_at: null,
      };
      try {
        await ctx.db.insertInto('users').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store user - Duplicate entry found with name ${b.name} at domain ID ${domainId}.`);
        throw e;
      }
      reply.code(201);
      return { user: fmtUser(ctx, row) };
    });
  defineRoute<{ Params: { user_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}' }, async (req) => ({
    user: fmtUser(ctx, await getUser(req.params.user_id)),
  }));
  defineRoute<{ Params: { user_id: string }; Body: IdSchemas['UserUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/users/{user_id}' }, async (req) => {
      const u = await getUser(req.params.user_id);
      const b = req.body.user;
      const sc = complianceOf(ctx);
      if (b.password) checkPasswordStrength(sc, b.password);
      const options = mergeUserOptions(u.options, b.options);
      // An admin reset: the password history is not checked (Keystone), but the old one is remembered.
      if (b.password !== undefined) await rememberPassword(ctx.db, sc, u.id, u.password_hash, ctx.now());
      const upd = {
        options,
        extra: mergeExtra(u.extra, b),
        name: b.name ?? u.name,
        default_project_id: b.default_project_id === undefined ? u.default_project_id : b.default_project_id,
        description: b.description === undefined ? u.description : b.description,
        email: b.email ?? u.email,
        enabled: b.enabled === undefined ? u.enabled : b.enabled ? 1 : 0,
        password_hash: b.password === undefined ? u.password_hash : b.password ? await hashSecret(b.password) : null,
        password_changed_at: b.password === undefined ? u.password_changed_at : nowIso(ctx),
        password_expires_at: b.password === undefined ? u.password_expires_at : b.password ? passwordExpiry(sc, { options }, ctx.now(), true) : null,
        // A password reset or re-enabling by an admin ends a lockout.
        ...(b.password !== undefined || b.enabled === true ? { failed_auth_count: 0, failed_auth_at: null } : {}),
      };
      try {
        await ctx.db.updateTable('users').set(upd).where('id', '=', u.id).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store user - Duplicate entry found with name ${upd.name} at domain ID ${u.domain_id}.`);
        throw e;
      }
      if (b.password !== undefined || (u.enabled && !upd.enabled)) await ctx.tokens.revokeUser(u.id);
      return { user: fmtUser(ctx, { ...u, ...upd }) };
    });
  defineRoute<{ Params: { user_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/users/{user_id}' }, async (req, reply) => {
    const u = await getUser(req.params.user_id);
    await withTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom('role_assignments').where('actor_id', '=', u.id).execute();
      await trx.deleteFrom('system_role_assignments').where('actor_id', '=', u.id).execute();
      await trx.deleteFrom('inherited_role_assignments').where('actor_id', '=', u.id).execute();
      await trx.deleteFrom('application_credentials').where('user_id', '=', u.id).execute();
      await trx.deleteFrom('credentials').where('user_id', '=', u.id).execute();
      await trx.deleteFrom('trusts').where((eb) => eb.or([eb('trustor_user_id', '=', u.id), eb('trustee_user_id', '=', u.id)])).execute();
      await trx.deleteFrom('group_users').where('user_id', '=', u.id).execute();
      await trx.deleteFrom('access_rules').where('user_id', '=', u.id).execute();
      await trx.deleteFrom('password_history').where('user_id', '=', u.id).execute();
      await trx.deleteFrom('users').where('id', '=', u.id).execute();
    });
    await ctx.tokens.revokeUser(u.id);
    return reply.code(204).send();
  });
  defineRoute<{ Params: { user_id: string }; Body: IdSchemas['UserPasswordChangeRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/users/{user_id}/password' }, async (req, reply) => {
      const u = await getUser(req.params.user_id);
      if (!(await ctx.verifiedSecrets.verify(req.body.user.original_password, u.password_hash))) throw unauthorized('The original password is incorrect.');
      const sc = complianceOf(ctx);
      const now = ctx.now();
      await checkSelfServiceChange(ctx.db, sc, u, req.body.user.password, now);
      const hash = await hashSecret(req.body.user.password);
      await withTransaction(ctx.db, async (trx) => {
        await rememberPassword(trx, sc, u.id, u.password_hash, now);
        await trx.updateTable('users').set({ password_hash: hash, password_changed_at: now.toISOString(), password_expires_at: passwordExpiry(sc, u, now, false) }).where('id', '=', u.id).execute();
      });
      await clearFailedLogins(ctx.db, u);
      await ctx.tokens.revokeUser(u.id);
      return reply.code(204).send();
    });
  defineRoute<{ Params: { user_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/projects' }, async (req) => {
    const u = await getUser(req.params.user_id);
    const inherited = await inheritedProjectIds(ctx.db, u.id);
    const projects = await ctx.db
      .selectFrom('projects')
      .selectAll()
      .where((eb) => eb.or([
        eb('id', 'in', eb.selectFrom('role_assignments').select('target_id').where('target_type', '=', 'project')
          .where((w) => w.or([w('actor_id', '=', u.id), w('actor_id', 'in', w.selectFrom('group_users').select('group_id').where('user_id', '=', u.id))]))),
        ...(inherited.length ? [eb('id', 'in', inherited)] : []),
      ]))
      .orderBy('name')
      .execute();
    return { projects: projects.map((p) => fmtProject(ctx, p)), links: listLinks(ctx, `/users/${u.id}/projects`) };
  });

  // ---- groups ----
  const getGroup = async (id: string) => {
    const g = await ctx.db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
    if (!g) throw notFound(`Could not find group: ${id}.`);
    return g;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/groups' }, async (req) => {
    let q = ctx.db.selectFrom('groups').selectAll().orderBy('name');
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    if (typeof req.query.domain_id === 'string') q = q.where('domain_id', '=', req.query.domain_id);
    return { groups: (await q.execute()).map((g) => fmtGroup(ctx, g)), links: listLinks(ctx, '/groups') };
  });
  defineRoute<{ Body: IdSchemas['GroupCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/groups' }, async (req, reply) => {
      const b = req.body.group;
      const domainId = defaultDomain(req.auth!, b.domain_id);
      await requireDomain(ctx, domainId);
      const row = { id: newId(), name: b.name, domain_id: domainId, description: b.description ?? '', created_at: nowIso(ctx) };
      try {
        await ctx.db.insertInto('groups').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store group - Duplicate entry found with name ${b.name} at domain ID ${domainId}.`);
        throw e;
      }
      reply.code(201);
      return { group: fmtGroup(ctx, row) };
    });
  defineRoute<{ Params: { group_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/groups/{group_id}' }, async (req) => ({
    group: fmtGroup(ctx, await getGroup(req.params.group_id)),
  }));
  defineRoute<{ Params: { group_id: string }; Body: IdSchemas['GroupUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/groups/{group_id}' }, async (req) => {
      const g = await getGroup(req.params.group_id);
      const b = req.body.group;
      const upd = { name: b.name ?? g.name, description: b.description === undefined ? g.description : (b.description ?? '') };
      try {
        await ctx.db.updateTable('groups').set(upd).where('id', '=', g.id).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store group - Duplicate entry found with name ${upd.name} at domain ID ${g.domain_id}.`);
        throw e;
      }
      return { group: fmtGroup(ctx, { ...g, ...upd }) };
    });
  defineRoute<{ Params: { group_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/groups/{group_id}' }, async (req, reply) => {
    const g = await getGroup(req.params.group_id);
    await withTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom('role_assignments').where('actor_id', '=', g.id).execute();
      await trx.deleteFrom('system_role_assignments').where('actor_id', '=', g.id).execute();
      await trx.deleteFrom('inherited_role_assignments').where('actor_id', '=', g.id).execute();
      await trx.deleteFrom('group_users').where('group_id', '=', g.id).execute();
      await trx.deleteFrom('groups').where('id', '=', g.id).execute();
    });
    // Roles are computed when a token is validated: members lose the group's roles at once.
    return reply.code(204).send();
  });
  defineRoute<{ Params: { user_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/users/{user_id}/groups' }, async (req) => {
    const u = await getUser(req.params.user_id);
    const groups = await ctx.db.selectFrom('groups').selectAll().where('id', 'in', (eb) => eb.selectFrom('group_users').select('group_id').where('user_id', '=', u.id)).orderBy('name').execute();
    return { groups: groups.map((g) => fmtGroup(ctx, g)), links: listLinks(ctx, `/users/${u.id}/groups`) };
  });
  defineRoute<{ Params: { group_id: string }; Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/groups/{group_id}/users' }, async (req) => {
    const g = await getGroup(req.params.group_id);
    let q = ctx.db.selectFrom('users').selectAll().where('id', 'in', (eb) => eb.selectFrom('group_users').select('user_id').where('group_id', '=', g.id)).orderBy('name');
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    if (req.query.enabled !== undefined) q = q.where('enabled', '=', bool(req.query.enabled));
    return { users: (await q.execute()).map((u) => fmtUser(ctx, u)), links: listLinks(ctx, `/groups/${g.id}/users`) };
  });
  const membership = async (groupId: string, userId: string) => {
    await getGroup(groupId);
    await getUser(userId);
    return ctx.db.selectFrom('group_users').select('user_id').where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  };
  defineRoute<{ Params: { group_id: string; user_id: string } }>(app, ctx, { service: 'identity', op: 'PUT /v3/groups/{group_id}/users/{user_id}' }, async (req, reply) => {
    if (!(await membership(req.params.group_id, req.params.user_id))) {
      await ctx.db.insertInto('group_users').values({ group_id: req.params.group_id, user_id: req.params.user_id }).execute();
    }
    return reply.code(204).send();
  });
  defineRoute<{ Params: { group_id: string; user_id: string } }>(app, ctx, { service: 'identity', op: 'HEAD /v3/groups/{group_id}/users/{user_id}' }, async (req, reply) => {
    if (!(await membership(req.params.group_id, req.params.user_id))) throw notFound(`User ${req.params.user_id} is not a member of group ${req.params.group_id}.`);
    return reply.code(204).send();
  });
  defineRoute<{ Params: { group_id: string; user_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/groups/{group_id}/users/{user_id}' }, async (req, reply) => {
    if (!(await membership(req.params.group_id, req.params.user_id))) throw notFound(`User ${req.params.user_id} is not a member of group ${req.params.group_id}.`);
    await ctx.db.deleteFrom('group_users').where('group_id', '=', req.params.group_id).where('user_id', '=', req.params.user_id).execute();
    return reply.code(204).send();
  });
}
