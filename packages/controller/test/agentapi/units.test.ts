import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendError } from '../../src/app.js';
import { agentSettings } from '../../src/agentapi/config.js';
import { bearerToken, hashCredential, newCredential, secretMatches } from '../../src/agentapi/credentials.js';
import { registerImageRoutes, type ImageOpener } from '../../src/agentapi/images.js';
import { defaultConfig } from '../../src/config.js';
import { ApiError, notFound } from '../../src/errors.js';
import { imageService } from '../../src/image/service.js';
import { checkResponse } from '../helpers.js';
import { registerAgent, startAgentController, type AgentTestController } from './helpers.js';

describe('credentials', () => {
  it('makes 32-byte base64url credentials and stores only their sha256', () => {
    const a = newCredential();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newCredential()).not.toBe(a);
    expect(hashCredential(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCredential(a)).not.toContain(a);
    expect(secretMatches('x', 'x')).toBe(true);
    expect(secretMatches('x', 'xy')).toBe(false);
  });
  it('parses bearer headers', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc ')).toBe('abc');
    expect(bearerToken(['Bearer a', 'Bearer b'])).toBe('a');
    for (const bad of [undefined, '', 'Basic abc', 'Bearer', 'Bearer a b']) expect(bearerToken(bad)).toBeNull();
  });
});

describe('settings', () => {
  it('reads services.agent, falls back to the environment and defaults', () => {
    const d = agentSettings({ config: defaultConfig() }, {});
    expect(d).toEqual({ bootstrapToken: null, heartbeatInterval: 10, leaseMs: 60_000, pollIntervalMs: 1000, maxAttempts: 5, defaultAvailabilityZone: 'nova' });
    expect(agentSettings({ config: defaultConfig() }, { OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'env' }).bootstrapToken).toBe('env');
    const s = agentSettings(
      { config: defaultConfig({ services: { agent: { bootstrap_token: 'cfg', heartbeat_interval: 2, lease_seconds: 0.5, poll_interval_ms: 50, default_availability_zone: 'az1' } } }) },
      { OSCLOUD_AGENT_BOOTSTRAP_TOKEN: 'env' },
    );
    expect(s).toMatchObject({ bootstrapToken: 'cfg', heartbeatInterval: 2, leaseMs: 500, pollIntervalMs: 50, defaultAvailabilityZone: 'az1' });
  });
});

describe('image download route', () => {
  let c: AgentTestController;
  const data = Buffer.from('0123456789abcdef');
  const imageId = randomUUID();
  const opener: ImageOpener = async (_ctx, id, range) => {
    if (id !== imageId) throw notFound(`Image ${id} not found`);
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? data.length - 1, data.length - 1);
    if (start >= data.length) throw new ApiError(416, 'Requested range not satisfiable', { headers: { 'Content-Range': `bytes */${data.length}` } });
    return { stream: Readable.from([data.subarray(start, end + 1)]), size: data.length, start, end, checksum: 'abc' };
  };
  const app = Fastify();
  beforeAll(async () => {
    c = await startAgentController('sqlite');
    await app.register(
      async (sub) => {
        sub.setErrorHandler((err, req, reply) => sendError(c.ctx, 'agent', err, req, reply));
        registerImageRoutes(sub, c.ctx, opener);
      },
      { prefix: '/agent' },
    );
  });
  afterAll(async () => {
    await app.close();
    await c.close();
  });

  it('serves the whole image, a range (206) and refuses an unsatisfiable range (416)', async () => {
    const whole = await app.inject({ method: 'GET', url: `/agent/v1/images/${imageId}/file` });
    expect(whole.statusCode).toBe(200);
    expect(checkResponse('agent', 'downloadAgentImage', 200, undefined)).toBeNull();
    expect(whole.body).toBe(data.toString());
    expect(whole.headers['content-length']).toBe('16');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-md5']).toBe('abc');
    const part = await app.inject({ method: 'GET', url: `/agent/v1/images/${imageId}/file`, headers: { range: 'bytes=10-' } });
    expect(part.statusCode).toBe(206);
    expect(checkResponse('agent', 'downloadAgentImage', 206, undefined)).toBeNull();
    expect(part.body).toBe('abcdef');
    expect(part.headers['content-range']).toBe('bytes 10-15/16');
    expect(part.headers['content-length']).toBe('6');
    const bad = await app.inject({ method: 'GET', url: `/agent/v1/images/${imageId}/file`, headers: { range: 'bytes=16-' } });
    expect(bad.statusCode).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */16');
    expect(checkResponse('agent', 'downloadAgentImage', 416, bad.json())).toBeNull();
    const missing = await app.inject({ method: 'GET', url: `/agent/v1/images/${randomUUID()}/file` });
    expect(missing.statusCode).toBe(404);
    expect(checkResponse('agent', 'downloadAgentImage', 404, missing.json())).toBeNull();
  });

  it('requires the host credential on the mounted API', async () => {
    const res = await fetch(`${c.url}/agent/v1/images/${imageId}/file`);
    expect(res.status).toBe(401);
    expect(checkResponse('agent', 'downloadAgentImage', 401, await res.json())).toBeNull();
    const a = await registerAgent(c);
    const authed = await a.call('GET', `/agent/v1/images/${randomUUID()}/file`);
    expect(authed.status).toBe(404);
    expect(checkResponse('agent', 'downloadAgentImage', 404, authed.body)).toBeNull();
    // Through the real image service: an active image record with data in its store.
    const id = randomUUID();
    const now = new Date().toISOString();
    await c.ctx.db
      .insertInto('img_images')
      .values({ id, name: 'tiny', status: 'active', visibility: 'private', protected: 0, os_hidden: 0, checksum: 'md5sum', os_hash_algo: null, os_hash_value: null, size: data.length, virtual_size: null, disk_format: 'raw', container_format: 'bare', min_disk: 0, min_ram: 0, owner: randomUUID(), properties: '{}', tags: '[]', created_at: now, updated_at: now })
      .execute();
    const w = await imageService(c.ctx).store.write(id);
    await pipeline(Readable.from([data]), w.stream);
    await w.commit();
    const headers = { authorization: `Bearer ${a.credential}` };
    const full = await fetch(`${c.url}/agent/v1/images/${id}/file`, { headers });
    expect(full.status).toBe(200);
    expect(full.headers.get('content-md5')).toBe('md5sum');
    expect(Buffer.from(await full.arrayBuffer()).equals(data)).toBe(true);
    const tail = await fetch(`${c.url}/agent/v1/images/${id}/file`, { headers: { ...headers, range: 'bytes=12-' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe('bytes 12-15/16');
    expect(await tail.text()).toBe('cdef');
    const past = await fetch(`${c.url}/agent/v1/images/${id}/file`, { headers: { ...headers, range: 'bytes=99-' } });
    expect(past.status).toBe(416);
    expect(checkResponse('agent', 'downloadAgentImage', 416, await past.json())).toBeNull();
  });
});

describe('shutdown', () => {
  it('ends waiting long polls when the controller closes', async () => {
    const c = await startAgentController('sqlite');
    const a = await registerAgent(c);
    const poll = a.call('GET', `/agent/v1/hosts/${a.id}/tasks?wait=30`);
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await c.close();
    const res = await poll;
    expect(Date.now() - t0).toBeLessThan(3000);
    expect([200, 503]).toContain(res.status);
  });
});
