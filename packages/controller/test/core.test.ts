/** The framework: errors, logs, keys, tokens, the app's error/limit/request-id handling, the CLI. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, SERVICES } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { openDb, withTransaction } from '../src/db/index.js';
import { ApiError, notFound, overLimit, renderError } from '../src/errors.js';
import { KeyRepository } from '../src/identity/keys.js';
import { hashSecret, verifySecret } from '../src/identity/passwords.js';
import { TokenService } from '../src/identity/tokens.js';
import { createLogger, redact } from '../src/logger.js';
import { configFromArgs, main } from '../src/main.js';
import { createContext } from '../src/runtime.js';
import { api, freePort, startTestController, type TestController } from './helpers.js';
import { rawRequest } from './fuzz/common.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'oscloud-core-'));

describe('errors', () => {
  it('renders each service body shape', () => {
    expect(renderError('nova', 404, 'gone')).toEqual({ itemNotFound: { code: 404, message: 'gone' } });
    expect(renderError('cinder', 400, 'bad')).toEqual({ badRequest: { code: 400, message: 'bad' } });
    expect(renderError('keystone', 404, 'gone')).toEqual({ error: { code: 404, message: 'gone', title: 'Not Found' } });
    expect(renderError('glance', 409, 'x')).toEqual({ code: '409 Conflict', title: 'Conflict', message: 'x' });
    expect(renderError('neutron', 404, 'x', { type: 'NetworkNotFound' })).toEqual({ NeutronError: { type: 'NetworkNotFound', message: 'x', detail: '' } });
    expect(renderError('agent', 403, 'x')).toEqual({ error: { code: 403, message: 'x' } });
    expect(overLimit('quota', 403).body('nova')).toEqual({ overLimit: { code: 403, message: 'quota' } });
    expect(notFound()).toBeInstanceOf(ApiError);
  });
});

describe('logger', () => {
  it('redacts secrets deeply and writes JSON lines', () => {
    expect(redact({ headers: { 'x-auth-token': 't', 'X-Subject-Token': 's', accept: 'a' }, user: { password: 'p', name: 'n' }, secret: 'x' })).toEqual({
      headers: { 'x-auth-token': '***', 'X-Subject-Token': '***', accept: 'a' },
      user: { password: '***', name: 'n' },
      secret: '***',
    });
    const lines: string[] = [];
    const log = createLogger({ write: (s: string) => lines.push(s) }, 'info').child({ reqId: 'req-1' });
    log.debug('hidden');
    log.info('hello', { application_credential_secret: 'zzz' });
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({ level: 'info', msg: 'hello', reqId: 'req-1', application_credential_secret: '***' });
  });
});

describe('withTransaction', () => {
  it('retries SQLITE_BUSY / serialization failures and rethrows others', async () => {
    const c = await startTestController();
    try {
      let calls = 0;
      const n = await withTransaction(c.db, async (trx) => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('busy'), { code: calls === 1 ? 'SQLITE_BUSY' : '40001' });
        return (await trx.selectFrom('roles').select('id').execute()).length;
      });
      expect(calls).toBe(3);
      expect(n).toBe(4);
      await expect(withTransaction(c.db, async () => { throw Object.assign(new Error('nope'), { code: '23505' }); })).rejects.toThrow('nope');
      // A failed transaction rolls back.
      await expect(withTransaction(c.db, async (trx) => {
        await trx.insertInto('regions').values({ id: 'tx-test', description: '', parent_region_id: null }).execute();
        throw new Error('abort');
      })).rejects.toThrow('abort');
      expect(await c.db.selectFrom('regions').select('id').where('id', '=', 'tx-test').executeTakeFirst()).toBeUndefined();
    } finally {
      await c.close();
    }
  });
});

describe('passwords', () => {
  it('hashes with scrypt and verifies', async () => {
    const h = await hashSecret('s3cret');
    expect(h).toMatch(/^scrypt\$/);
    expect(h).not.toContain('s3cret');
    expect(await verifySecret('s3cret', h)).toBe(true);
    expect(await verifySecret('other', h)).toBe(false);
    expect(await verifySecret('x', null)).toBe(false);
  });
});

describe('token keys and encoding', () => {
  it('rotates keys like Fernet: staged -> primary, old tokens valid until their key is dropped', () => {
    const dir = tmp();
    try {
      const repo = new KeyRepository(join(dir, 'keys'), 0);
      repo.ensure();
      expect(readdirSync(join(dir, 'keys')).sort()).toEqual(['0', '1']);
      const tokens = new TokenService(null as never, repo, 3600, () => new Date());
      const t1 = tokens.issue({ userId: 'u', methods: ['password'], projectId: 'p' }).token;
      expect(tokens.decode(t1)).toMatchObject({ u: 'u', p: 'p', m: ['password'] });
      // Another controller sharing the directory picks up rotations.
      const other = new TokenService(null as never, new KeyRepository(join(dir, 'keys'), 0), 3600, () => new Date());
      expect(repo.rotate()).toBe(2);
      const t2 = tokens.issue({ userId: 'u', methods: ['password'] }).token;
      expect(other.decode(t2)?.u).toBe('u');
      expect(tokens.decode(t1)?.u).toBe('u');
      repo.rotate(); // key 1 is dropped now (staged + primary + 1 secondary)
      expect(readdirSync(join(dir, 'keys')).sort()).toEqual(['0', '2', '3']);
      expect(tokens.decode(t1)).toBeNull();
      expect(tokens.decode(t2)?.u).toBe('u');
      repo.rotate();
      expect(tokens.decode(t2)).toBeNull();
      // Tampering fails authentication.
      const bad = t2.slice(0, 30) + (t2[30] === 'A' ? 'B' : 'A') + t2.slice(31);
      expect(tokens.decode(bad)).toBeNull();
      expect(tokens.decode('garbage')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the key directory after an undecryptable token at most once per interval', () => {
    const dir = tmp();
    try {
      class Counting extends KeyRepository {
        loads = 0;
        override load(): void {
          this.loads++;
          super.load();
        }
      }
      const repo = new Counting(join(dir, 'keys'), 60_000, 60_000);
      repo.ensure();
      const loaded = repo.loads;
      const tokens = new TokenService(null as never, repo, 3600, () => new Date());
      const foreignRepo = new KeyRepository(join(dir, 'elsewhere'), 0);
      foreignRepo.ensure();
      const junk = new TokenService(null as never, foreignRepo, 3600, () => new Date()).issue({ userId: 'u', methods: ['password'] }).token;
      for (let i = 0; i < 200; i++) expect(tokens.decode(junk)).toBeNull();
      expect(repo.loads).toBe(loaded); // the directory did not change: never re-read
      // A rotation by another controller within the interval is not looked for again...
      // (Twice: the first promotes the staged key, which every controller already holds.)
      const peer = new KeyRepository(join(dir, 'keys'), 0);
      peer.rotate();
      peer.rotate();
      const fresh = new TokenService(null as never, peer, 3600, () => new Date()).issue({ userId: 'v', methods: ['password'] }).token;
      expect(tokens.decode(fresh)).toBeNull();
      // ...but is picked up on the first miss after it.
      const eager = new Counting(join(dir, 'keys'), 60_000, 0);
      eager.load();
      const eagerTokens = new TokenService(null as never, eager, 3600, () => new Date());
      peer.rotate();
      peer.rotate();
      const newer = new TokenService(null as never, peer, 3600, () => new Date()).issue({ userId: 'w', methods: ['password'] }).token;
      const before = eager.loads;
      expect(eagerTokens.decode(newer)?.u).toBe('w');
      expect(eager.loads).toBe(before + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects expired tokens', async () => {
    const c = await startTestController();
    try {
      let now = Date.now();
      const svc = new TokenService(c.db, new KeyRepository(join(c.config.dataDir, 'keys')), 60, () => new Date(now));
      const { token } = svc.issue({ userId: c.adminUserId, methods: ['password'], projectId: c.adminProjectId });
      expect((await svc.validate(token)).isAdmin).toBe(true);
      now += 61_000;
      await expect(svc.validate(token)).rejects.toMatchObject({ status: 401 });
    } finally {
      await c.close();
    }
  });
});

describe('app core', () => {
  let c: TestController;
  const lines: string[] = [];
  beforeAll(async () => {
    c = await startTestController({ logger: createLogger({ write: (s: string) => lines.push(s) }, 'debug'), config: { bodyLimit: 4096 } });
  });
  afterAll(async () => {
    await c?.close();
  });

  it('puts a request id on every response, 404s and router errors included', async () => {
    for (const path of ['/', '/nowhere', '/identity/v3', '/compute/v2.1/x/y']) {
      const res = await api(c, 'GET', path);
      expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f]{8}-/);
    }
    // Errors the router raises before any hook runs: a malformed %-escape, an over-long parameter.
    for (const [path, shape] of [
      ['/compute/v2.1/servers/%E0%A4%A', 'badRequest'],
      ['/network/v2.0/networks/%zz', 'NeutronError'],
      [`/compute/v2.1/servers/${'x'.repeat(2000)}`, null],
    ] as const) {
      const res = await rawRequest(c.url, 'GET', path, { headers: { 'x-auth-token': c.adminToken } });
      expect(res.status, path.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status, path.slice(0, 40)).toBeLessThan(500);
      expect(res.headers['x-openstack-request-id'], path.slice(0, 40)).toMatch(/^req-[0-9a-f]{8}-/);
      if (shape) expect(Object.keys(res.body)).toEqual([shape]);
    }
  });

  it('accepts Content-Type: application/json with an empty body (Tempest sends it on DELETE), and rejects bad JSON in the service shape', async () => {
    const created = await fetch(`${c.url}/identity/v3/roles`, {
      method: 'POST',
      headers: { 'x-auth-token': c.adminToken, 'content-type': 'application/json' },
      body: JSON.stringify({ role: { name: 'empty-body-role' } }),
    });
    expect(created.status).toBe(201);
    const role = ((await created.json()) as { role: { id: string } }).role;
    const del = await fetch(`${c.url}/identity/v3/roles/${role.id}`, {
      method: 'DELETE',
      headers: { 'x-auth-token': c.adminToken, 'content-type': 'application/json' },
    });
    expect(del.status).toBe(204);
    const bad = await fetch(`${c.url}/compute/v2.1/flavors`, {
      method: 'POST',
      headers: { 'x-auth-token': c.adminToken, 'content-type': 'application/json' },
      body: '{"flavor": ',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { badRequest: { code: number } }).badRequest.code).toBe(400);
  });

  it('limits body size (413 in the service shape)', async () => {
    const res = await api(c, 'POST', '/identity/v3/auth/tokens', { body: { auth: { pad: 'x'.repeat(10_000) } } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe(413);
  });

  it('renders unexpected exceptions as 500 without leaking the stack', async () => {
    const ctx = (await createContext(defaultConfig({ dataDir: c.config.dataDir, dbUrl: c.config.dbUrl }))).ctx;
    const app = await buildApp(ctx, {
      services: [
        {
          ...SERVICES.find((s) => s.name === 'compute')!,
          plugin: async (sub) => {
            sub.get('/boom', async () => {
              throw new Error('secret internal detail');
            });
          },
        },
      ],
    });
    const res = await app.inject({ method: 'GET', url: '/compute/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ computeFault: { code: 500, message: expect.any(String) } });
    expect(res.body).not.toContain('secret internal detail');
    expect(res.headers['x-openstack-request-id']).toMatch(/^req-/);
    await app.close();
    await ctx.db.destroy();
  });

  it('logs each request once with its id and never a token or password', async () => {
    lines.length = 0;
    const res = await api(c, 'POST', '/identity/v3/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { id: 'default' }, password: c.adminPassword } } } } },
    });
    expect(res.status).toBe(201);
    await api(c, 'GET', '/identity/v3/auth/projects', { token: res.headers.get('x-subject-token')! });
    await new Promise((r) => setTimeout(r, 50));
    const text = lines.join('');
    const reqs = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(reqs.map((r) => r.reqId)).toContain(res.headers.get('x-openstack-request-id'));
    expect(reqs.find((r) => r.op === 'listAuthProjects')).toMatchObject({ status: 200, user: c.adminUserId });
    expect(text).not.toContain(c.adminPassword);
    expect(text).not.toContain(res.headers.get('x-subject-token')!);
  });
});

describe('configuration', () => {
  it('reads a YAML config file (snake_case keys) under the command-line flags', async () => {
    const dir = tmp();
    try {
      const { writeFileSync } = await import('node:fs');
      const file = join(dir, 'controller.yaml');
      writeFileSync(file, `data_dir: ${dir}\ndb: postgres://db.example/oscloud\nport: 9000\npublic_url: http://cloud.example:9000/\ntoken_ttl: 600\n`);
      const cfg = configFromArgs({ config: file, port: '9100' });
      expect(cfg).toMatchObject({ dataDir: dir, dbUrl: 'postgres://db.example/oscloud', port: 9100, publicUrl: 'http://cloud.example:9000', tokenTtl: 600 });
      expect(configFromArgs({ 'data-dir': dir }).dbUrl).toBe(`sqlite:${join(dir, 'oscloud.db')}`);
      expect(() => configFromArgs({ port: 'x' })).toThrow(/port/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('oscloud-controller CLI', () => {
  it('bootstraps idempotently from OS_BOOTSTRAP_PASSWORD without printing it, and migrates', async () => {
    const dir = tmp();
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    const prev = process.env.OS_BOOTSTRAP_PASSWORD;
    try {
      process.env.OS_BOOTSTRAP_PASSWORD = 'boot-secret-123';
      const args = ['--data-dir', dir, '--public-url', 'http://cloud.example:8774'];
      expect(await main(['db', 'migrate', ...args])).toBe(0);
      expect(await main(['bootstrap', ...args])).toBe(0);
      expect(await main(['bootstrap', ...args])).toBe(0);
      delete process.env.OS_BOOTSTRAP_PASSWORD;
      expect(await main(['bootstrap', ...args])).toBe(2);
      expect(await main(['keys', 'rotate', ...args])).toBe(0);
      expect(await main(['frobnicate', ...args])).toBe(2);
      expect(writes.join('')).not.toContain('boot-secret-123');
      const h = openDb(`sqlite:${join(dir, 'oscloud.db')}`);
      try {
        expect(await h.db.selectFrom('users').select('name').execute()).toEqual([{ name: 'admin' }]);
        const eps = await h.db.selectFrom('endpoints').select('url').execute();
        expect(eps.map((e) => e.url)).toContain('http://cloud.example:8774/volume/v3/$(project_id)s');
        expect(eps.map((e) => e.url)).toContain('http://cloud.example:8774/object-store/v1/AUTH_$(project_id)s');
        expect(eps.map((e) => e.url)).toContain('http://cloud.example:8774/object-store/s3');
        expect(eps.length).toBe(17);
      } finally {
        await h.close();
      }
      expect(readdirSync(join(dir, 'keys')).sort()).toEqual(['0', '1', '2']);
    } finally {
      spy.mockRestore();
      if (prev === undefined) delete process.env.OS_BOOTSTRAP_PASSWORD;
      else process.env.OS_BOOTSTRAP_PASSWORD = prev;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('oscloud-controller serve (bin)', () => {
  const bin = join(import.meta.dirname, '..', 'bin', 'oscloud-controller.js');
  const built = existsSync(join(import.meta.dirname, '..', 'dist', 'main.js'));
  it.runIf(built)('serves /identity on the given port and stops on SIGTERM', async () => {
    const dir = tmp();
    const port = await freePort();
    const child = spawn(process.execPath, [bin, 'serve', '--data-dir', dir, '--port', String(port), '--host', '127.0.0.1', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    try {
      let status = 0;
      for (let i = 0; i < 100 && status !== 300; i++) {
        status = await fetch(`http://127.0.0.1:${port}/identity`).then((r) => r.status, () => 0);
        if (status !== 300) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(300);
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(stdout).toBe(''); // logs go to stderr only
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
