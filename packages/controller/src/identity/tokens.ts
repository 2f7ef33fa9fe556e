/**
 * Tokens: an authenticated-encryption (AES-256-GCM) envelope around a small JSON payload, keyed
 * by the rotating key repository (keys.ts). Nothing is stored per token; revocation is by
 * revocation events (audit id, or user/project + issued-before).
 */
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { AuthContext } from '../auth.js';
import type { Db, Trx } from '../db/index.js';
import type { TrustsTable } from '../db/tables/identity.js';
import { notFound, unauthorized } from '../errors.js';
import { accessRulesOf } from './access-rules.js';
import type { KeyRepository } from './keys.js';
import { buildCatalog, directRoleIds, expandWith, ksTime, loadRoleGraph, refsWith, systemRoleIds, type CatalogEntry, type RoleGraph } from './store.js';

const VERSION = 0x01;

/** What a token carries. */
export interface TokenPayload {
  /** user id */
  u: string;
  /** methods */
  m: string[];
  /** project scope */
  p?: string;
  /** domain scope */
  d?: string;
  /** issued at, ms */
  iat: number;
  /** expires at, ms */
  exp: number;
  /** audit ids: [own, parent?] */
  a: string[];
  /** application credential id */
  c?: string;
  /** trust id (a trust-scoped token) */
  t?: string;
  /** system scope (`{system: {all: true}}`) */
  s?: 1;
}

/** What to issue. */
export interface IssueRequest {
  userId: string;
  methods: string[];
  projectId?: string | null;
  domainId?: string | null;
  /** A system-scoped token (`{system: {all: true}}`); excludes project and domain scope. */
  system?: boolean;
  applicationCredentialId?: string | null;
  /** A trust-scoped token: the trust (userId is then the trustee, or the trustor with impersonation). */
  trustId?: string | null;
  /** Audit id chain of the token this one was issued from (token method). */
  parentAuditIds?: string[];
  /** Cap the expiry (a token from a token never outlives it; an app credential's expiry). */
  notAfter?: Date | null;
}

const auditId = (): string => randomBytes(16).toString('base64url');

const VALIDATION_CACHE_MAX = 10_000;

/** The user columns a context needs (users joined with domains). */
export const USER_COLUMNS = ['users.id', 'users.name', 'users.enabled', 'users.domain_id', 'domains.name as domain_name', 'domains.enabled as domain_enabled', 'users.password_expires_at'] as const;

/**
 * Rows the caller has just read (the user with USER_COLUMNS, the project) and the user's role
 * assignments on the project (token issue reads them to authenticate and scope): context()
 * uses them instead of reading them again.
 */
export interface KnownRows {
  user?: { id: string; name: string; enabled: number; domain_id: string; domain_name: string; domain_enabled: number; password_expires_at?: string | null };
  project?: { id: string; name: string; enabled: number; domain_id: string; domain_name: string; domain_enabled: number };
  /** The ids of the roles assigned to the user (directly or through a group) on `project`. */
  projectRoleIds?: string[];
}

/**
 * Issues, decodes and validates tokens.
 *
 * Validation costs about ten queries (revocation events, user, project, role assignments and
 * implied roles...) and every API request validates a token, so validated contexts are kept for
 * `validationCacheSeconds` (like keystonemiddleware's token cache, whose default is 300 s; ours
 * is short). This controller's own identity writes (revocations, role, user, project and
 * application credential changes: see invalidateCache) clear the cache at once; writes made
 * through another controller sharing the database take effect here within that time.
 */
export class TokenService {
  private readonly validated = new Map<string, { ctx: AuthContext; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly keys: KeyRepository,
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
    private readonly validationCacheSeconds = 0,
  ) {}

  /** Forgets every validated token (called after any identity write on this controller). */
  invalidateCache(): void {
    this.generation++;
    this.validated.clear();
    this.roleGraphP = null;
    this.catalogs.clear();
  }

  // The role graph and the catalog change only through identity writes: kept, like validated
  // tokens, for validationCacheSeconds and dropped by invalidateCache().
  private sharedUntil = 0;
  private roleGraphP: Promise<RoleGraph> | null = null;
  private readonly catalogs = new Map<string, Promise<CatalogEntry[]>>();

  private sharedCaching(): boolean {
    if (this.validationCacheSeconds <= 0) return false;
    const now = this.now().getTime();
    if (now >= this.sharedUntil) {
      this.roleGraphP = null;
      this.catalogs.clear();
      this.sharedUntil = now + this.validationCacheSeconds * 1000;
    }
    return true;
  }

  private roleGraph(): Promise<RoleGraph> {
    if (!this.sharedCaching()) return loadRoleGraph(this.db);
    if (!this.roleGraphP) {
      const p = loadRoleGraph(this.db);
      this.roleGraphP = p;
      p.catch(() => {
        if (this.roleGraphP === p) this.roleGraphP = null; // a failed read is not kept
      });
    }
    return this.roleGraphP;
  }

  /** The service catalog for a project (or none), as in tokens and GET /v3/auth/catalog. */
  catalog(projectId: string | null): Promise<CatalogEntry[]> {
    if (!this.sharedCaching()) return buildCatalog(this.db, projectId);
    const key = projectId ?? '';
    let p = this.catalogs.get(key);
    if (!p) {
      const loading = buildCatalog(this.db, projectId);
      this.catalogs.set(key, loading);
      if (this.catalogs.size > VALIDATION_CACHE_MAX) this.catalogs.delete(this.catalogs.keys().next().value as string);
      loading.catch(() => {
        if (this.catalogs.get(key) === loading) this.catalogs.delete(key);
      });
      p = loading;
    }
    return p;
  }

  /** Effective roles ({id, name}) of a user on a target, implied roles included, sorted by name. */
  private async effectiveRoles(userId: string, targetType: 'project' | 'domain' | 'system', targetId: string, known?: string[]): Promise<{ id: string; name: string }[]> {
    const direct = known ?? (targetType === 'system' ? await systemRoleIds(this.db, userId) : await directRoleIds(this.db, userId, targetType, targetId));
    if (direct.length === 0) return [];
    const graph = await this.roleGraph();
    return refsWith(graph, expandWith(graph, direct));
  }

  private generation = 0;

  /** Encrypts a payload with the primary key. */
  encode(payload: TokenPayload): string {
    const { key } = this.keys.primary();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from([VERSION]));
    const ct = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ct]).toString('base64url');
  }

  /** Decrypts with any key of the repository; null if no key authenticates it. */
  decode(token: string): TokenPayload | null {
    if (!/^[A-Za-z0-9_-]{40,4096}$/.test(token)) return null;
    const buf = Buffer.from(token, 'base64url');
    if (buf.length < 1 + 12 + 16 + 2 || buf[0] !== VERSION) return null;
    const iv = buf.subarray(1, 13);
    const tag = buf.subarray(13, 29);
    const ct = buf.subarray(29);
    const attempt = (): TokenPayload | null => {
      for (const { key } of this.keys.all()) {
        try {
          const d = createDecipheriv('aes-256-gcm', key, iv);
          d.setAAD(Buffer.from([VERSION]));
          d.setAuthTag(tag);
          const text = Buffer.concat([d.update(ct), d.final()]).toString('utf8');
          return JSON.parse(text) as TokenPayload;
        } catch {
          /* try the next key */
        }
      }
      return null;
    };
    const p = attempt();
    if (p) return p;
    // Another controller may have rotated the keys; a rate-limited check (junk tokens are free to send).
    return this.keys.refreshAfterMiss() ? attempt() : null;
  }

  /** Issues a token; returns it with its payload. */
  issue(req: IssueRequest): { token: string; payload: TokenPayload } {
    const now = this.now().getTime();
    let exp = now + this.ttlSeconds * 1000;
    if (req.notAfter && req.notAfter.getTime() < exp) exp = req.notAfter.getTime();
    const payload: TokenPayload = { u: req.userId, m: req.methods, iat: now, exp, a: [auditId(), ...(req.parentAuditIds ?? []).slice(0, 1)] };
    if (req.projectId) payload.p = req.projectId;
    else if (req.domainId) payload.d = req.domainId;
    else if (req.system) payload.s = 1;
    if (req.applicationCredentialId) payload.c = req.applicationCredentialId;
    if (req.trustId) payload.t = req.trustId;
    return { token: this.encode(payload), payload };
  }

  /**
   * Validates a token and builds the caller's context. `subject` = true gives Keystone's 404
   * "Could not find token" for an invalid X-Subject-Token instead of 401.
   */
  async validate(token: string, subject = false): Promise<AuthContext> {
    const fail = () => (subject ? notFound('Could not find token.') : unauthorized());
    const nowMs = this.now().getTime();
    const hit = this.validated.get(token);
    if (hit) {
      if (hit.until > nowMs && hit.ctx.expiresAt.getTime() > nowMs) return hit.ctx;
      this.validated.delete(token);
    }
    const p = this.decode(token);
    if (!p) throw fail();
    // A write on this controller while the queries below run must not be undone by caching
    // what they read before it: remember the cache generation and store only if unchanged.
    const generation = this.generation;
    const ctx = await this.context(p);
    if (!ctx) throw fail();
    if (this.validationCacheSeconds > 0 && generation === this.generation) {
      this.validated.set(token, { ctx, until: nowMs + this.validationCacheSeconds * 1000 });
      if (this.validated.size > VALIDATION_CACHE_MAX) this.validated.delete(this.validated.keys().next().value as string);
    }
    return ctx;
  }

  /**
   * The context for a decoded payload, or null if expired, revoked or no longer valid.
   * `fresh`: the payload was issued just now (no revocation event can name it yet).
   */
  async context(p: TokenPayload, opts: { fresh?: boolean; known?: KnownRows } = {}): Promise<AuthContext | null> {
    const now = this.now().getTime();
    if (p.exp <= now) return null;
    const iatIso = new Date(p.iat).toISOString();
    const revoked = opts.fresh ? undefined : await this.db
      .selectFrom('revocation_events')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('audit_id', 'in', p.a),
          eb.and([eb('user_id', '=', p.u), eb('issued_before', '>=', iatIso)]),
          ...(p.p ? [eb.and([eb('project_id', '=', p.p), eb('issued_before', '>=', iatIso)])] : []),
        ]),
      )
      .limit(1)
      .executeTakeFirst();
    if (revoked) return null;
    const knownUser = opts.known?.user;
    const user =
      knownUser?.id === p.u
        ? knownUser
        : await this.db
            .selectFrom('users')
            .innerJoin('domains', 'domains.id', 'users.domain_id')
            .select(USER_COLUMNS)
            .where('users.id', '=', p.u)
            .executeTakeFirst();
    if (!user || !user.enabled || !user.domain_enabled) return null;
    // A trust-scoped token: the trust must still be live and name this user (the trustee, or the
    // trustor when impersonating), the other party must still be enabled, and the roles are the
    // trust's that the trustor still has on the trust's project.
    let trust: TrustsTable | undefined;
    let roleHolder = p.u;
    if (p.t) {
      trust = await this.db.selectFrom('trusts').selectAll().where('id', '=', p.t).executeTakeFirst();
      if (!trust || (trust.expires_at && Date.parse(trust.expires_at) <= now) || (trust.project_id ?? undefined) !== p.p) return null;
      if (p.u !== (trust.impersonation ? trust.trustor_user_id : trust.trustee_user_id)) return null;
      const otherId = p.u === trust.trustor_user_id ? trust.trustee_user_id : trust.trustor_user_id;
      const other = await this.db.selectFrom('users').innerJoin('domains', 'domains.id', 'users.domain_id').select(['users.enabled', 'domains.enabled as domain_enabled']).where('users.id', '=', otherId).executeTakeFirst();
      if (!other?.enabled || !other.domain_enabled) return null;
      // A redelegated trust holds only while every trust up its chain does; the roles are the
      // original trustor's.
      roleHolder = trust.trustor_user_id;
      for (let up = trust.redelegated_trust_id, depth = 0; up; depth++) {
        const parent = depth < 8 ? await this.db.selectFrom('trusts').select(['trustor_user_id', 'redelegated_trust_id', 'expires_at']).where('id', '=', up).executeTakeFirst() : undefined;
        if (!parent || (parent.expires_at && Date.parse(parent.expires_at) <= now)) return null;
        roleHolder = parent.trustor_user_id;
        up = parent.redelegated_trust_id;
      }
    }
    let roles: { id: string; name: string }[] = [];
    let project: { id: string; name: string; domain_id: string; domain_name: string } | undefined;
    let domain: { id: string; name: string } | undefined;
    if (p.p) {
      const known = opts.known?.project;
      project =
        known?.id === p.p
          ? known.enabled && known.domain_enabled
            ? known
            : undefined
          : await this.db
              .selectFrom('projects')
              .innerJoin('domains', 'domains.id', 'projects.domain_id')
              .select(['projects.id', 'projects.name', 'projects.domain_id', 'domains.name as domain_name'])
              .where('projects.id', '=', p.p)
              .where('projects.enabled', '=', 1)
              .where('domains.enabled', '=', 1)
              .executeTakeFirst();
      if (!project) return null;
      if (trust) {
        const graph = await this.roleGraph();
        const delegated = new Set(expandWith(graph, JSON.parse(trust.roles) as string[]));
        roles = (await this.effectiveRoles(roleHolder, 'project', p.p)).filter((r) => delegated.has(r.id));
      } else {
        roles = await this.effectiveRoles(p.u, 'project', p.p, known?.id === p.p ? opts.known?.projectRoleIds : undefined);
      }
    } else if (p.d) {
      domain = await this.db.selectFrom('domains').select(['id', 'name']).where('id', '=', p.d).where('enabled', '=', 1).executeTakeFirst();
      if (!domain) return null;
      roles = await this.effectiveRoles(p.u, 'domain', p.d);
    } else if (p.s) {
      roles = await this.effectiveRoles(p.u, 'system', 'all');
    }
    let accessRules: AuthContext['accessRules'];
    if (p.c) {
      const ac = await this.db.selectFrom('application_credentials').selectAll().where('id', '=', p.c).executeTakeFirst();
      if (!ac || ac.user_id !== p.u || (ac.expires_at && new Date(ac.expires_at).getTime() <= now)) return null;
      const graph = await this.roleGraph();
      const allowed = new Set(expandWith(graph, JSON.parse(ac.roles) as string[]));
      roles = refsWith(graph, roles.filter((r) => allowed.has(r.id)).map((r) => r.id));
      accessRules = (await accessRulesOf(this.db, [ac.id])).get(ac.id)?.map(({ service, path, method }) => ({ service, path, method }));
    }
    if ((p.p || p.d || p.s) && roles.length === 0) return null;
    const roleNames = new Set(roles.map((r) => r.name));
    return {
      userId: user.id,
      userName: user.name,
      userDomainId: user.domain_id,
      userDomainName: user.domain_name,
      projectId: project?.id ?? null,
      projectName: project?.name ?? null,
      projectDomainId: project?.domain_id ?? null,
      projectDomainName: project?.domain_name ?? null,
      domainId: domain?.id ?? null,
      domainName: domain?.name ?? null,
      ...(p.s && !p.p && !p.d ? { system: true as const } : {}),
      roles,
      roleNames,
      isAdmin: roleNames.has('admin'),
      methods: p.m,
      issuedAt: new Date(p.iat),
      expiresAt: new Date(p.exp),
      auditIds: p.a,
      applicationCredentialId: p.c ?? null,
      passwordExpiresAt: user.password_expires_at ?? null,
      ...(accessRules?.length ? { accessRules } : {}),
      ...(trust ? { trust: { id: trust.id, impersonation: !!trust.impersonation, trustorUserId: trust.trustor_user_id, trusteeUserId: trust.trustee_user_id } } : {}),
    };
  }

  /** Drops revocation events older than any token can be (they can no longer match). */
  private async prune(): Promise<void> {
    const horizon = new Date(this.now().getTime() - (this.ttlSeconds + 3600) * 1000).toISOString();
    await this.db.deleteFrom('revocation_events').where('issued_before', '<', horizon).execute();
  }

  /** Revokes one token (by its audit id) until it would have expired. */
  async revoke(auth: AuthContext): Promise<void> {
    this.invalidateCache();
    await this.prune();
    await this.db
      .insertInto('revocation_events')
      .values({ id: randomUUID(), audit_id: auth.auditIds[0] ?? null, user_id: null, project_id: null, issued_before: this.now().toISOString(), created_at: this.now().toISOString() })
      .execute();
  }

  /** Revokes every token of a user issued until now (password change, disable, delete); `db` may be the caller's transaction. */
  async revokeUser(userId: string, db: Db | Trx = this.db): Promise<void> {
    this.invalidateCache();
    const now = this.now().toISOString();
    await db.insertInto('revocation_events').values({ id: randomUUID(), audit_id: null, user_id: userId, project_id: null, issued_before: now, created_at: now }).execute();
  }

  /** Revokes every token scoped to a project issued until now (project disable/delete). */
  async revokeProject(projectId: string): Promise<void> {
    this.invalidateCache();
    const now = this.now().toISOString();
    await this.db.insertInto('revocation_events').values({ id: randomUUID(), audit_id: null, user_id: null, project_id: projectId, issued_before: now, created_at: now }).execute();
  }

  /** The `token` body of POST/GET /v3/auth/tokens. */
  async body(auth: AuthContext, withCatalog: boolean): Promise<Record<string, unknown>> {
    const token: Record<string, unknown> = {
      methods: auth.methods,
      user: { id: auth.userId, name: auth.userName, domain: { id: auth.userDomainId, name: auth.userDomainName }, password_expires_at: auth.passwordExpiresAt ? ksTime(auth.passwordExpiresAt) : null },
      audit_ids: auth.auditIds,
      expires_at: ksTime(auth.expiresAt),
      issued_at: ksTime(auth.issuedAt),
    };
    if (auth.projectId) {
      token.project = { id: auth.projectId, name: auth.projectName, domain: { id: auth.projectDomainId, name: auth.projectDomainName } };
      token.is_domain = false;
    } else if (auth.domainId) {
      token.domain = { id: auth.domainId, name: auth.domainName };
    } else if (auth.system) {
      token.system = { all: true };
    }
    if (auth.projectId || auth.domainId || auth.system) {
      token.roles = auth.roles.map((r) => ({ id: r.id, name: r.name }));
      if (withCatalog) token.catalog = await this.catalog(auth.projectId);
    }
    if (auth.trust) {
      const t = auth.trust;
      token['OS-TRUST:trust'] = { id: t.id, impersonation: t.impersonation, trustee_user: { id: t.trusteeUserId }, trustor_user: { id: t.trustorUserId } };
    }
    if (auth.applicationCredentialId) {
      const ac = await this.db.selectFrom('application_credentials').select(['id', 'name', 'unrestricted']).where('id', '=', auth.applicationCredentialId).executeTakeFirst();
      if (ac) token.application_credential = { id: ac.id, name: ac.name, restricted: !ac.unrestricted };
    }
    return { token };
  }
}
