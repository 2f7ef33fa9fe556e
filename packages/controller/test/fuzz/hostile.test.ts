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
import { seedProject } from '../seed.js';

const PUBKEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz1Bq5mJ0v0Zq8D6m2rL0w2n3bYcQ5dXk1n0pQ9u1aB fuzz@oscloud';

function expectShape(service: ServiceName, res: { status: number; body: unknown; text: string }, what: string): void {
  expect(errorShapeProblem(service, res.status, res.body), `${what}: ${res.status} ${res.text.slice(0, 300)}`).toBeNull();
}

describe('hostile requests (sqlite)', () => {
  let c: TestController;
  let a: { token: string; projectId: string; userId: string };
  let b: { token: string; projectId: string; userId: string };
  /** A's resources: `base` is the by-id URL prefix as B uses it, `own` as A does. */
  let made: { service: ServiceName; kind: string; id: string; base: string; own: string; key: string; update?: { method: 'PUT' | 'PATCH'; body: unknown } }[] = [];
  const V3 = { 'openstack-api-version': 'volume 3.64' };

  beforeAll(async () => {
    c = await startTestController({ backend: 'sqlite' });
    a = await c.createProjectUser('member');
    b = await c.createProjectUser('member');
    const ids = await seedProject(c, a);
    const stolen = (key: string, field = 'name') => ({ method: 'PUT' as const, body: { [key]: { [field]: 'stolen' } } });
    const net = (kind: string, path: string, key: string, update = true) =>
      ({ service: 'network' as const, kind, id: ids[`${key}_id`]!, base: `/network/v2.0/${path}/`, own: `/network/v2.0/${path}/`, key, update: update ? stolen(key, key === 'floatingip' ? 'description' : 'name') : undefined });
    made = [
      { service: 'compute', kind: 'keypair', id: ids.keypair_name!, base: '/compute/v2.1/os-keypairs/', own: '/compute/v2.1/os-keypairs/', key: 'keypair' },
      { service: 'compute', kind: 'server', id: ids.server_id!, base: '/compute/v2.1/servers/', own: '/compute/v2.1/servers/', key: 'server', update: stolen('server') },
      { service: 'compute', kind: 'server group', id: ids.server_group_id!, base: '/compute/v2.1/os-server-groups/', own: '/compute/v2.1/os-server-groups/', key: 'server_group' },
      { service: 'volume', kind: 'volume', id: ids.volume_id!, base: `/volume/v3/${b.projectId}/volumes/`, own: `/volume/v3/${a.projectId}/volumes/`, key: 'volume', update: stolen('volume') },
      { service: 'volume', kind: 'snapshot', id: ids.snapshot_id!, base: `/volume/v3/${b.projectId}/snapshots/`, own: `/volume/v3/${a.projectId}/snapshots/`, key: 'snapshot', update: stolen('snapshot') },
      { service: 'volume', kind: 'attachment', id: ids.attachment_id!, base: `/volume/v3/${b.projectId}/attachments/`, own: `/volume/v3/${a.projectId}/attachments/`, key: 'attachment' },
      net('network', 'networks', 'network'),
      net('subnet', 'subnets', 'subnet'),
      net('port', 'ports', 'port'),
      net('router', 'routers', 'router'),
      net('floating IP', 'floatingips', 'floatingip'),
      net('security group', 'security-groups', 'security_group'),
      net('security group rule', 'security-group-rules', 'security_group_rule', false),
      { service: 'image', kind: 'image', id: ids.image_id!, base: '/image/v2/images/', own: '/image/v2/images/', key: 'id', update: { method: 'PATCH', body: [{ op: 'replace', path: '/name', value: 'stolen' }] } },
    ];
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it("project B's member gets exactly 404 for every one of project A's resources, and cannot change or delete them", async () => {
    const leaks: string[] = [];
    for (const m of made) {
      const requests: { method: string; body?: unknown }[] = [{ method: 'GET' }, ...(m.update ? [m.update] : []), { method: 'DELETE' }];
      for (const { method, body } of requests) {
        const contentType = method === 'PATCH' ? 'application/openstack-images-v2.1-json-patch' : 'application/json';
        const res = await rawRequest(c.url, method, m.base + encodeURIComponent(m.id), {
          headers: { 'x-auth-token': b.token, ...V3, ...(body ? { 'content-type': contentType } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        if (res.status !== 404) leaks.push(`${method} ${m.kind} as B -> ${res.status} ${res.text.slice(0, 200)}`);
        else if (errorShapeProblem(m.service, res.status, res.body)) leaks.push(`${method} ${m.kind} as B -> ${res.status} wrong shape ${res.text.slice(0, 200)}`);
        if (m.key !== 'id' && res.body && typeof res.body === 'object' && m.key in res.body) leaks.push(`${method} ${m.kind} leaked the resource`);
      }
      // Still there, unchanged, for A.
      const res = await api(c, 'GET', m.own + encodeURIComponent(m.id), { token: a.token, headers: V3 });
      if (res.status !== 200) leaks.push(`A lost its ${m.kind}: ${res.status}`);
      else if (JSON.stringify(res.body).includes('stolen')) leaks.push(`B renamed A's ${m.kind}`);
    }
    // B's lists do not contain A's resources.
    for (const [svc, path, key] of [
      ['compute', '/compute/v2.1/os-keypairs', 'keypairs'],
      ['compute', '/compute/v2.1/servers', 'servers'],
      ['compute', '/compute/v2.1/os-server-groups', 'server_groups'],
      ['volume', `/volume/v3/${b.projectId}/volumes`, 'volumes'],
      ['volume', `/volume/v3/${b.projectId}/snapshots`, 'snapshots'],
      ['volume', `/volume/v3/${b.projectId}/attachments`, 'attachments'],
      ['network', '/network/v2.0/networks', 'networks'],
      ['network', '/network/v2.0/subnets', 'subnets'],
      ['network', '/network/v2.0/ports', 'ports'],
      ['network', '/network/v2.0/routers', 'routers'],
      ['network', '/network/v2.0/floatingips', 'floatingips'],
      ['network', '/network/v2.0/security-groups', 'security_groups'],
      ['network', '/network/v2.0/security-group-rules', 'security_group_rules'],
      ['image', '/image/v2/images', 'images'],
    ] as const) {
      const res = await api(c, 'GET', path, { token: b.token, headers: V3 });
      expect(res.status, `${svc} ${path}`).toBe(200);
      const text = JSON.stringify(res.body[key] ?? []);
      for (const m of made) if (m.kind !== 'keypair' && text.includes(m.id)) leaks.push(`${path} as B lists A's ${m.kind}`);
      if (key === 'keypairs' && text.includes(made[0]!.id)) leaks.push("B's keypair list has A's keypair");
    }
    // Cinder: B's token with A's project id in the URL is refused.
    const res = await api(c, 'GET', `/volume/v3/${a.projectId}/volumes/${made.find((m) => m.kind === 'volume')!.id}`, { token: b.token });
    if (![400, 403, 404].includes(res.status)) leaks.push(`B with A's project_id in the Cinder URL -> ${res.status}`);
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

  it('a qcow2 upload with a backing file is refused and the image is back to queued', async () => {
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
      expect(got.body.status).toBe('queued');
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
