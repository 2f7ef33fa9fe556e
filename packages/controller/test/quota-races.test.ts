/**
 * Quota checks under concurrency: 20 parallel creates against a limit of 5 must give exactly 5
 * successes and 15 refusals in the service's own error shape, on both engines (PostgreSQL's
 * READ COMMITTED is where a count-then-insert without a lock overshoots).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, startTestController, type ApiResponse, type TestController } from './helpers.js';

const LIMIT = 5;
/** An imported key (generating 20 RSA keys would only make the test slow). */
const PUBKEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz1Bq5mJ0v0Zq8D6m2rL0w2n3bYcQ5dXk1n0pQ9u1aB race@oscloud';
const ATTEMPTS = 20;

/** Runs `ATTEMPTS` requests at once; returns the responses. */
async function burst(fn: (i: number) => Promise<ApiResponse>): Promise<ApiResponse[]> {
  return Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => fn(i)));
}

/** Exactly LIMIT of `okStatus`, the rest `refused` with a body the spec accepts for `op`. */
function expectLimit(service: Parameters<typeof checkResponse>[0], op: string, res: ApiResponse[], okStatus: number, refused: number): void {
  const statuses = res.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === okStatus), JSON.stringify(res.filter((r) => r.status !== okStatus && r.status !== refused).map((r) => r.text))).toHaveLength(LIMIT);
  expect(statuses.filter((s) => s === refused)).toHaveLength(ATTEMPTS - LIMIT);
  for (const r of res) expect(checkResponse(service, op, r.status, r.body)).toBeNull();
}

describe.each(backends())('quota races on %s', (backend) => {
  let c: TestController;
  let p: { token: string; projectId: string; userId: string };

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { volume: { quota_volumes: LIMIT }, image: { image_count_total: LIMIT } } } });
    p = await c.createProjectUser('member');
    const now = new Date().toISOString();
    // A storage host for the volumes (its tasks are never run: creating is enough).
    await c.db.insertInto('hosts').values({
      id: randomUUID(), name: 'storage1', status: 'up', disabled: 0, disabled_reason: null, availability_zone: 'nova', vcpus: 4, memory_mb: 8192,
      local_gb: 1000, cpu_allocation_ratio: 16, ram_allocation_ratio: 1.5, disk_allocation_ratio: 1, hypervisor_type: 'fake', hypervisor_version: 1,
      kvm_usable: 0, host_ip: null, agent_version: 'test', credential_hash: 'x', last_heartbeat_at: now, created_at: now, updated_at: now,
    }).execute();
  }, 60000);
  afterAll(() => c?.close());

  it('Neutron: 20 parallel port creates against a port quota of 5 (several networks)', async () => {
    const nets: string[] = [];
    for (let i = 0; i < 4; i++) {
      const n = await api(c, 'POST', '/network/v2.0/networks', { token: p.token, body: { network: { name: `n${i}` } } });
      expect(n.status).toBe(201);
      const s = await api(c, 'POST', '/network/v2.0/subnets', { token: p.token, body: { subnet: { network_id: n.body.network.id, ip_version: 4, cidr: `10.${i}.0.0/24` } } });
      expect(s.status).toBe(201);
      nets.push(n.body.network.id);
    }
    const q = await api(c, 'PUT', `/network/v2.0/quotas/${p.projectId}`, { token: c.adminToken, body: { quota: { port: LIMIT, network: LIMIT } } });
    expect(q.status).toBe(200);
    const res = await burst((i) => api(c, 'POST', '/network/v2.0/ports', { token: p.token, body: { port: { network_id: nets[i % nets.length] } } }));
    expectLimit('network', 'createPort', res, 201, 409);
    expect(res.find((r) => r.status === 409)!.body.NeutronError.type).toBe('OverQuota');
    const ports = await api(c, 'GET', '/network/v2.0/ports', { token: p.token });
    expect(ports.body.ports).toHaveLength(LIMIT);
    // Networks: 4 exist, the limit is 5: one more of 20 gets through.
    const more = await burst((i) => api(c, 'POST', '/network/v2.0/networks', { token: p.token, body: { network: { name: `m${i}` } } }));
    expect(more.filter((r) => r.status === 201)).toHaveLength(1);
    expect(more.filter((r) => r.status === 409)).toHaveLength(ATTEMPTS - 1);
  });

  it('Cinder: 20 parallel volume creates against a volumes quota of 5', async () => {
    const res = await burst(() => api(c, 'POST', `/volume/v3/${p.projectId}/volumes`, { token: p.token, body: { volume: { size: 1 } } }));
    expectLimit('volume', 'createVolume', res, 202, 413);
    expect(res.find((r) => r.status === 413)!.body.overLimit.message).toContain("quota 'volumes'");
    const list = await api(c, 'GET', `/volume/v3/${p.projectId}/volumes`, { token: p.token });
    expect(list.body.volumes).toHaveLength(LIMIT);
  });

  it('Glance: 20 parallel image creates against image_count_total 5', async () => {
    const res = await burst((i) => api(c, 'POST', '/image/v2/images', { token: p.token, body: { name: `i${i}`, disk_format: 'raw', container_format: 'bare' } }));
    expectLimit('image', 'createImage', res, 201, 413);
  });

  it('Nova: 20 parallel key pair and server group creates against quotas of 5', async () => {
    const q = await api(c, 'PUT', `/compute/v2.1/os-quota-sets/${p.projectId}`, { token: c.adminToken, body: { quota_set: { key_pairs: LIMIT, server_groups: LIMIT } } });
    expect(q.status).toBe(200);
    const kps = await burst((i) => api(c, 'POST', '/compute/v2.1/os-keypairs', { token: p.token, body: { keypair: { name: `k${i}`, public_key: PUBKEY } } }));
    expectLimit('compute', 'createKeypair', kps, 200, 403);
    const groups = await burst((i) => api(c, 'POST', '/compute/v2.1/os-server-groups', { token: p.token, body: { server_group: { name: `g${i}`, policies: ['affinity'] } } }));
    expectLimit('compute', 'createServerGroup', groups, 200, 403);
  });
});
