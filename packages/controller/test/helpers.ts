/** Test helpers: a real controller on a free port over a fresh SQLite file or PostgreSQL database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { defaultConfig, type Config } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import type { Db, DbHandle } from '../src/db/index.js';
import { migrateToLatest, nowIso, openDb } from '../src/db/index.js';
import { bootstrap } from '../src/identity/bootstrap.js';
import { newId } from '../src/identity/store.js';
import { createLogger, nullLogger, type Logger } from '../src/logger.js';
import { startController } from '../src/runtime.js';
import { checkResponse as specCheckResponse, sharedSpecs, type ServiceName } from '../src/spec.js';
import { recordValidated } from './response-coverage.js';

/**
 * Validates a response body against the spec (src/spec.ts checkResponse: null when valid,
 * else a message) and records the pairs it accepts for test/response-coverage.test.ts. A
 * response without a body (`undefined`: 204, HEAD, a bodyless 202) only needs its status
 * declared, even where the spec describes the body some variants of the operation send.
 */
export function checkResponse(service: ServiceName, operation: string, status: number, body: unknown): string | null {
  const spec = sharedSpecs().require(service);
  const op = spec.operation(operation);
  const err = body === undefined && spec.declaresStatus(op, status) ? null : specCheckResponse(service, operation, status, body);
  if (err === null) recordValidated(service, operation, status);
  return err;
}

/** A database backend to test on. */
export type Backend = 'sqlite' | 'postgres';

/** The backends to run integration tests on ($OSCLOUD_TEST_BACKENDS=sqlite,postgres). */
export function backends(): Backend[] {
  const env = process.env.OSCLOUD_TEST_BACKENDS;
  if (env) return env.split(',').map((s) => s.trim()).filter(Boolean) as Backend[];
  return ['sqlite', 'postgres'];
}

/** PostgreSQL server used by tests. */
export const PG_ADMIN_URL = process.env.OSCLOUD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates a uniquely named PostgreSQL database; returns its URL and a drop function. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `oscloud_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/**
 * A migrated database of `backend` (in-memory SQLite, or a fresh PostgreSQL database): closing
 * it (and dropping the PostgreSQL database) is pushed onto `cleanup`, to run in reverse order.
 */
export async function openMigratedDb(backend: Backend, cleanup: (() => Promise<void>)[]): Promise<DbHandle> {
  let url = 'sqlite::memory:';
  if (backend === 'postgres') {
    const pgdb = await createPgDatabase();
    cleanup.push(() => pgdb.drop());
    url = pgdb.url;
  }
  const h = openDb(url);
  cleanup.push(() => h.close());
  await migrateToLatest(h.db);
  return h;
}

/** A running test controller. */
export interface TestController {
  backend: Backend;
  url: string;
  config: Config;
  ctx: AppContext;
  db: Db;
  adminToken: string;
  adminUserId: string;
  adminProjectId: string;
  adminPassword: string;
  /** Creates a project (or reuses `projectId`) and a user with `role` on it; returns a project-scoped token. */
  createProjectUser(role: string, opts?: { projectId?: string; password?: string }): Promise<{ token: string; userId: string; projectId: string; userName: string; password: string }>;
  close(): Promise<void>;
}

/** Options of {@link startTestController}. */
export interface TestControllerOptions {
  backend?: Backend;
  /** Write logs (JSON lines) here; default: dropped. */
  logger?: Logger;
  config?: Partial<Config>;
}

/** Starts a controller on a free port with a fresh database, bootstrapped with an admin. */
export async function startTestController(opts: TestControllerOptions = {}): Promise<TestController> {
  const backend = opts.backend ?? 'sqlite';
  const dataDir = mkdtempSync(join(tmpdir(), 'oscloud-ctl-'));
  let pgdb: { url: string; drop(): Promise<void> } | null = null;
  if (backend === 'postgres') pgdb = await createPgDatabase();
  const port = await freePort();
  const config = defaultConfig({
    dataDir,
    dbUrl: pgdb ? pgdb.url : `sqlite:${join(dataDir, 'oscloud.db')}`,
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    logLevel: 'debug',
    // $OSCLOUD_TEST_SERVICES=identity,network narrows the mounted services (debugging one service).
    ...(process.env.OSCLOUD_TEST_SERVICES ? { enabledServices: process.env.OSCLOUD_TEST_SERVICES.split(',') } : {}),
    ...opts.config,
  });
  const logger = opts.logger ?? (process.env.OSCLOUD_TEST_LOG ? createLogger(process.stderr, 'debug') : nullLogger);
  const cleanup = async (): Promise<void> => {
    if (pgdb) await pgdb.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  let running: Awaited<ReturnType<typeof startController>>;
  try {
    running = await startController(config, logger);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const adminPassword = `pw-${randomBytes(8).toString('hex')}`;
  let boot: Awaited<ReturnType<typeof bootstrap>>;
  try {
    boot = await bootstrap(running.ctx, { password: adminPassword });
  } catch (e) {
    await running.close();
    await cleanup();
    throw e;
  }
  const issue = async (userId: string, projectId: string): Promise<string> => running.ctx.tokens.issue({ userId, methods: ['password'], projectId }).token;
  const adminToken = await issue(boot.userId, boot.projectId);
  const ctx = running.ctx;
  return {
    backend,
    url: running.url,
    config,
    ctx,
    db: ctx.db,
    adminToken,
    adminUserId: boot.userId,
    adminProjectId: boot.projectId,
    adminPassword,
    async createProjectUser(role, o = {}) {
      const now = nowIso();
      let projectId = o.projectId;
      if (!projectId) {
        projectId = newId();
        await ctx.db.insertInto('projects').values({ id: projectId, name: `p-${projectId.slice(0, 8)}`, domain_id: 'default', description: '', enabled: 1, parent_id: null, tags: '[]', created_at: now }).execute();
      }
      const userId = newId();
      const userName = `u-${userId.slice(0, 8)}`;
      const password = o.password ?? `pw-${randomBytes(6).toString('hex')}`;
      const { hashSecret } = await import('../src/identity/passwords.js');
      await ctx.db.insertInto('users').values({ id: userId, name: userName, domain_id: 'default', enabled: 1, password_hash: await hashSecret(password), password_changed_at: now, default_project_id: null, description: null, email: null, created_at: now }).execute();
      const r = await ctx.db.selectFrom('roles').select('id').where('name', '=', role).executeTakeFirstOrThrow();
      await ctx.db.insertInto('role_assignments').values({ actor_type: 'user', actor_id: userId, target_type: 'project', target_id: projectId, role_id: r.id }).execute();
      return { token: await issue(userId, projectId), userId, projectId, userName, password };
    },
    async close() {
      await running.close();
      await cleanup();
    },
  };
}

/** A parsed HTTP response. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
}

/** Calls the controller: JSON in and out. */
export async function api(
  c: { url: string },
  method: string,
  path: string,
  o: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
  if (o.token) headers['x-auth-token'] = o.token;
  let body: string | undefined = o.rawBody;
  if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(c.url + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}
