/**
 * os-server-password and the agent API behind the metadata service: the host of an instance reads
 * its current metadata document and records the password its guest posts; the owner shows and
 * clears it; nobody else (another project, another host) sees or sets anything.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/db/index.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

const V = { 'OpenStack-API-Version': 'compute 2.79' };

/** Calls an API and checks the response against its spec (never a 5xx). */
async function call(c: TestController, service: 'compute' | 'agent', method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const r = await api(c, method, `/${service}${path}`, { ...o, headers: { ...(service === 'compute' ? V : {}), ...o.headers } });
  if (r.status >= 500) throw new Error(`${method} ${path}: ${r.status} body=${r.text}`);
  const err = checkResponse(service, op, r.status, r.body);
  if (err) throw new Error(`${method} ${path}: ${err} body=${r.text}`);
  return r;
}

describe.each(backends())('server password and live metadata on %s', (backend) => {
  let c: TestController;
  let hosts: FakeAgent[];
  let owner: { token: string; projectId: string };
  let reader: { token: string };
  let stranger: { token: string };
  let serverId: string;
  let netId: string;
  let host: FakeAgent;
  let otherHost: FakeAgent;

  const runAll = async (): Promise<void> => {
    for (const h of hosts) await h.run();
  };
  const agentCall = (h: FakeAgent, method: string, path: string, op: string, body?: unknown) =>
    call(c, 'agent', method, `/v1/hosts/${h.hostId}${path}`, op, { body, headers: { authorization: `Bearer ${h.credential}` } });
  const metadataOf = (h: FakeAgent, id = serverId) => agentCall(h, 'GET', `/instances/${id}/metadata`, 'showAgentInstanceMetadata');
  const post = (h: FakeAgent, password: string, id = serverId) => agentCall(h, 'POST', `/instances/${id}/password`, 'setAgentInstancePassword', { password });
  const show = (token: string, id = serverId) => call(c, 'compute', 'GET', `/v2.1/servers/${id}/os-server-password`, 'showServerPassword', { token });
  const clear = (token: string, id = serverId) => call(c, 'compute', 'DELETE', `/v2.1/servers/${id}/os-server-password`, 'clearServerPassword', { token });

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: `boot-${randomBytes(6).toString('hex')}` });
    owner = await c.createProjectUser('member');
    reader = await c.createProjectUser('reader', { projectId: owner.projectId });
    stranger = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'm1.pw', vcpus: 1, ram: 128, disk: 1 });
    const image = await createImage(c);
    hosts = [await FakeAgent.start(c, 'pw-a', { vcpus: 4, memory_mb: 4096, local_gb: 100 }), await FakeAgent.start(c, 'pw-b', { vcpus: 4, memory_mb: 4096, local_gb: 100 })];
    const net = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, owner.projectId, { name: 'pwnet' }, new Date());
      await createSubnet(trx, { projectId: owner.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.61.0.0/24', ip_version: 4 }, new Date());
      return n;
    });
    netId = net.id;
    const r = await call(c, 'compute', 'POST', '/v2.1/servers', 'createServer', {
      token: owner.token,
      body: { server: { name: 'pw1', flavorRef: flavor, imageRef: image, networks: [{ uuid: net.id }], metadata: { role: 'web' }, user_data: Buffer.from('#!/bin/sh\n').toString('base64') } },
    });
    expect(r.status).toBe(202);
    serverId = r.body.server.id as string;
    await runAll();
    host = hosts.find((h) => h.instances.has(serverId))!;
    otherHost = hosts.find((h) => h !== host)!;
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  it('shows an empty password until the guest posts one, then exactly what it posted', async () => {
    expect((await show(owner.token)).body).toEqual({ password: '' });
    const secret = randomBytes(75).toString('base64'); // 100 characters, as Tempest posts
    expect((await post(host, secret)).status).toBe(204);
    expect((await show(owner.token)).body).toEqual({ password: secret });
    expect((await show(reader.token)).body).toEqual({ password: secret });
    expect((await show(c.adminToken)).body).toEqual({ password: secret });
    // Set once (Nova's metadata password.py): a second post is 409 and changes nothing.
    const again = await post(host, 'other');
    expect(again.status).toBe(409);
    expect(again.body.error.message).not.toContain(secret);
    expect((await show(owner.token)).body).toEqual({ password: secret });
    // The metadata document carries it.
    expect((await metadataOf(host)).body.password).toBe(secret);
  });

  it('clears it for the owner or an admin; others get Nova 404/403 bodies', async () => {
    const notFound = await show(stranger.token);
    expect(notFound.status).toBe(404);
    expect(notFound.body).toEqual({ itemNotFound: { code: 404, message: `Instance ${serverId} could not be found.` } });
    expect((await clear(stranger.token)).status).toBe(404);
    const denied = await clear(reader.token);
    expect(denied.status).toBe(403);
    expect(denied.body.forbidden.code).toBe(403);
    expect((await call(c, 'compute', 'GET', `/v2.1/servers/${serverId}/os-server-password`, 'showServerPassword')).status).toBe(401);
    expect((await show(owner.token, '3f0c9f4e-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await show(owner.token)).body.password).not.toBe('');
    const cleared = await clear(owner.token);
    expect(cleared.status).toBe(204);
    expect(cleared.text).toBe('');
    expect((await show(owner.token)).body).toEqual({ password: '' });
    expect((await clear(c.adminToken)).status).toBe(204); // nothing to clear: still 204
    // Cleared, the guest may post again.
    expect((await post(host, 'second')).status).toBe(204);
    expect((await show(owner.token)).body).toEqual({ password: 'second' });
    expect((await clear(c.adminToken)).status).toBe(204);
  });

  it('refuses a password over 1020 bytes (400) and lets only the instance host set or read anything', async () => {
    const big = await post(host, 'é'.repeat(511)); // 511 characters, 1022 bytes
    expect(big.status).toBe(400);
    expect(big.body.error.message).toBe('Request is too large.');
    expect((await post(host, 'x'.repeat(1021))).status).toBe(400); // the schema's bound
    expect((await post(host, '')).status).toBe(400);
    expect((await show(owner.token)).body).toEqual({ password: '' });
    // Another host (its own credential, its own host id): the instance is not there.
    expect((await post(otherHost, 'hijack')).status).toBe(404);
    expect((await metadataOf(otherHost)).status).toBe(404);
    // Another host's credential on this host's path: 403 before anything is read.
    const cross = await call(c, 'agent', 'GET', `/v1/hosts/${host.hostId}/instances/${serverId}/metadata`, 'showAgentInstanceMetadata', { headers: { authorization: `Bearer ${otherHost.credential}` } });
    expect(cross.status).toBe(403);
    expect((await call(c, 'agent', 'POST', `/v1/hosts/${host.hostId}/instances/${serverId}/password`, 'setAgentInstancePassword', { body: { password: 'x' } })).status).toBe(401);
    expect((await show(owner.token)).body).toEqual({ password: '' });
  });

  it('serves the instance metadata as it is now: metadata changes and attached interfaces', async () => {
    const first = (await metadataOf(host)).body;
    expect(first.instance).toMatchObject({ uuid: serverId, name: 'pw1', hostname: 'pw1', metadata: { role: 'web' }, user_data: Buffer.from('#!/bin/sh\n').toString('base64'), project_id: owner.projectId, launch_index: 0 });
    expect(first.instance).not.toHaveProperty('admin_pass');
    expect(first.network_info).toHaveLength(1);
    expect(first.network_info[0]).toMatchObject({ network_id: netId, fixed_ips: [{ ip: expect.stringMatching(/^10\.61\.0\./) }] });
    await call(c, 'compute', 'POST', `/v2.1/servers/${serverId}/metadata`, 'createServerMetadata', { token: owner.token, body: { metadata: { tier: 'front' } } });
    expect((await metadataOf(host)).body.instance.metadata).toEqual({ role: 'web', tier: 'front' });
    // An interface attached through os-interface (the attach waits for the host: drive it meanwhile).
    const pending = call(c, 'compute', 'POST', `/v2.1/servers/${serverId}/os-interface`, 'createServerInterface', { token: owner.token, body: { interfaceAttachment: { net_id: netId } } });
    let settled = false;
    void pending.finally(() => (settled = true));
    while (!settled) {
      await runAll();
      await new Promise((r) => setTimeout(r, 10));
    }
    const attached = (await pending).body.interfaceAttachment as { port_id: string };
    const now = (await metadataOf(host)).body;
    expect(now.network_info.map((n: { port_id: string }) => n.port_id)).toEqual([first.network_info[0].port_id, attached.port_id]);
    // A floating IP associated later (the EC2 public-ipv4 Tempest's test_server_basic_ops reads).
    expect(first.floating_ips).toEqual([]);
    const fixed = first.network_info[0].fixed_ips[0].ip as string;
    const t = new Date().toISOString();
    await c.db
      .insertInto('net_floatingips')
      .values({ id: '5d7e0c1a-0000-4000-8000-00000000f1a0', project_id: owner.projectId, floating_network_id: netId, floating_ip_address: '172.24.4.77', floating_port_id: 'fp-1', fixed_port_id: first.network_info[0].port_id, fixed_ip_address: fixed, router_id: null, status: 'ACTIVE', description: '', dns_name: '', dns_domain: '', tags: '[]', created_at: t, updated_at: t, revision_number: 0 })
      .execute();
    expect((await metadataOf(host)).body.floating_ips).toEqual([{ floating_ip_address: '172.24.4.77', fixed_ip_address: fixed }]);
  });

  it('forgets the password with the server; a deleted server has no metadata', async () => {
    expect((await post(host, 'bye')).status).toBe(204);
    expect((await call(c, 'compute', 'DELETE', `/v2.1/servers/${serverId}`, 'deleteServer', { token: owner.token })).status).toBe(204);
    await runAll();
    expect(await c.db.selectFrom('instance_passwords').selectAll().where('instance_id', '=', serverId).execute()).toEqual([]);
    expect((await metadataOf(host)).status).toBe(404);
    expect((await post(host, 'late')).status).toBe(404);
    expect((await show(owner.token)).status).toBe(404);
  });
});
