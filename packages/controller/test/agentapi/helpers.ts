/** Agent API test helpers: a controller serving only /agent, and an agent-side client. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { nullLogger, createLogger } from '../../src/logger.js';
import { startController } from '../../src/runtime.js';
import { api, checkResponse, createPgDatabase, freePort, type ApiResponse, type Backend } from '../helpers.js';

export const BOOTSTRAP_TOKEN = `boot-${randomBytes(8).toString('hex')}`;

/** A controller with the agent API mounted at /agent (nothing else). */
export interface AgentTestController {
  url: string;
  /** The database URL (pass it to a second controller to share the database). */
  dbUrl: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Starts a controller serving the agent API with `agent` settings merged over the test defaults. */
export async function startAgentController(
  backend: Backend,
  agent: Record<string, unknown> = {},
  opts: { sharedDbUrl?: string } = {},
): Promise<AgentTestController> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oscloud-agentapi-'));
  const pgdb = backend === 'postgres' && !opts.sharedDbUrl ? await createPgDatabase() : null;
  const port = await freePort();
  const dbUrl = opts.sharedDbUrl ?? (pgdb ? pgdb.url : `sqlite:${join(dataDir, 'oscloud.db')}`);
  const config = defaultConfig({
    dataDir,
    dbUrl,
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    services: { agent: { bootstrap_token: BOOTSTRAP_TOKEN, heartbeat_interval: 1, lease_seconds: 60, poll_interval_ms: 200, ...agent } },
  });
  const logger = process.env.OSCLOUD_TEST_LOG ? createLogger(process.stderr, 'debug') : nullLogger;
  const running = await startController(config, logger, {
    services: [{ name: 'agent', prefix: '/agent', errorStyle: 'agent', module: 'agentapi/routes' }],
  });
  return {
    url: running.url,
    dbUrl,
    ctx: running.ctx,
    async close() {
      await running.close();
      if (pgdb) await pgdb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asserts that a response matches the spec for its operation and status. */
export function expectSpec(operationId: string, res: ApiResponse): void {
  expect(checkResponse('agent', operationId, res.status, res.body ?? undefined)).toBeNull();
  if (res.status >= 400) {
    expect(res.body).toEqual({ error: { code: res.status, message: expect.any(String) } });
  }
}

/** A registered host as a test agent. */
export interface TestAgent {
  id: string;
  name: string;
  credential: string;
  call(method: string, path: string, body?: unknown): Promise<ApiResponse>;
}

let seq = 0;

/** Registers a fresh host (unique name) and returns a client for it. */
export async function registerAgent(c: { url: string }, name = `host-${process.pid}-${++seq}-${randomBytes(3).toString('hex')}`): Promise<TestAgent> {
  const res = await api(c, 'POST', '/agent/v1/hosts/register', {
    body: { bootstrap_token: BOOTSTRAP_TOKEN, hostname: name, hypervisor_type: 'fake', agent_version: '0.1.0' },
  });
  expect(res.status).toBe(201);
  expectSpec('registerHost', res);
  const credential = res.body.credential as string;
  return {
    id: res.body.host.id as string,
    name,
    credential,
    call: (method, path, body) => api(c, method, path, { body, headers: { authorization: `Bearer ${credential}` } }),
  };
}

/** A heartbeat body with a small fake inventory. */
export function heartbeatBody(instances: { id: string; power_state: number }[] = []): Record<string, unknown> {
  return {
    inventory: { vcpus: 8, memory_mb: 16384, local_gb: 100, hypervisor_type: 'fake', hypervisor_version: 1000000, kvm_usable: false },
    instances,
  };
}

/** Polls `fn` until it returns true or `ms` pass. */
export async function eventually(fn: () => Promise<boolean>, ms: number, step = 100): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, step));
  }
}
