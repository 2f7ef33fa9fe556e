/**
 * Issue 22, findings 1 and 6: hostile numbers and strings are refused at the edge (the spec's
 * bounds, one NUL / UTF-8 check for every JSON body) in each service's own error shape, quickly,
 * and nothing is stored. Runs on every backend of backends().
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { api, backends, startTestController, type TestController } from '../helpers.js';
import { createFlavor, createImage } from '../compute/fixtures.js';
import { instancesThatFit } from '../../src/compute/quotas.js';
import type { ServiceName } from '../../src/spec.js';
import { errorShapeProblem, rawRequest, rowCounts, diffCounts } from './common.js';

const MAX_INT = 2147483647;
const V237 = { 'openstack-api-version': 'compute 2.37' };

function expectRefused(service: ServiceName, res: { status: number; body: unknown; text: string }, what: string, status = 400): void {
  expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBe(status);
  expect(errorShapeProblem(service, res.status, res.body), `${what}: ${res.text.slice(0, 300)}`).toBeNull();
}


describe('instancesThatFit (closed form)', () => {
  const limits = { instances: 10, cores: 20, ram: 51200 };
  const used = { instances: 2, cores: 4, ram: 1024 };

  it('answers huge counts at once (finding 1: it counted down one by one and never ended above 2^53)', () => {
    expect(instancesThatFit(limits, used, { cores: 1, ram: 64 }, 1, 30_000_000)).toEqual({ count: 8 });
    expect(instancesThatFit(limits, used, { cores: 1, ram: 64 }, 1, 1e20)).toEqual({ count: 8 });
    expect('over' in instancesThatFit(limits, used, { cores: 1, ram: 64 }, 1e20, 1e20)).toBe(true);
    expect(instancesThatFit({ instances: -1, cores: -1, ram: -1 }, used, { cores: 1, ram: 64 }, 1, 1e20)).toEqual({ count: 1e20 });
    // Not a speed target: a count-down from 1e20 never ends, so the test's timeout is what fails.
  });

  it('agrees with trying every count from max down to min', () => {
    const lim = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 60 }));
    fc.assert(
      fc.property(lim, lim, lim, fc.nat(30), fc.nat(30), fc.nat(70), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 12 }), fc.nat(12), (li, lc, lr, ui, uc, ur, pc, pr, min, extra) => {
        const L = { instances: li, cores: lc, ram: lr };
        const U = { instances: ui, cores: uc, ram: ur };
        const fits = (n: number): boolean => (['instances', 'cores', 'ram'] as const).every((r) => {
          const need = r === 'instances' ? n : r === 'cores' ? pc * n : pr * n;
          return L[r] < 0 || need <= 0 || U[r] + need <= L[r];
        });
        let expected: number | null = null;
        for (let n = min + extra; n >= min; n--) if (fits(n)) { expected = n; break; }
        const got = instancesThatFit(L, U, { cores: pc, ram: pr }, min, min + extra);
        if (expected === null) expect('over' in got && got.over.length > 0).toBe(true);
        else expect(got).toEqual({ count: expected });
      }),
      { numRuns: 500, seed: 22 },
    );
  });
});

describe.each(backends())('hostile bounds (%s)', (backend) => {
  let c: TestController;
  let m: { token: string; projectId: string; userId: string };
  let flavor: string;
  let image: string;
  let network: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    m = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'hb-tiny', vcpus: 1, ram: 64, disk: 1 });
    image = await createImage(c);
    const net = await api(c, 'POST', '/network/v2.0/networks', { token: m.token, body: { network: { name: 'hb-net' } } });
    expect(net.status).toBe(201);
    network = net.body.network.id;
    const sub = await api(c, 'POST', '/network/v2.0/subnets', { token: m.token, body: { subnet: { network_id: network, ip_version: 4, cidr: '10.99.0.0/24' } } });
    expect(sub.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  const createServers = (extra: Record<string, unknown>) =>
    api(c, 'POST', '/compute/v2.1/servers', { token: m.token, headers: V237, body: { server: { name: 'hb', flavorRef: flavor, imageRef: image, networks: [{ uuid: network }], ...extra } } });

  const serverCount = async (): Promise<number> => {
    const r = await api(c, 'GET', '/compute/v2.1/servers', { token: m.token });
    expect(r.status).toBe(200);
    return r.body.servers.length as number;
  };

  it('finding 1: min_count 1e20 (number or string) answers 400 at once, and the controller keeps answering', async () => {
    for (const v of [1e20, '100000000000000000000', 2 ** 53 + 2, MAX_INT + 1]) {
      const t0 = performance.now();
      const res = await createServers({ min_count: v });
      expectRefused('compute', res, `min_count ${v}`);
      expect(res.body.badRequest.message).toMatch(/min_count/);
      expect(performance.now() - t0, `min_count ${v}`).toBeLessThan(2000);
      const t1 = performance.now();
      const other = await api(c, 'GET', '/compute/v2.1/flavors', { token: m.token });
      expect(other.status).toBe(200);
      // Generous (a loaded CI machine answers late); a controller still counting would not answer for minutes.
      expect(performance.now() - t1).toBeLessThan(2000);
    }
    expect(await serverCount()).toBe(0);
  });

  it('finding 1: a huge max_count answers quickly (400 above the bound of 1000)', async () => {
    for (const v of [30_000_000, '30000000', 1e20, 1001]) {
      const t0 = performance.now();
      const res = await createServers({ max_count: v });
      expectRefused('compute', res, `max_count ${v}`);
      expect(performance.now() - t0, `max_count ${v}`).toBeLessThan(2000);
    }
    expect(await serverCount()).toBe(0);
  });

  it('finding 1: max_count 1000 builds as many as the quota allows; a min_count above it is 403 forbidden', async () => {
    const over = await createServers({ min_count: 11, max_count: 1000 });
    expectRefused('compute', over, 'min_count 11 over an instances quota of 10', 403);
    expect(over.body.forbidden.message).toMatch(/Quota exceeded for instances: Requested 11, but already used 0 of 10 instances/);
    const t0 = performance.now();
    const res = await createServers({ min_count: 1, max_count: 1000 });
    expect(res.status, res.text).toBe(202);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(await serverCount()).toBe(10);
    const full = await createServers({ min_count: 1, max_count: 1000 });
    expectRefused('compute', full, 'quota full', 403);
  }, 60_000);

  it('finding 6: integers beyond the OpenStack bounds are refused, not stored rounded', async () => {
    const admin = c.adminToken;
    const before = await rowCounts(c);
    for (const ram of [2 ** 53 + 1, MAX_INT + 1, '2147483648', 1e30]) {
      const r = await api(c, 'POST', '/compute/v2.1/flavors', { token: admin, body: { flavor: { name: `big-${String(ram)}`, ram, vcpus: 1, disk: 1 } } });
      expectRefused('compute', r, `flavor ram ${ram}`);
    }
    for (const [k, v] of [['vcpus', MAX_INT + 1], ['disk', 2 ** 63], ['swap', '99999999999']] as const) {
      const r = await api(c, 'POST', '/compute/v2.1/flavors', { token: admin, body: { flavor: { name: `big-${k}`, ram: 64, vcpus: 1, disk: 1, [k]: v } } });
      expectRefused('compute', r, `flavor ${k} ${v}`);
    }
    for (const v of [MAX_INT + 1, '9007199254740993', -2, '-2']) {
      const r = await api(c, 'PUT', `/compute/v2.1/os-quota-sets/${m.projectId}`, { token: admin, body: { quota_set: { instances: v } } });
      expectRefused('compute', r, `compute quota ${v}`);
    }
    const cq = await api(c, 'PUT', `/volume/v3/${c.adminProjectId}/os-quota-sets/${m.projectId}`, { token: admin, body: { quota_set: { gigabytes: 2 ** 53 } } });
    expectRefused('volume', cq, 'cinder quota 2^53');
    const nq = await api(c, 'PUT', `/network/v2.0/quotas/${m.projectId}`, { token: admin, body: { quota: { network: 1e20 } } });
    expectRefused('network', nq, 'neutron quota 1e20');
    for (const [k, v] of [['min_disk', 2 ** 53 + 2], ['min_ram', MAX_INT + 1]] as const) {
      const r = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'big', disk_format: 'raw', container_format: 'bare', [k]: v } });
      expectRefused('image', r, `image ${k} ${v}`);
    }
    for (const body of [{ network: { name: 'big-mtu', mtu: 2 ** 53 + 2 } }, { network: { name: 'big-mtu', mtu: 65536 } }]) {
      const r = await api(c, 'POST', '/network/v2.0/networks', { token: admin, body });
      expectRefused('network', r, `network ${JSON.stringify(body)}`);
    }
    const vol = await api(c, 'POST', `/volume/v3/${m.projectId}/volumes`, { token: m.token, body: { volume: { size: 2 ** 53 } } });
    expectRefused('volume', vol, 'volume size 2^53');
    expect(diffCounts(before, await rowCounts(c))).toEqual([]);
  });

  it('finding 6: values at the bounds are stored exactly', async () => {
    const f = await api(c, 'POST', '/compute/v2.1/flavors', { token: c.adminToken, body: { flavor: { name: 'max-int', ram: MAX_INT, vcpus: '2147483647', disk: 0 } } });
    expect(f.status, f.text).toBe(200);
    expect([f.body.flavor.ram, f.body.flavor.vcpus]).toEqual([MAX_INT, MAX_INT]);
    const q = await api(c, 'PUT', `/compute/v2.1/os-quota-sets/${m.projectId}`, { token: c.adminToken, body: { quota_set: { key_pairs: MAX_INT } } });
    expect(q.status, q.text).toBe(200);
    expect(q.body.quota_set.key_pairs).toBe(MAX_INT);
    const img = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'max', disk_format: 'raw', container_format: 'bare', min_disk: MAX_INT } });
    expect(img.status, img.text).toBe(201);
    expect(img.body.min_disk).toBe(MAX_INT);
  });

  it('finding 6: an image PATCH of min_disk / min_ram beyond 2^31 - 1 is refused with 400, the bound itself is stored', async () => {
    const img = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'patch-bounds', disk_format: 'raw', container_format: 'bare' } });
    expect(img.status, img.text).toBe(201);
    const patch = (ops: unknown[]) =>
      rawRequest(c.url, 'PATCH', `/image/v2/images/${img.body.id}`, {
        headers: { 'x-auth-token': m.token, 'content-type': 'application/openstack-images-v2.1-json-patch' },
        body: JSON.stringify(ops),
      });
    for (const attr of ['min_disk', 'min_ram']) {
      for (const [op, v] of [['replace', MAX_INT + 1], ['add', 2 ** 53 + 2], ['replace', 1e20]] as const) {
        const res = await patch([{ op, path: `/${attr}`, value: v }]);
        expectRefused('image', res, `PATCH ${op} /${attr} ${v}`);
        expect((res.body as { message: string }).message).toMatch(new RegExp(`${attr}.*2147483647`));
      }
    }
    const got = await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: m.token });
    expect([got.body.min_disk, got.body.min_ram]).toEqual([0, 0]);
    const ok = await patch([{ op: 'replace', path: '/min_disk', value: MAX_INT }, { op: 'replace', path: '/min_ram', value: MAX_INT }]);
    expect(ok.status, ok.text).toBe(200);
    expect([(ok.body as { min_disk: number }).min_disk, (ok.body as { min_ram: number }).min_ram]).toEqual([MAX_INT, MAX_INT]);
  });

  it('a JSON body past the shape bounds (1000 members, depth 32, 20,000 values) is refused with 400 in each service shape', async () => {
    const before = await rowCounts(c);
    const keys = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    const deep = (n: number): unknown => Array.from({ length: n }).reduce<unknown>((inner) => ({ a: inner }), 'x');
    const cases: [ServiceName, string, string, unknown, RegExp][] = [
      ['identity', 'POST', '/identity/v3/projects', { project: { name: 'p', tags: Array.from({ length: 1001 }, (_, i) => `t${i}`) } }, /array of more than 1000 items/],
      ['compute', 'POST', '/compute/v2.1/servers', { server: { name: 'hb', flavorRef: flavor, imageRef: image, networks: 'none', metadata: keys(1001) } }, /object of more than 1000 members/],
      ['image', 'POST', '/image/v2/images', { name: 'i', disk_format: 'raw', container_format: 'bare', ...keys(1001) }, /object of more than 1000 members/],
      ['volume', 'POST', `/volume/v3/${m.projectId}/volumes`, { volume: { size: 1, metadata: keys(1001) } }, /object of more than 1000 members/],
      ['volume', 'POST', `/volume/v3/${m.projectId}/volumes`, { volume: { size: 1, metadata: deep(40) } }, /deeper than 32 levels/],
      ['network', 'POST', '/network/v2.0/ports', { ports: Array.from({ length: 25 }, () => ({ network_id: network, name: 'p', ...keys(900) })) }, /more than 20000 values/],
    ];
    for (const [svc, method, path, body, message] of cases) {
      const res = await rawRequest(c.url, method, path, { headers: { 'x-auth-token': svc === 'identity' ? c.adminToken : m.token, 'content-type': 'application/json', ...V237 }, body: JSON.stringify(body) });
      expectRefused(svc, res, `${svc} ${path} ${String(message)}`);
      expect(res.text).toMatch(message);
    }
    // Glance's JSON-patch media type has its own parser: bounded the same way.
    const img = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'shape', disk_format: 'raw', container_format: 'bare' } });
    expect(img.status).toBe(201);
    const afterImage = await rowCounts(c);
    const ops = Array.from({ length: 1001 }, (_, i) => ({ op: 'add', path: `/p${i}`, value: 'v' }));
    const patch = await rawRequest(c.url, 'PATCH', `/image/v2/images/${img.body.id}`, {
      headers: { 'x-auth-token': m.token, 'content-type': 'application/openstack-images-v2.1-json-patch' },
      body: JSON.stringify(ops),
    });
    expectRefused('image', patch, 'image PATCH of 1001 operations');
    expect(patch.text).toMatch(/array of more than 1000 items/);
    expect(diffCounts(before, afterImage).filter((d) => !d.startsWith('img_images'))).toEqual([]);
    // At the bounds, the same services parse the body and answer as usual.
    const vol = await api(c, 'POST', `/volume/v3/${m.projectId}/volumes`, { token: m.token, body: { volume: { size: 1, metadata: keys(1000) } } });
    expect(vol.status, vol.text.slice(0, 300)).toBe(202);
    const props = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'i', disk_format: 'raw', container_format: 'bare', ...keys(997) } });
    expectRefused('image', props, 'image properties over the quota of 128', 413);
    expect(props.text).toMatch(/Maximum number of image properties exceeded/);
  });

  it('finding 6: a 300-character availability zone is refused (the volume used to go to error)', async () => {
    const before = await rowCounts(c);
    const r = await api(c, 'POST', `/volume/v3/${m.projectId}/volumes`, { token: m.token, body: { volume: { size: 1, availability_zone: 'z'.repeat(300) } } });
    expectRefused('volume', r, '300-character AZ');
    expect(r.body.badRequest.message).toMatch(/availability_zone/);
    const s = await createServers({ availability_zone: 'z'.repeat(300) });
    expectRefused('compute', s, 'server 300-character AZ');
    expect(diffCounts(before, await rowCounts(c))).toEqual([]);
  });

  it("finding 6: a floating IP's fixed_ip_address / floating_ip_address must be an IP address", async () => {
    const before = await rowCounts(c);
    for (const fip of [{ fixed_ip_address: 'junk' }, { floating_ip_address: 'junk' }, { fixed_ip_address: '10.0.0.300' }, { floating_ip_address: '::g' }]) {
      const r = await api(c, 'POST', '/network/v2.0/floatingips', { token: m.token, body: { floatingip: { floating_network_id: randomUUID(), ...fip } } });
      expectRefused('network', r, `floating IP ${JSON.stringify(fip)}`);
    }
    const upd = await api(c, 'PUT', `/network/v2.0/floatingips/${randomUUID()}`, { token: m.token, body: { floatingip: { fixed_ip_address: 'junk' } } });
    expectRefused('network', upd, 'floating IP update junk');
    const port = await api(c, 'POST', '/network/v2.0/ports', { token: m.token, body: { port: { network_id: network, fixed_ips: [{ ip_address: 'junk' }] } } });
    expectRefused('network', port, 'port fixed_ips junk');
    expect(diffCounts(before, await rowCounts(c))).toEqual([]);
  });

  it('finding 6: NUL in any string (value or key) of a JSON body is refused with 400 in each service shape', async () => {
    const before = await rowCounts(c);
    const cases: [ServiceName, string, string, unknown, string?][] = [
      ['identity', 'POST', '/identity/v3/projects', { project: { name: 'a\u0000b' } }],
      ['compute', 'POST', '/compute/v2.1/os-keypairs', { keypair: { name: 'k\u0000' } }],
      ['compute', 'POST', '/compute/v2.1/servers', { server: { name: 'hb', flavorRef: flavor, imageRef: image, networks: 'none', metadata: { 'k\u0000': 'v' } } }],
      ['image', 'POST', '/image/v2/images', { name: '\u0000', disk_format: 'raw', container_format: 'bare' }],
      ['volume', 'POST', `/volume/v3/${m.projectId}/volumes`, { volume: { size: 1, description: 'x\u0000y' } }],
      ['network', 'POST', '/network/v2.0/networks', { network: { name: 'n\u0000' } }],
      ['network', 'POST', '/network/v2.0/security-groups', { security_group: { name: 'ok', description: ['no', { deep: ['x\u0000'] }] } }],
    ];
    for (const [svc, method, path, body] of cases) {
      const res = await rawRequest(c.url, method, path, { headers: { 'x-auth-token': svc === 'identity' ? c.adminToken : m.token, 'content-type': 'application/json', ...V237 }, body: JSON.stringify(body) });
      expectRefused(svc, res, `${svc} ${path} NUL`);
      expect(res.text).toMatch(/NUL/);
    }
    // Glance's JSON-patch media type too.
    const img = await api(c, 'POST', '/image/v2/images', { token: m.token, body: { name: 'patchme', disk_format: 'raw', container_format: 'bare' } });
    expect(img.status).toBe(201);
    const afterImage = await rowCounts(c);
    const patch = await rawRequest(c.url, 'PATCH', `/image/v2/images/${img.body.id}`, {
      headers: { 'x-auth-token': m.token, 'content-type': 'application/openstack-images-v2.1-json-patch' },
      body: JSON.stringify([{ op: 'replace', path: '/name', value: 'evil\u0000' }]),
    });
    expectRefused('image', patch, 'image PATCH NUL');
    const got = await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: m.token });
    expect(got.body.name).toBe('patchme');
    expect(diffCounts(before, afterImage).filter((d) => !d.startsWith('img_images'))).toEqual([]);
  });

  it('finding 6: a JSON body that is not UTF-8 is refused with 400 in each service shape', async () => {
    const before = await rowCounts(c);
    const bad = (json: string): Buffer => {
      const [a, b] = json.split('@@');
      return Buffer.concat([Buffer.from(a!), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(b!)]);
    };
    const cases: [ServiceName, string, string, string][] = [
      ['identity', 'POST', '/identity/v3/projects', '{"project":{"name":"p@@"}}'],
      ['compute', 'POST', '/compute/v2.1/os-keypairs', '{"keypair":{"name":"k@@"}}'],
      ['image', 'POST', '/image/v2/images', '{"name":"i@@","disk_format":"raw","container_format":"bare"}'],
      ['volume', 'POST', `/volume/v3/${m.projectId}/volumes`, '{"volume":{"size":1,"name":"v@@"}}'],
      ['network', 'POST', '/network/v2.0/networks', '{"network":{"name":"n@@"}}'],
    ];
    for (const [svc, method, path, json] of cases) {
      const res = await rawRequest(c.url, method, path, { headers: { 'x-auth-token': svc === 'identity' ? c.adminToken : m.token, 'content-type': 'application/json' }, body: bad(json) });
      expectRefused(svc, res, `${svc} ${path} invalid UTF-8`);
      expect(res.text).toMatch(/UTF-8/);
    }
    expect(diffCounts(before, await rowCounts(c))).toEqual([]);
    // Valid UTF-8 split inside a character between two TCP writes still parses.
    const body = Buffer.from(JSON.stringify({ network: { name: 'ünïcødé-😀' } }));
    const cut = body.indexOf(Buffer.from('😀')) + 2;
    const ok = await rawRequest(c.url, 'POST', '/network/v2.0/networks', { headers: { 'x-auth-token': m.token, 'content-type': 'application/json' }, parts: [body.subarray(0, cut), body.subarray(cut)] });
    expect(ok.status, ok.text).toBe(201);
    expect((ok.body as { network: { name: string } }).network.name).toBe('ünïcødé-😀');
  });
});
