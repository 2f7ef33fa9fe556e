/** The metadata service: OpenStack's tree and the EC2 view of one instance's data, kept current from the controller. */
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { FORWARDED_FOR, FORWARDED_NETWORK, isPasswordPath, MetadataService, metadataResponse, PROXY_SOURCE, type MetadataSource, type ServedMetadata } from '../src/network/metadata.js';
import type { InstanceMetadata, NetworkInfo } from '../src/protocol.js';

const DATA = {
  metaData: { uuid: 'u-1', hostname: 'web1', name: 'web1', availability_zone: 'nova', public_keys: { k1: 'ssh-ed25519 AAAA k1' }, launch_index: 0 },
  networkData: { links: [], networks: [], services: [] },
  userData: '#!/bin/sh\necho hi\n',
};

describe('metadataResponse', () => {
  it('serves the OpenStack tree', () => {
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/meta_data.json')).toEqual({ type: 'application/json', body: JSON.stringify(DATA.metaData) });
    expect(JSON.parse(metadataResponse(DATA, '10.0.0.5', '/openstack/2018-08-27/network_data.json')!.body)).toEqual(DATA.networkData);
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/user_data')!.body).toBe(DATA.userData);
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/')!.body).toContain('meta_data.json\nnetwork_data.json');
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/latest/nope')).toBeUndefined();
    expect(metadataResponse(DATA, '10.0.0.5', '/openstack/1999-01-01/meta_data.json')).toBeUndefined();
    expect(metadataResponse({ ...DATA, userData: undefined }, '10.0.0.5', '/openstack/latest/user_data')).toBeUndefined();
  });

  it('serves the EC2 paths cloud-init reads', () => {
    const get = (p: string) => metadataResponse(DATA, '10.0.0.5', p)?.body;
    expect(get('/latest/meta-data/instance-id')).toBe('u-1');
    expect(get('/latest/meta-data/local-ipv4')).toBe('10.0.0.5');
    expect(get('/latest/meta-data/public-keys/')).toBe('0=k1\n');
    expect(get('/latest/meta-data/public-keys/0/openssh-key')).toBe('ssh-ed25519 AAAA k1');
    expect(get('/latest/meta-data/placement/')).toBe('availability-zone\n');
    expect(get('/latest/meta-data/')).toContain('instance-id\n');
    expect(get('/latest/user-data')).toBe(DATA.userData);
  });
});

describe('metadataResponse: the password path', () => {
  it('is listed and served from 2013-04-04 on, as Nova does', () => {
    const data = { ...DATA, password: 'enc==' };
    expect(metadataResponse(data, '10.0.0.5', '/openstack/2013-10-17/password')!.body).toBe('enc==');
    expect(metadataResponse({ ...DATA }, '10.0.0.5', '/openstack/latest/password')!.body).toBe('');
    expect(metadataResponse(data, '10.0.0.5', '/openstack/2012-08-10/password')).toBeUndefined();
    expect(metadataResponse(data, '10.0.0.5', '/openstack/2013-04-04/')!.body).toContain('\npassword\n');
    expect(metadataResponse(data, '10.0.0.5', '/openstack/2012-08-10/')!.body).not.toContain('password');
    expect(isPasswordPath('/openstack/2013-10-17/password')).toBe(true);
    expect(isPasswordPath('/openstack/latest/password/')).toBe(true);
    expect(isPasswordPath('/openstack/2012-08-10/password')).toBe(false);
    expect(isPasswordPath('/openstack/latest/meta_data.json')).toBe(false);
  });
});

const NET = 'net-1';
const port = (id: string, ip: string): NetworkInfo => ({ port_id: id, mac: `fa:16:3e:00:00:0${id.slice(-1)}`, network_id: NET, fixed_ips: [{ ip, subnet_id: 's1', cidr: '10.0.0.0/24', gateway: '10.0.0.1' }] });
const doc = (uuid: string, meta: Record<string, string>, ports: NetworkInfo[], password = ''): InstanceMetadata => ({
  instance: { uuid, name: uuid, hostname: uuid, metadata: meta, availability_zone: 'nova', launch_index: 0, project_id: 'p' },
  network_info: ports,
  password,
  floating_ips: [],
});

/** A controller stand-in: the documents it holds, the calls it got, and failure switches. */
class FakeSource implements MetadataSource {
  docs = new Map<string, InstanceMetadata>();
  fetches: string[] = [];
  posts: { uuid: string; password: string }[] = [];
  mode: 'ok' | 'down' | 'hang' = 'ok';
  async instanceMetadata(uuid: string): Promise<InstanceMetadata | undefined> {
    this.fetches.push(uuid);
    if (this.mode === 'down') throw new Error('connect ECONNREFUSED');
    if (this.mode === 'hang') return new Promise(() => {});
    const d = this.docs.get(uuid);
    return d && structuredClone(d);
  }
  async postInstancePassword(uuid: string, password: string): Promise<'set' | 'conflict' | 'not_found'> {
    this.posts.push({ uuid, password });
    if (this.mode === 'down') throw new Error('connect ECONNREFUSED');
    const d = this.docs.get(uuid);
    if (!d) return 'not_found';
    if (d.password) return 'conflict';
    d.password = password;
    return 'set';
  }
}

describe('MetadataService', () => {
  let dir: string;
  let svc: MetadataService;
  let source: FakeSource;
  let clock: number;
  let plugged: Map<string, NetworkInfo[]>;
  let stored: Map<string, ServedMetadata>;

  /** A request as a namespace's proxy makes it: the guest's address and network in headers. */
  const ask = (ip: string, path: string, o: { method?: string; body?: string | Buffer } = {}): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request({ socketPath: join(dir, 'md.sock'), path, method: o.method ?? 'GET', headers: { [FORWARDED_FOR]: ip, [FORWARDED_NETWORK]: NET } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(o.body);
    });
  const meta = async (ip: string) => JSON.parse((await ask(ip, '/openstack/latest/meta_data.json')).body) as { uuid: string; meta?: Record<string, string> };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oscloud-md-'));
    source = new FakeSource();
    clock = 1_000_000;
    plugged = new Map([
      ['vm-a', [port('pa1', '10.0.0.5')]],
      ['vm-b', [port('pb1', '10.0.0.6')]],
    ]);
    stored = new Map();
    source.docs.set('vm-a', doc('vm-a', { v: '1' }, [port('pa1', '10.0.0.5')]));
    source.docs.set('vm-b', doc('vm-b', { v: 'b' }, [port('pb1', '10.0.0.6')]));
    svc = new MetadataService({
      socketPath: join(dir, 'md.sock'),
      lookup: (net, ip) => {
        for (const [uuid, ports] of plugged) if (ports.some((p) => p.network_id === net && p.fixed_ips.some((f) => f.ip === ip))) return { instanceUuid: uuid, ports };
        return undefined;
      },
      store: { read: async (uuid) => stored.get(uuid), write: async (uuid, data) => void stored.set(uuid, data) },
      source,
      ttlMs: 10_000,
      retryMs: 5_000,
      fetchTimeoutMs: 200,
      now: () => clock,
    });
    await svc.start();
  });
  afterEach(async () => {
    await svc.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers each guest with its own instance only, and 404 to an address that is no instance', async () => {
    expect((await meta('10.0.0.5')).uuid).toBe('vm-a');
    expect((await meta('10.0.0.6')).uuid).toBe('vm-b');
    expect((await ask('10.0.0.7', '/openstack/latest/meta_data.json')).status).toBe(404);
    expect(source.fetches).toEqual(['vm-a', 'vm-b']);
  });

  it('serves changes made after boot once the cache expires; one fetch serves a boot burst', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, () => meta('10.0.0.5')));
    expect(burst.every((m) => m.meta?.v === '1')).toBe(true);
    expect(source.fetches).toEqual(['vm-a']);
    source.docs.get('vm-a')!.instance.metadata = { v: '2' };
    clock += 9_000;
    expect((await meta('10.0.0.5')).meta).toEqual({ v: '1' }); // still within the TTL
    clock += 2_000;
    expect((await meta('10.0.0.5')).meta).toEqual({ v: '2' });
    expect(source.fetches).toEqual(['vm-a', 'vm-a']);
    // What was fetched is kept for a restart.
    expect((stored.get('vm-a')!.metaData as { meta: unknown }).meta).toEqual({ v: '2' });
  });

  it('serves the first floating IP as the EC2 public-ipv4 once one is associated', async () => {
    expect((await ask('10.0.0.5', '/latest/meta-data/public-ipv4')).body).toBe('');
    expect((await ask('10.0.0.5', '/latest/meta-data/')).body).toContain('public-ipv4\n');
    source.docs.get('vm-a')!.floating_ips = [
      { floating_ip_address: '172.24.4.20', fixed_ip_address: '10.0.0.5' },
      { floating_ip_address: '172.24.4.21', fixed_ip_address: '10.0.0.5' },
    ];
    clock += 11_000;
    expect((await ask('10.0.0.5', '/latest/meta-data/public-ipv4')).body).toBe('172.24.4.20');
    expect((await ask('10.0.0.6', '/latest/meta-data/public-ipv4')).body).toBe('');
  });

  it('puts an attached interface into network_data.json after the boot ports, in NIC order', async () => {
    const net = async () => JSON.parse((await ask('10.0.0.5', '/openstack/latest/network_data.json')).body) as { links: { vif_id: string; name: string }[] };
    expect((await net()).links.map((l) => l.vif_id)).toEqual(['pa1']);
    // Attached: plugged here after pa1; the controller happens to list it first.
    plugged.set('vm-a', [port('pa1', '10.0.0.5'), port('pa2', '10.0.1.5')]);
    source.docs.get('vm-a')!.network_info = [port('pa2', '10.0.1.5'), port('pa1', '10.0.0.5')];
    clock += 11_000;
    expect((await net()).links.map((l) => [l.vif_id, l.name])).toEqual([
      ['pa1', 'eth0'],
      ['pa2', 'eth1'],
    ]);
  });

  it('keeps serving the last known data while the controller is away, without asking it on every request', async () => {
    stored.set('vm-b', { metaData: { uuid: 'vm-b', meta: { v: 'spawn' } }, networkData: {} });
    source.mode = 'down';
    // Never fetched: the spawn's data.
    expect((await meta('10.0.0.6')).meta).toEqual({ v: 'spawn' });
    expect((await meta('10.0.0.6')).meta).toEqual({ v: 'spawn' });
    expect(source.fetches).toEqual(['vm-b']); // not asked again within retryMs
    source.mode = 'ok';
    clock += 6_000;
    expect((await meta('10.0.0.6')).meta).toEqual({ v: 'b' });
    // Fetched once, then down: the fetched data.
    source.docs.get('vm-b')!.instance.metadata = { v: 'later' };
    source.mode = 'down';
    clock += 11_000;
    expect((await meta('10.0.0.6')).meta).toEqual({ v: 'b' });
    // Nothing known and no controller: 404, as for an unknown instance.
    expect((await ask('10.0.0.5', '/openstack/latest/meta_data.json')).status).toBe(404);
  });

  it('answers from the last known data when the controller is slow', async () => {
    expect((await meta('10.0.0.5')).meta).toEqual({ v: '1' });
    source.mode = 'hang';
    clock += 11_000;
    const t0 = Date.now();
    expect((await meta('10.0.0.5')).meta).toEqual({ v: '1' });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('answers 404 once the controller says the instance is not on this host', async () => {
    expect((await meta('10.0.0.5')).uuid).toBe('vm-a');
    source.docs.delete('vm-a');
    clock += 11_000;
    expect((await ask('10.0.0.5', '/openstack/latest/meta_data.json')).status).toBe(404);
  });

  it('records a posted password once (Nova: 409 after, 400 over 1020 bytes) and serves it at once', async () => {
    expect((await ask('10.0.0.5', '/openstack/latest/password')).body).toBe('');
    const secret = 'x'.repeat(100);
    const post = await ask('10.0.0.5', '/openstack/2013-10-17/password', { method: 'POST', body: secret });
    expect(post).toEqual({ status: 200, body: '' });
    expect(source.posts).toEqual([{ uuid: 'vm-a', password: secret }]);
    expect((await ask('10.0.0.5', '/openstack/2013-10-17/password')).body).toBe(secret);
    expect(source.fetches).toEqual(['vm-a']); // served from the cache, updated in place
    expect((await ask('10.0.0.5', '/openstack/latest/password', { method: 'POST', body: 'again' })).status).toBe(409);
    // vm-b: too large (by bytes), the wrong path or version: refused here, the controller never asked.
    expect((await ask('10.0.0.6', '/openstack/latest/password', { method: 'POST', body: 'é'.repeat(511) })).status).toBe(400);
    expect((await ask('10.0.0.6', '/openstack/latest/meta_data.json', { method: 'POST', body: 'x' })).status).toBe(400);
    expect((await ask('10.0.0.6', '/openstack/2012-08-10/password', { method: 'POST', body: 'x' })).status).toBe(400);
    expect((await ask('10.0.0.6', '/openstack/latest/password', { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await ask('10.0.0.9', '/openstack/latest/password', { method: 'POST', body: 'x' })).status).toBe(404);
    expect(source.posts.map((p) => p.uuid)).toEqual(['vm-a', 'vm-a']);
    expect((await ask('10.0.0.6', '/openstack/latest/password', { method: 'POST', body: 'é'.repeat(510) })).status).toBe(200); // 1020 bytes
    source.mode = 'down';
    expect((await ask('10.0.0.5', '/openstack/latest/password', { method: 'POST', body: 'x' })).status).toBe(503);
  });
});

describe('the namespace proxy', () => {
  it('passes GETs and password POSTs through, each answered (a guest sending Connection: close loses none)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oscloud-mdp-'));
    const source = new FakeSource();
    source.docs.set('vm-a', doc('vm-a', { v: '1' }, [port('pa1', '127.0.0.1')]));
    const svc = new MetadataService({
      socketPath: join(dir, 'md.sock'),
      lookup: (net, ip) => (net === NET && ip === '127.0.0.1' ? { instanceUuid: 'vm-a', ports: [port('pa1', '127.0.0.1')] } : undefined),
      store: { read: async () => undefined, write: async () => {} },
      source,
    });
    await svc.start();
    // Loopback only: the proxy listens on 127.0.0.1 and maps it to the test's network.
    const free = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    await writeFile(join(dir, 'map.json'), JSON.stringify([['127.0.0.0/8', NET]]));
    const proxy = spawn(process.execPath, ['--input-type=module', '-e', PROXY_SOURCE, '127.0.0.1', String(free), join(dir, 'md.sock'), join(dir, 'map.json')], { stdio: 'ignore' });
    const call = (method: string, path: string, body?: string): Promise<number> =>
      new Promise((resolve, reject) => {
        // busybox wget's headers: Connection: close, and a spoofed identity the proxy must drop.
        const req = request({ host: '127.0.0.1', port: free, method, path, agent: false, headers: { connection: 'close', [FORWARDED_FOR]: '10.9.9.9' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      for (let i = 0; i < 50 && (await call('GET', '/').catch(() => 0)) !== 200; i++) await new Promise((r) => setTimeout(r, 100));
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push(await call('GET', '/openstack/latest/meta_data.json'));
        codes.push(await call('POST', '/openstack/2013-10-17/password', `secret${i}`));
      }
      expect(codes).toEqual([200, 200, ...Array.from({ length: 5 }, () => [200, 409]).flat()]);
      expect(source.posts).toHaveLength(6);
      expect(source.docs.get('vm-a')!.password).toBe('secret0');
    } finally {
      proxy.kill();
      await svc.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
