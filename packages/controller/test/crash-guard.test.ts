/**
 * Issue 22: a controller never dies from a request. With the crash guard installed (as
 * `oscloud-controller serve` does), an error thrown from a stray callback or event of a
 * request (here a file stream destroyed with a write in flight and no `error` listener, the
 * ERR_STREAM_DESTROYED of finding 2, and a throw in a timer) is answered as that request's 500
 * in its service's error shape with its request id, logged with that id and no secret, and the
 * controller keeps answering. An uncaught error outside any request is logged and exits 1.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES, type ServiceMount } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { installCrashGuard } from '../src/request-scope.js';
import { startController, type RunningController } from '../src/runtime.js';
import { backends, createPgDatabase } from './helpers.js';
import { glanceErrorProblem, send } from './hostile-bodies.js';

const SECRET = `tok-${randomUUID()}`;

describe.each(backends())('crash guard (%s)', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'oscloud-crash-guard-'));
  const lines: string[] = [];
  const logger = createLogger({ write: (l: string) => lines.push(l) }, 'debug');
  const exits: number[] = [];
  let running: RunningController;
  let removeGuard: () => void;
  let saved: NodeJS.UncaughtExceptionListener[] = [];
  let pg: { url: string; drop(): Promise<void> } | undefined;

  // Test-only routes, mounted like a service: each leaves an error to escape its request.
  const crashRoutes = async (app: FastifyInstance): Promise<void> => {
    app.put('/stream', async () => {
      // Finding 2's crash: a write stream without an error listener, destroyed with a write in flight.
      const ws = createWriteStream(join(dir, randomUUID()));
      await new Promise((r) => ws.once('ready', r));
      await new Promise((r) => setImmediate(r));
      ws.write(Buffer.alloc(8 << 20));
      ws.destroy();
      return new Promise(() => undefined); // never answers by itself
    });
    app.get('/timer', async () => {
      setTimeout(() => {
        throw new Error('thrown from a timer of the request');
      }, 5);
      return new Promise(() => undefined);
    });
  };
  const mount: ServiceMount = { name: 'image', prefix: '/crashtest', errorStyle: 'glance', module: 'crashtest', plugin: crashRoutes };

  beforeAll(async () => {
    // The guard is a process handler, as in `serve`: the test runner's own handlers step aside
    // while it is installed (they would report the injected errors as failures of the run).
    saved = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    removeGuard = installCrashGuard({ logger, exit: (code) => exits.push(code) });
    pg = backend === 'postgres' ? await createPgDatabase() : undefined;
    const config = defaultConfig({ dataDir: dir, dbUrl: pg ? pg.url : `sqlite:${join(dir, 'oscloud.db')}`, host: '127.0.0.1', port: 0, publicUrl: 'http://127.0.0.1' });
    running = await startController(config, logger, { services: [...SERVICES.filter((s) => s.name === 'identity'), mount] });
  });
  afterAll(async () => {
    await running?.close();
    await pg?.drop();
    removeGuard?.();
    for (const l of saved) process.on('uncaughtException', l);
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [method, path, what] of [
    ['PUT', '/crashtest/stream', 'ERR_STREAM_DESTROYED from a destroyed write stream'],
    ['GET', '/crashtest/timer', 'an error thrown from a timer'],
  ] as const) {
    it(`answers ${what} as the request's 500, logs it with the request id, and keeps serving`, async () => {
      for (let i = 0; i < 10; i++) {
        const before = lines.length;
        const res = await send(running.url, method, path, { 'x-auth-token': SECRET, 'content-type': 'application/json' }, Buffer.from('{"a":1}'));
        expect(res.status, res.text).toBe(500);
        expect(glanceErrorProblem(500, res.body)).toBeNull();
        const reqId = res.headers['x-openstack-request-id'];
        expect(reqId).toMatch(/^req-/);
        const logged = lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
        const line = logged.find((l) => l.level === 'error' && l.reqId === reqId);
        expect(line, JSON.stringify(logged)).toBeDefined();
        expect(JSON.stringify(line)).not.toContain(SECRET);
        // Still serving.
        expect((await send(running.url, 'GET', '/identity/v3', {})).status).toBe(200);
      }
      expect(lines.join('')).not.toContain(SECRET);
      expect(exits).toEqual([]);
    });
  }

  it('exits 1, logged, on an uncaught error outside any request', async () => {
    const before = lines.length;
    await new Promise<void>((resolve) => {
      setTimeout(() => {
        setImmediate(resolve);
        throw new Error('outside any request');
      }, 1);
    });
    expect(exits).toEqual([1]);
    const fatal = lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 'error');
    expect(fatal?.msg).toMatch(/fatal/);
    expect(JSON.stringify(fatal)).toContain('outside any request');
  });
});
