/**
 * Issue 9: targeted hostile cases: another project's token on every resource id route,
 * expired/revoked tokens, oversized bodies, path traversal in names, qcow2 backing files,
 * internal URLs for image import.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestController, type TestController } from '../helpers.js';
import type { ServiceName } from '../../src/spec.js';
import { errorShapeProblem, rawRequest } from './common.js';

const PUBKEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz1Bq5mJ0v0Zq8D6m2rL0w2n3bYcQ5dXk1n0pQ9u1aB fuzz@oscloud';

function expectShape(service: ServiceName, res: { status: number; body: unknown; text: string }, what: string): void {
  expect(errorShapeProblem(service, res.status, res.body), `${what}: ${res.status} ${res.text.slice(0, 300)}`).toBeNull();
}

describe('hostile requests (sqlite)', () => {
  let c: TestController;
  let a: { token: string; projectId: string; userId: string };
  let b: { token: string; projectId: string; userId: string };
  const made: { service: ServiceName; kind: string; id: string; base: string; key: string }[] = [];

  beforeAll(async () => {
    c = await startTestController({ backend: 'sqlite' });
    a = await c.createProjectUser('member');
    b = await c.createProjectUser('member');
    // One resource of each kind as project A.
    const kp = await api(c, 'POST', '/compute/v2.1/os-keypairs', { token: a.token, body: { keypair: { name: 'kp-a', public_key: PUBKEY } } });
    if (kp.status < 300) made.push({ service: 'compute', kind: 'keypair', id: 'kp-a', base: '/compute/v2.1/os-keypairs/', key: 'keypair' });
    const vol = await api(c, 'POST', `/volume/v3/${a.projectId}/volumes`, { token: a.token, body: { volume: { size: 1, name: 'vol-a' } } });
    if (vol.status < 300) made.push({ service: 'volume', kind: 'volume', id: vol.body.volume.id, base: `/volume/v3/${b.projectId}/volumes/`, key: 'volume' });
    const net = await api(c, 'POST', '/network/v2.0/networks', { token: a.token, body: { network: { name: 'net-a' } } });
    if (net.status < 300) {
      made.push({ service: 'network', kind: 'network', id: net.body.network.id, base: '/network/v2.0/networks/', key: 'network' });
      const sub = await api(c, 'POST', '/network/v2.0/subnets', { token: a.token, body: { subnet: { network_id: net.body.network.id, cidr: '10.9.0.0/24', ip_version: 4 } } });
      if (sub.status < 300) made.push({ service: 'network', kind: 'subnet', id: sub.body.subnet.id, base: '/network/v2.0/subnets/', key: 'subnet' });
      const port = await api(c, 'POST', '/network/v2.0/ports', { token: a.token, body: { port: { network_id: net.body.network.id } } });
      if (port.status < 300) made.push({ service: 'network', kind: 'port', id: port.body.port.id, base: '/network/v2.0/ports/', key: 'port' });
    }
    const sg = await api(c, 'POST', '/network/v2.0/security-groups', { token: a.token, body: { security_group: { name: 'sg-a' } } });
    if (sg.status < 300) made.push({ service: 'network', kind: 'security group', id: sg.body.security_group.id, base: '/network/v2.0/security-groups/', key: 'security_group' });
    const img = await api(c, 'POST', '/image/v2/images', { token: a.token, body: { name: 'img-a', disk_format: 'raw', container_format: 'bare', visibility: 'private' } });
    if (img.status < 300) made.push({ service: 'image', kind: 'image', id: img.body.id, base: '/image/v2/images/', key: 'id' });
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('created one resource of each kind as project A', () => {
    expect(made.map((m) => m.kind)).toEqual(['keypair', 'volume', 'network', 'subnet', 'port', 'security group', 'image']);
  });

  it("project B's member never gets project A's resources (404/403), and cannot change or delete them", async () => {
    const leaks: string[] = [];
    for (const m of made) {
      for (const [method, , body] of [
        ['GET', '', undefined],
        ['PUT', '', m.service === 'network' ? { [m.key]: { name: 'stolen' } } : m.service === 'volume' ? { volume: { name: 'stolen' } } : undefined],
        ['PATCH', '', m.service === 'image' ? [{ op: 'replace', path: '/name', value: 'stolen' }] : undefined],
        ['DELETE', '', undefined],
      ] as const) {
        if (method === 'PATCH' && m.service !== 'image') continue;
        if (method === 'PUT' && body === undefined) continue;
        const headers: Record<string, string> = method === 'PATCH' ? { 'content-type': 'application/openstack-images-v2.1-json-patch' } : {};
        const res = await rawRequest(c.url, method, m.base + m.id, { headers: { 'x-auth-token': b.token, ...headers, ...(body ? { 'content-type': headers['content-type'] ?? 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
        if (![403, 404].includes(res.status)) leaks.push(`${method} ${m.base}${m.id} as B -> ${res.status} ${res.text.slice(0, 200)}`);
        else if (errorShapeProblem(m.service, res.status, res.body)) leaks.push(`${method} ${m.kind} as B -> ${res.status} wrong shape ${res.text.slice(0, 200)}`);
        if (m.key !== 'id' && res.body && typeof res.body === 'object' && m.key in res.body) leaks.push(`${method} ${m.kind} leaked the resource`);
      }
      // Still there, unchanged, for A.
      const own = m.service === 'volume' ? `/volume/v3/${a.projectId}/volumes/${m.id}` : m.base + m.id;
      const res = await api(c, 'GET', own, { token: a.token });
      if (res.status !== 200) leaks.push(`A lost its ${m.kind}: ${res.status}`);
      else if (JSON.stringify(res.body).includes('stolen')) leaks.push(`B renamed A's ${m.kind}`);
    }
    // B's lists do not contain A's resources.
    for (const [svc, path, key] of [
      ['compute', '/compute/v2.1/os-keypairs', 'keypairs'],
      ['volume', `/volume/v3/${b.projectId}/volumes`, 'volumes'],
      ['network', '/network/v2.0/networks', 'networks'],
      ['network', '/network/v2.0/ports', 'ports'],
      ['image', '/image/v2/images', 'images'],
    ] as const) {
      const res = await api(c, 'GET', path, { token: b.token });
      expect(res.status, `${svc} ${path}`).toBe(200);
      const text = JSON.stringify(res.body[key] ?? []);
      for (const m of made) if (m.kind !== 'keypair' && text.includes(m.id)) leaks.push(`${path} as B lists A's ${m.kind}`);
      if (key === 'keypairs' && text.includes('kp-a')) leaks.push("B's keypair list has A's keypair");
    }
    // Cinder: B's token with A's project id in the URL is refused.
    const vol = made.find((m) => m.kind === 'volume');
    if (vol) {
      const res = await api(c, 'GET', `/volume/v3/${a.projectId}/volumes/${vol.id}`, { token: b.token });
      if (![400, 403, 404].includes(res.status)) leaks.push(`B with A's project_id in the Cinder URL -> ${res.status}`);
    }
    expect(leaks).toEqual([]);
  });

  const everyService: [ServiceName, string][] = [
    ['identity', '/identity/v3/projects'],
    ['compute', '/compute/v2.1/servers'],
    ['image', '/image/v2/images'],
    ['volume', '/volume/v3/__P__/volumes'],
    ['network', '/network/v2.0/networks'],
  ];

  it('an expired token gets 401 in each service shape', async () => {
    const { token } = await c.ctx.tokens.issue({ userId: a.userId, methods: ['password'], projectId: a.projectId, notAfter: new Date(Date.now() + 1200) });
    const ok = await api(c, 'GET', '/network/v2.0/networks', { token });
    expect(ok.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    for (const [svc, path] of everyService) {
      const res = await api(c, 'GET', path.replace('__P__', a.projectId), { token });
      expect(res.status, `${svc} ${path}`).toBe(401);
      expectShape(svc, res, `${svc} expired token`);
    }
  });

  it('a revoked token gets 401 in each service shape; garbage tokens too', async () => {
    const { token } = await c.ctx.tokens.issue({ userId: a.userId, methods: ['password'], projectId: a.projectId });
    const del = await api(c, 'DELETE', '/identity/v3/auth/tokens', { token: c.adminToken, headers: { 'X-Subject-Token': token } });
    expect(del.status).toBe(204);
    for (const t of [token, token.slice(0, -4) + 'AAAA', 'gAAAAA', 'x'.repeat(9000), '../../etc/passwd']) {
      for (const [svc, path] of everyService) {
        const res = await api(c, 'GET', path.replace('__P__', a.projectId), { token: t });
        expect(res.status, `${svc} ${path} token=${t.slice(0, 20)}`).toBe(401);
        expectShape(svc, res, `${svc} bad token`);
      }
    }
  });

  it('oversized JSON bodies get 413 in each service shape', async () => {
    const big = JSON.stringify({ x: 'a'.repeat(2 * 1024 * 1024) });
    const cases: [ServiceName, string, string][] = [
      ['identity', 'POST', '/identity/v3/projects'],
      ['compute', 'POST', '/compute/v2.1/os-keypairs'],
      ['image', 'POST', '/image/v2/images'],
      ['volume', 'POST', `/volume/v3/${c.adminProjectId}/volumes`],
      ['network', 'POST', '/network/v2.0/networks'],
      ['agent', 'POST', '/agent/v1/hosts'],
    ];
    for (const [svc, method, path] of cases) {
      const res = await rawRequest(c.url, method, path, { headers: { 'x-auth-token': c.adminToken, 'content-type': 'application/json' }, body: big });
      expect(res.status, `${svc} ${path}: ${res.text.slice(0, 200)}`).toBe(413);
      expectShape(svc, res, `${svc} 413`);
    }
  });

  it('path-traversal names are stored as plain names and never touch the filesystem', async () => {
    const before = readdirSync(c.config.dataDir, { recursive: true }).map(String).sort();
    const img = await api(c, 'POST', '/image/v2/images', { token: a.token, body: { name: '../../etc/passwd', disk_format: 'raw', container_format: 'bare' } });
    expect(img.status).toBe(201);
    expect(img.body.name).toBe('../../etc/passwd');
    const got = await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: a.token });
    expect(got.body.name).toBe('../../etc/passwd');
    const vol = await api(c, 'POST', `/volume/v3/${a.projectId}/volumes`, { token: a.token, body: { volume: { size: 1, name: 'a/b/../../c' } } });
    expect(vol.status).toBe(202);
    expect(vol.body.volume.name).toBe('a/b/../../c');
    // Nova restricts keypair names; either refused with 400 in Nova's shape, or stored verbatim.
    for (const name of ['..', '../x', 'a..b', '%2e%2e']) {
      const kp = await api(c, 'POST', '/compute/v2.1/os-keypairs', { token: a.token, body: { keypair: { name, public_key: PUBKEY } } });
      expect(kp.status < 500, `${name}: ${kp.status} ${kp.text}`).toBe(true);
      if (kp.status >= 400) {
        expect(kp.status).toBe(400);
        expectShape('compute', kp, `keypair ${name}`);
      } else {
        expect(kp.body.keypair.name).toBe(name);
        const show = await rawRequest(c.url, 'GET', `/compute/v2.1/os-keypairs/${encodeURIComponent(name)}`, { headers: { 'x-auth-token': a.token } });
        expect(show.status).toBe(200);
        expect(show.body.keypair.name).toBe(name);
      }
    }
    const after = readdirSync(c.config.dataDir, { recursive: true }).map(String).sort();
    expect(after.filter((f) => /passwd|\.\./.test(f))).toEqual([]);
    expect(after.filter((f) => !before.includes(f) && !/oscloud\.db|images?\//.test(f) && !f.startsWith('images'))).toEqual([]);
  });

  // Fastify's router rejects path parameters over its maxParamLength (100 by default) with 414:
  // keypair names of 101..255 characters (valid for Nova) must still be reachable.
  it('a 150-character keypair name (valid for Nova, maxLength 255) can be shown', async () => {
    const name = 'k'.repeat(150);
    const kp = await api(c, 'POST', '/compute/v2.1/os-keypairs', { token: a.token, body: { keypair: { name, public_key: PUBKEY } } });
    expect(kp.status).toBe(200);
    const show = await api(c, 'GET', `/compute/v2.1/os-keypairs/${name}`, { token: a.token });
    expect(show.status, show.text.slice(0, 200)).toBe(200);
  });

  it('a qcow2 upload with a backing file is refused and the image is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-qcow-'));
    try {
      const file = join(dir, 'x.qcow2');
      execFileSync('qemu-img', ['create', '-f', 'qcow2', '-b', '/etc/passwd', '-F', 'raw', file, '1M'], { stdio: 'ignore' });
      const data = readFileSync(file);
      const img = await api(c, 'POST', '/image/v2/images', { token: a.token, body: { name: 'evil', disk_format: 'qcow2', container_format: 'bare' } });
      expect(img.status).toBe(201);
      const up = await rawRequest(c.url, 'PUT', `/image/v2/images/${img.body.id}/file`, { headers: { 'x-auth-token': a.token, 'content-type': 'application/octet-stream' }, body: data });
      expect(up.status, up.text).toBeGreaterThanOrEqual(400);
      expect(up.status).toBeLessThan(500);
      expectShape('image', up, 'qcow2 backing file upload');
      const got = await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: a.token });
      expect(got.body.status).toBe('killed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('image import (web-download of internal URLs) is not implemented: refused with 4xx in Glance shape', async () => {
    const img = await api(c, 'POST', '/image/v2/images', { token: a.token, body: { name: 'imp', disk_format: 'raw', container_format: 'bare' } });
    expect(img.status).toBe(201);
    for (const uri of ['http://127.0.0.1:1/x', `${c.url}/identity/v3`, 'http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd']) {
      const res = await api(c, 'POST', `/image/v2/images/${img.body.id}/import`, { token: a.token, body: { method: { name: 'web-download', uri } } });
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectShape('image', res, `import ${uri}`);
    }
    const got = await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: a.token });
    expect(got.body.status).toBe('queued');
    const info = await api(c, 'GET', '/image/v2/info/import', { token: a.token });
    expect(info.status).toBe(200);
  });
});
