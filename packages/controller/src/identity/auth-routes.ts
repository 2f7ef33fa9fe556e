/** Keystone version discovery, /v3/auth/tokens and /v3/auth/{catalog,projects,domains,system}. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { badRequest, forbidden, unauthorized } from '../errors.js';
import { defineRoute } from '../route.js';
import { queryTemplate } from '../db/templates.js';
import { fmtDomain, fmtProject, listLinks, v3Url, type IdSchemas } from './format.js';
import { clearFailedLogins, complianceOf, lockedOut, passwordExpired, recordFailedLogin } from './security-compliance.js';
import { directRoleIds, inheritedProjectIds, inheritedRoleIds, systemRoleIds } from './store.js';
import { USER_COLUMNS, type IssueRequest, type KnownRows } from './tokens.js';

/** The v3 version document. @see keystone api-ref "Version discovery" */
function v3Version(ctx: AppContext): Record<string, unknown> {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${v3Url(ctx)}/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
  };
}

interface DomainSel { id?: string; name?: string }
interface UserSel { id?: string; name?: string; domain?: DomainSel; password?: string }
/** True when a Keystone flag query parameter is present (`?nocatalog`, `?nocatalog=1`), unless it is explicitly false. */
export function flag(q: Record<string, unknown>, name: string): boolean {
  if (!(name in q)) return false;
  const v = q[name];
  return !(v === false || v === 'false' || v === '0');
}

async function findDomain(ctx: AppContext, sel: DomainSel | undefined): Promise<{ id: string; name: string; enabled: number } | undefined> {
  if (!sel) return undefined;
  let q = ctx.db.selectFrom('domains').select(['id', 'name', 'enabled']);
  q = sel.id ? q.where('id', '=', sel.id) : q.where('name', '=', sel.name ?? '');
  return q.executeTakeFirst();
}

type UserRow = NonNullable<KnownRows['user']> & { password_hash: string | null; default_project_id: string | null; failed_auth_count?: number; failed_auth_at?: string | null; options?: string };
type ProjectSel = { id?: string; name?: string; domain?: DomainSel };

type UserShape = 'id' | 'name+domain-id' | 'name+domain-name';
type ProjectShape = 'none' | UserShape;
interface LoginParams extends Record<string, unknown> {
  user: string;
  userDomain: string;
  project: string;
  projectDomain: string;
}

/**
 * The login query: the user (by id, or by name within an enabled domain given by id or name)
 * and, for a project-scoped login, the project (by id, or by name within a domain given by id
 * or name) and the user's role assignments on it, directly or through a group: one row per
 * assignment. A template: built and compiled once per shape (db/templates.ts).
 */
const loginQuery = queryTemplate('password login', (db, shape: `${UserShape}/${ProjectShape}`, p: LoginParams) => {
  const [us, ps] = shape.split('/') as [UserShape, ProjectShape];
  let q = db
    .selectFrom('users')
    .innerJoin('domains', 'domains.id', 'users.domain_id')
    .select([...USER_COLUMNS, 'users.password_hash', 'users.default_project_id', 'users.failed_auth_count', 'users.failed_auth_at', 'users.options'])
    .leftJoin('projects as p', (join) =>
      ps === 'none'
        ? join.on(sql<boolean>`1 = 0`)
        : ps === 'id'
          ? join.on('p.id', '=', p.project)
          : join.on('p.name', '=', p.project).on((eb) => eb('p.domain_id', 'in', eb.selectFrom('domains as sd').select('sd.id').where(ps === 'name+domain-id' ? 'sd.id' : 'sd.name', '=', p.projectDomain))),
    )
    .leftJoin('domains as pd', 'pd.id', 'p.domain_id')
    .leftJoin('role_assignments as ra', (join) =>
      join
        .onRef('ra.target_id', '=', 'p.id')
        .on('ra.target_type', '=', 'project')
        .on((eb) => eb.or([eb('ra.actor_id', '=', eb.ref('users.id')), eb('ra.actor_id', 'in', eb.selectFrom('group_users').select('group_users.group_id').whereRef('group_users.user_id', '=', 'users.id'))])),
    )
    .select(['p.id as p_id', 'p.name as p_name', 'p.enabled as p_enabled', 'p.domain_id as p_domain_id', 'pd.name as p_domain_name', 'pd.enabled as p_domain_enabled', 'ra.role_id']);
  q = us === 'id' ? q.where('users.id', '=', p.user) : q.where('users.name', '=', p.user).where('domains.enabled', '=', 1).where(us === 'name+domain-id' ? 'domains.id' : 'domains.name', '=', p.userDomain);
  return q;
});

/**
 * The user named by `sel`, with what a token context needs (one query for every password
 * login). With `project` (a project-scoped login, what nearly every client sends), the same
 * query also reads the project and the user's role assignments on it: `scoped` in the result.
 */
async function findUser(ctx: AppContext, sel: UserSel, project?: ProjectSel): Promise<{ user?: UserRow; scoped?: ScopedProject }> {
  const d = sel.domain;
  if (!sel.id && !d) return {};
  const pd = project?.domain;
  const us: UserShape = sel.id ? 'id' : d!.id ? 'name+domain-id' : 'name+domain-name';
  const ps: ProjectShape = !project ? 'none' : project.id ? 'id' : pd?.id ? 'name+domain-id' : 'name+domain-name';
  const rows = await loginQuery(ctx.db, `${us}/${ps}`, {
    user: (sel.id ?? sel.name) ?? '',
    userDomain: (d?.id ?? d?.name) ?? '',
    project: (project?.id ?? project?.name) ?? '',
    projectDomain: (pd?.id ?? pd?.name) ?? '',
  });
  const first = rows[0];
  if (!first) return {};
  const { p_id, p_name, p_enabled, p_domain_id, p_domain_name, p_domain_enabled, role_id: _r, ...user } = first;
  if (!project) return { user };
  const p = p_id ? { id: p_id, name: p_name!, enabled: p_enabled!, domain_id: p_domain_id!, domain_name: p_domain_name!, domain_enabled: p_domain_enabled! } : undefined;
  return { user, scoped: { project: p, roleIds: [...new Set(rows.flatMap((r) => (r.role_id ? [r.role_id] : [])))] } };
}

/** A project read with the user that asked to be scoped to it, and the user's roles on it. */
interface ScopedProject {
  project?: NonNullable<KnownRows['project']>;
  roleIds: string[];
}

/** Registers the auth routes. */
export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'identity', op: 'GET /' }, async (_req, reply) => {
    reply.code(300);
    return { versions: { values: [v3Version(ctx)] } };
  });
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3' }, async () => ({ version: v3Version(ctx) }));

  defineRoute<{ Body: IdSchemas['AuthTokenRequest']; Querystring: Record<string, unknown> }>(app, ctx, { service: 'identity', op: 'POST /v3/auth/tokens' }, async (req, reply) => {
    const { identity, scope } = req.body.auth;
    const method = identity.methods.find((m) => m === 'password' || m === 'token' || m === 'application_credential');
    if (!method) throw unauthorized('Unsupported authentication method.');
    const issue: IssueRequest = { userId: '', methods: [method] };
    const known: KnownRows = {};
    let defaultProject: string | null = null;
    let scoped: ScopedProject | undefined;
    if (method === 'password') {
      if (!identity.password) throw badRequest("Invalid input for field 'identity': 'password' is a required property");
      const sel = identity.password.user;
      const projectSel = scope && typeof scope === 'object' && !scope.system && scope.project && (scope.project.id || scope.project.domain) ? scope.project : undefined;
      const found = await findUser(ctx, sel, projectSel);
      const user = found.user;
      scoped = found.scoped;
      // Verify even for unknown or locked-out users: same timing, same answer (the 401 never
      // tells whether the user exists, is locked out or gave a wrong password).
      const ok = await ctx.verifiedSecrets.verify(sel.password ?? '', user?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
      if (!user) throw unauthorized();
      const sc = complianceOf(ctx);
      const now = ctx.now();
      if (lockedOut(sc, user, now)) throw unauthorized();
      if (!ok) {
        await recordFailedLogin(ctx.db, sc, user, now);
        throw unauthorized();
      }
      if (!user.enabled) throw unauthorized();
      if (passwordExpired(user, now)) throw unauthorized(`The password is expired and needs to be changed for user: ${user.id}.`);
      await clearFailedLogins(ctx.db, user);
      issue.userId = user.id;
      known.user = user;
      defaultProject = user.default_project_id;
    } else if (method === 'token') {
      if (!identity.token) throw badRequest("Invalid input for field 'identity': 'token' is a required property");
      // As Keystone: a revoked or unknown token is "not found" (404) here, not 401.
      const parent = await ctx.tokens.validate(identity.token.id, true);
      if (parent.applicationCredentialId) throw forbidden('Cannot rescope a token issued from an application credential.');
      if (parent.trust) throw forbidden('Cannot rescope a trust-scoped token.');
      issue.userId = parent.userId;
      issue.parentAuditIds = parent.auditIds;
      issue.notAfter = parent.expiresAt;
      issue.methods = [...new Set(['token', ...parent.methods])];
      if (scope === undefined && parent.projectId) issue.projectId = parent.projectId;
      if (scope === undefined && parent.domainId) issue.domainId = parent.domainId;
      if (scope === undefined && parent.system) issue.system = true;
    } else {
      const sel = identity.application_credential;
      if (!sel) throw badRequest("Invalid input for field 'identity': 'application_credential' is a required property");
      let q = ctx.db.selectFrom('application_credentials').selectAll();
      if (sel.id) q = q.where('id', '=', sel.id);
      else {
        const user = sel.user ? (await findUser(ctx, sel.user)).user : undefined;
        if (!user) throw unauthorized();
        q = q.where('name', '=', sel.name ?? '').where('user_id', '=', user.id);
      }
      const ac = await q.executeTakeFirst();
      const ok = await ctx.verifiedSecrets.verify(sel.secret, ac?.secret_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
      if (!ac || !ok) throw unauthorized();
      if (ac.expires_at && new Date(ac.expires_at).getTime() <= ctx.now().getTime()) throw unauthorized('The application credential has expired.');
      if (scope !== undefined) throw unauthorized('Application credentials cannot request a scope.');
      issue.userId = ac.user_id;
      issue.projectId = ac.project_id;
      issue.applicationCredentialId = ac.id;
      if (ac.expires_at) issue.notAfter = new Date(ac.expires_at);
    }
    let consumeTrust: { id: string; limited: boolean } | undefined;
    if (scope && typeof scope === 'object') {
      const trustSel = scope['OS-TRUST:trust'];
      if (trustSel) {
        // OS-TRUST: the trustee gets a token on the trust's project with the trust's roles, as
        // the trustor when the trust impersonates. Every refusal is the same 401 as an unknown trust.
        const t = await ctx.db.selectFrom('trusts').selectAll().where('id', '=', trustSel.id).executeTakeFirst();
        if (!t || (t.expires_at && Date.parse(t.expires_at) <= ctx.now().getTime()) || t.trustee_user_id !== issue.userId) throw unauthorized('Could not use that trust.');
        if (t.remaining_uses !== null && t.remaining_uses <= 0) throw unauthorized('Could not use that trust.');
        issue.userId = t.impersonation ? t.trustor_user_id : t.trustee_user_id;
        issue.projectId = t.project_id;
        issue.domainId = null;
        issue.trustId = t.id;
        consumeTrust = { id: t.id, limited: t.remaining_uses !== null };
        delete known.user; // the token's user may be the trustor
      } else if (scope.project) {
        const pd = scope.project.domain;
        if (!scope.project.id && !pd) throw unauthorized();
        // By id, or by name within a domain given by id or name, with the user's role assignments
        // on it (directly or through a group): read with the user by a password login, else by
        // the same query with the user's id (token rescope).
        if (!scoped) scoped = (await findUser(ctx, { id: issue.userId }, scope.project)).scoped ?? { roleIds: [] };
        const p = scoped.project;
        if (!p || !p.enabled) throw unauthorized();
        issue.projectId = p.id;
        known.project = p;
        known.projectRoleIds = [...new Set([...scoped.roleIds, ...(await inheritedRoleIds(ctx.db, issue.userId, p.id))])];
        issue.domainId = null;
      } else if (scope.domain) {
        const d = await findDomain(ctx, scope.domain);
        if (!d || !d.enabled) throw unauthorized();
        issue.domainId = d.id;
        issue.projectId = null;
      } else if (scope.system) {
        // The only system is "all" (Keystone); the user needs a role on it (checked below).
        if (scope.system.all !== true) throw badRequest("Invalid input for field 'scope/system': 'all' must be true.");
        issue.system = true;
        issue.projectId = null;
        issue.domainId = null;
      }
    } else if (scope === undefined && method === 'password' && defaultProject) {
      const p = await ctx.db.selectFrom('projects').select(['id', 'enabled']).where('id', '=', defaultProject).executeTakeFirst();
      if (p?.enabled && (await directRoleIds(ctx.db, issue.userId, 'project', p.id)).length > 0) issue.projectId = p.id;
    }
    const { token, payload } = ctx.tokens.issue(issue);
    const auth = await ctx.tokens.context(payload, { fresh: true, known });
    // A trust with remaining_uses: each token issued uses one (compare-and-set: concurrent
    // requests cannot both use the last one).
    if (auth && consumeTrust?.limited) {
      const r = await ctx.db.updateTable('trusts').set((eb) => ({ remaining_uses: eb('remaining_uses', '-', 1) })).where('id', '=', consumeTrust.id).where('remaining_uses', '>', 0).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw unauthorized('Could not use that trust.');
    }
    if (!auth) {
      if (issue.projectId) throw unauthorized(`User ${issue.userId} has no access to project ${issue.projectId}`);
      if (issue.domainId) throw unauthorized(`User ${issue.userId} has no access to domain ${issue.domainId}`);
      if (issue.system) throw unauthorized(`User ${issue.userId} has no access to the system`);
      throw unauthorized();
    }
    reply.code(201).header('X-Subject-Token', token);
    return ctx.tokens.body(auth, !flag(req.query, 'nocatalog'));
  });

  /** The subject token: admin or the token's own user may look at it. */
  const subject = async (req: FastifyRequest): Promise<{ auth: AuthContext; token: string }> => {
    const raw = req.headers['x-subject-token'];
    const token = Array.isArray(raw) ? raw[0] : raw;
    if (!token) throw badRequest('X-Subject-Token header is required.');
    const auth = await ctx.tokens.validate(token, true);
    const caller = req.auth!;
    if (!caller.isAdmin && caller.userId !== auth.userId) throw forbidden();
    return { auth, token };
  };
  defineRoute<{ Querystring: Record<string, unknown> }>(app, ctx, { service: 'identity', op: 'GET /v3/auth/tokens' }, async (req, reply) => {
    const { auth, token } = await subject(req);
    reply.header('X-Subject-Token', token);
    return ctx.tokens.body(auth, !flag(req.query, 'nocatalog'));
  });
  defineRoute(app, ctx, { service: 'identity', op: 'HEAD /v3/auth/tokens' }, async (req, reply) => {
    const { token } = await subject(req);
    return reply.code(200).header('X-Subject-Token', token).send();
  });
  defineRoute(app, ctx, { service: 'identity', op: 'DELETE /v3/auth/tokens' }, async (req, reply) => {
    const { auth } = await subject(req);
    await ctx.tokens.revoke(auth);
    return reply.code(204).send();
  });

  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/auth/catalog' }, async (req) => {
    const auth = req.auth!;
    if (!auth.projectId && !auth.domainId && !auth.system) throw forbidden('The authenticated token must be scoped to retrieve a catalog.');
    return { catalog: await ctx.tokens.catalog(auth.projectId), links: listLinks(ctx, '/auth/catalog') };
  });
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/auth/projects' }, async (req) => {
    const auth = req.auth!;
    const inherited = await inheritedProjectIds(ctx.db, auth.userId);
    const projects = await ctx.db
      .selectFrom('projects')
      .selectAll()
      .where('enabled', '=', 1)
      .where((eb) => eb.or([eb('id', 'in', assignedTargets(ctx.db, auth.userId, 'project')), ...(inherited.length ? [eb('id', 'in', inherited)] : [])]))
      .orderBy('name')
      .execute();
    return { projects: projects.map((p) => fmtProject(ctx, p)), links: listLinks(ctx, '/auth/projects') };
  });
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/auth/domains' }, async (req) => {
    const auth = req.auth!;
    const domains = await ctx.db
      .selectFrom('domains')
      .selectAll()
      .where('enabled', '=', 1)
      .where('id', 'in', assignedTargets(ctx.db, auth.userId, 'domain'))
      .orderBy('name')
      .execute();
    return { domains: domains.map((d) => fmtDomain(ctx, d)), links: listLinks(ctx, '/auth/domains') };
  });
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/auth/system' }, async (req) => ({
    system: (await systemRoleIds(ctx.db, req.auth!.userId)).length ? [{ all: true }] : [],
    links: listLinks(ctx, '/auth/system'),
  }));
}

/** Ids of the projects (or domains) where the user has a role, directly or through a group. */
function assignedTargets(db: Kysely<Database>, userId: string, targetType: 'project' | 'domain') {
  return db
    .selectFrom('role_assignments')
    .select('target_id')
    .where('target_type', '=', targetType)
    .where((w) =>
      w.or([
        w('actor_id', '=', userId),
        w('actor_id', 'in', w.selectFrom('group_users').select('group_id').where('user_id', '=', userId)),
      ]),
    );
}
