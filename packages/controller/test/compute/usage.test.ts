/** os-simple-tenant-usage on a live controller: hours from the instance history, per project and server, paging from 2.40. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController, waitServer } from './fixtures.js';

async function call(c: TestController, path: string, op: string, token: string, v = '2.79') {
  const r = await api(c, 'GET', `/compute/v2.1${path}`, { token, headers: { 'OpenStack-API-Version': `compute ${v}` } });
  if (r.status >= 500) throw new Error(`${path}: ${r.status} body=${r.text}`);
  const err = checkResponse('compute', op, r.status, r.body);
  if (err) throw new Error(`${path}: ${err} body=${r.text}`);
  return r;
}

const T0 = Date.parse('2026-11-02T10:00:00.000Z');
const H = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(backends())('os-simple-tenant-usage on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };
  let empty: { token: string; projectId: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    empty = await c.createProjectUser('reader');
    const flavor = await createFlavor(c, { name: 'u.small', vcpus: 2, ram: 512, disk: 3 });
    const image = await createImage(c);
    const host = await FakeAgent.start(c, 'usage-host', { vcpus: 16, memory_mb: 8192, local_gb: 100 });
    for (const [name, who] of [['a', member], ['b', member], ['never', member], ['c', other]] as const) {
      const r = await api(c, 'POST', '/compute/v2.1/servers', { token: who.token, headers: { 'OpenStack-API-Version': 'compute 2.79' }, body: { server: { name, flavorRef: flavor, imageRef: image, networks: 'none' } } });
      if (r.status !== 202) throw new Error(`server create: ${r.status} ${r.text}`);
      ids[name] = r.body.server.id;
      await host.run();
      await waitServer(c, who.token, ids[name]!, (s) => s.status === 'ACTIVE');
    }
    // A known history: a runs from T0; b ran T0+1h..T0+3h and was deleted; c (another project)
    // from T0+2h; `never` was never launched (it counts for nothing); created in that order.
    const set = (name: string, v: Record<string, unknown>) => c.db.updateTable('instances').set(v).where('id', '=', ids[name]!).execute();
    await set('a', { launched_at: iso(T0), created_at: iso(T0 - 60_000) });
    await set('b', { launched_at: iso(T0 + H), terminated_at: iso(T0 + 3 * H), deleted: 1, deleted_at: iso(T0 + 3 * H), vm_state: 'deleted', created_at: iso(T0 + H - 60_000) });
    await set('never', { launched_at: null, created_at: iso(T0 + 90 * 60_000) });
    await set('c', { launched_at: iso(T0 + 2 * H), created_at: iso(T0 + 2 * H - 60_000) });
    c.ctx.now = () => new Date(T0 + 4 * H);
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  it('lists every project with its hours, vCPU/RAM/disk hours and (detailed) each server, the period cut at now', async () => {
    const r = await call(c, '/os-simple-tenant-usage?start=2026-11-02T09:00:00&end=2026-11-03T10:00:00.5&detailed=1', 'listTenantUsages', c.adminToken);
    expect(r.status).toBe(200);
    const mine = r.body.tenant_usages.find((t: { tenant_id: string }) => t.tenant_id === member.projectId);
    expect(mine).toEqual({
      tenant_id: member.projectId,
      start: '2026-11-02T09:00:00',
      stop: '2026-11-02T14:00:00',
      total_hours: 6,
      total_vcpus_usage: 12,
      total_memory_mb_usage: 3072,
      total_local_gb_usage: 18,
      server_usages: [
        { instance_id: ids.a, name: 'a', tenant_id: member.projectId, flavor: 'u.small', vcpus: 2, memory_mb: 512, local_gb: 3, hours: 4, started_at: '2026-11-02T10:00:00', ended_at: null, state: 'active', uptime: 4 * 3600 },
        { instance_id: ids.b, name: 'b', tenant_id: member.projectId, flavor: 'u.small', vcpus: 2, memory_mb: 512, local_gb: 3, hours: 2, started_at: '2026-11-02T11:00:00', ended_at: '2026-11-02T13:00:00', state: 'terminated', uptime: 2 * 3600 },
      ],
    });
    const theirs = r.body.tenant_usages.find((t: { tenant_id: string }) => t.tenant_id === other.projectId);
    expect(theirs.total_hours).toBe(2);
    // Without detailed: no server_usages (Tempest counts 7 keys then, 8 with them).
    const brief = await call(c, '/os-simple-tenant-usage?start=2026-11-02T09:00:00&end=2026-11-02T12:00:00', 'listTenantUsages', c.adminToken);
    const b = brief.body.tenant_usages.find((t: { tenant_id: string }) => t.tenant_id === member.projectId);
    expect(Object.keys(b).sort()).toEqual(['start', 'stop', 'tenant_id', 'total_hours', 'total_local_gb_usage', 'total_memory_mb_usage', 'total_vcpus_usage']);
    // a: 10:00-12:00 = 2 h, b: 11:00-12:00 = 1 h
    expect(b.total_hours).toBe(3);
    // a period before anything launched, and one after b ended: b does not count
    const late = await call(c, '/os-simple-tenant-usage?start=2026-11-02 13:30:00.000001&end=2026-11-02T13:45:00&detailed=1', 'listTenantUsages', c.adminToken);
    const l = late.body.tenant_usages.find((t: { tenant_id: string }) => t.tenant_id === member.projectId);
    expect(l.start).toBe('2026-11-02T13:30:00.000001');
    expect(l.server_usages.map((s: { name: string }) => s.name)).toEqual(['a']);
    expect((await call(c, '/os-simple-tenant-usage?start=2026-11-01T00:00:00&end=2026-11-01T01:00:00', 'listTenantUsages', c.adminToken)).body.tenant_usages).toEqual([]);
  });

  it("shows one project to its members and admins; another project's is 403, the list is admins' only", async () => {
    const r = await call(c, `/os-simple-tenant-usage/${member.projectId}?start=2026-11-02T09:00:00&end=2026-11-03T00:00:00`, 'showTenantUsage', member.token);
    expect(r.body.tenant_usage.total_hours).toBe(6);
    expect(r.body.tenant_usage.server_usages).toHaveLength(2);
    expect(r.body.tenant_usage_links).toBeUndefined();
    const asAdmin = await call(c, `/os-simple-tenant-usage/${member.projectId}?start=2026-11-02T09:00:00&end=2026-11-03T00:00:00`, 'showTenantUsage', c.adminToken);
    expect(asAdmin.body).toEqual(r.body);
    expect((await call(c, `/os-simple-tenant-usage/${empty.projectId}?start=2026-11-02T09:00:00`, 'showTenantUsage', empty.token)).body).toEqual({ tenant_usage: {} });
    // Neither start nor end: both are now, and start must come before end (Nova's 400).
    expect((await call(c, `/os-simple-tenant-usage/${empty.projectId}`, 'showTenantUsage', empty.token)).status).toBe(400);
    expect((await call(c, `/os-simple-tenant-usage/${other.projectId}`, 'showTenantUsage', member.token)).status).toBe(403);
    expect((await call(c, '/os-simple-tenant-usage?detailed=1', 'listTenantUsages', member.token)).status).toBe(403);
  });

  it("answers Nova's 400s for a bad period and 404 for an empty tenant id", async () => {
    const backwards = await call(c, `/os-simple-tenant-usage/${member.projectId}?start=2026-11-03T00:00:00&end=2026-11-02T00:00:00`, 'showTenantUsage', c.adminToken);
    expect(backwards.status).toBe(400);
    expect(backwards.body.badRequest.message).toBe('Invalid start time. The start time cannot occur after the end time.');
    for (const bad of ['2026-11-02', '2026-11-02T25:00:00', '2026-02-30T00:00:00', '2026-11-02T10:00:00Z', '2026-11-02 10:00:00', 'yesterday']) {
      const r = await call(c, `/os-simple-tenant-usage?start=${encodeURIComponent(bad)}`, 'listTenantUsages', c.adminToken);
      expect(r.status, bad).toBe(400);
      expect(r.body.badRequest.message).toBe('Invalid datetime string: Datetime is in invalid format');
    }
    expect((await api(c, 'GET', '/compute/v2.1/os-simple-tenant-usage/?start=2026-11-02T09:00:00', { token: c.adminToken })).status).toBe(404);
  });

  it('pages over servers from 2.40 (limit, marker, links), not before', async () => {
    const q = 'start=2026-11-02T09:00:00&end=2026-11-03T00:00:00';
    const first = await call(c, `/os-simple-tenant-usage/${member.projectId}?${q}&limit=1`, 'showTenantUsage', member.token, '2.40');
    expect(first.body.tenant_usage.server_usages.map((s: { name: string }) => s.name)).toEqual(['a']);
    const next = new URL(first.body.tenant_usage_links[0].href);
    expect(first.body.tenant_usage_links[0].rel).toBe('next');
    expect(next.pathname).toBe(`/compute/v2.1/os-simple-tenant-usage/${member.projectId}`);
    expect(next.searchParams.get('marker')).toBe(ids.a);
    expect(next.searchParams.get('start')).toBe('2026-11-02T09:00:00');
    const second = await call(c, `/os-simple-tenant-usage/${member.projectId}${next.search}`, 'showTenantUsage', member.token, '2.40');
    expect(second.body.tenant_usage.server_usages.map((s: { name: string }) => s.name)).toEqual(['b']);
    expect(second.body.tenant_usage_links).toBeUndefined();
    const all = await call(c, `/os-simple-tenant-usage?${q}&limit=2&detailed=1`, 'listTenantUsages', c.adminToken, '2.40');
    expect(all.body.tenant_usages_links[0].href).toContain(`marker=${ids.b}`);
    expect((await call(c, `/os-simple-tenant-usage?${q}&marker=nope`, 'listTenantUsages', c.adminToken, '2.40')).status).toBe(400);
    const old = await call(c, `/os-simple-tenant-usage/${member.projectId}?${q}&limit=1`, 'showTenantUsage', member.token, '2.39');
    expect(old.body.tenant_usage.server_usages).toHaveLength(2);
  });
});
