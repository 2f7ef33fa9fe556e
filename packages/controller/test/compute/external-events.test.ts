/**
 * os-server-external-events (Nova's per-event codes and 200/207/404, names by microversion),
 * a server's addresses by network label (ips/{network_label}) and the extension documents.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('external events, addresses by network, extensions on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let host: FakeAgent;
  let flavor: string;
  let image: string;

  beforeAll(async () => {
    c = await startComputeController(backend, { network: true });
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.ev', vcpus: 1, ram: 128, disk: 1 });
    image = await createImage(c);
    host = await FakeAgent.start(c, 'ev-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const server = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'ev', flavorRef: flavor, imageRef: image, networks: 'none', ...extra } } });
    expect(r.status).toBe(202);
    await host.run();
    return r.body.server.id as string;
  };
  const events = (body: unknown, token = c.adminToken, version = '2.1') => call(c, 'POST', '/v2.1/os-server-external-events', 'createServerExternalEvents', { token, body, headers: { 'OpenStack-API-Version': `compute ${version}` } });

  it('answers each event with its code, 200/207/404 overall, admin only', async () => {
    const id = await server();
    const all = await events({ events: [{ name: 'network-changed', server_uuid: id }, { name: 'network-vif-plugged', server_uuid: id, status: 'failed', tag: 'port-1' }] });
    expect(all.status).toBe(200);
    expect(all.body.events).toEqual([
      { name: 'network-changed', server_uuid: id, status: 'completed', code: 200 },
      { name: 'network-vif-plugged', server_uuid: id, status: 'failed', tag: 'port-1', code: 200 },
    ]);
    const missing = randomUUID();
    const some = await events({ events: [{ name: 'network-changed', server_uuid: id }, { name: 'network-changed', server_uuid: missing }] });
    expect(some.status).toBe(207);
    expect(some.body.events.map((e: { code: number }) => e.code)).toEqual([200, 404]);
    expect((await events({ events: [{ name: 'network-changed', server_uuid: missing }] })).status).toBe(404);
    // A server not on a host yet: 422 for its event.
    const now = new Date().toISOString();
    await c.db.updateTable('instances').set({ host_id: null, updated_at: now }).where('id', '=', id).execute();
    expect((await events({ events: [{ name: 'network-changed', server_uuid: id }] })).status).toBe(404);
    // Names by microversion; bad bodies; members are refused.
    expect((await events({ events: [{ name: 'volume-extended', server_uuid: id }] }, c.adminToken, '2.50')).status).toBe(400);
    expect((await events({ events: [{ name: 'bogus', server_uuid: id }] })).status).toBe(400);
    expect((await events({ events: [] })).status).toBe(400);
    expect((await events({ events: [{ name: 'network-changed', server_uuid: id }] }, member.token)).status).toBe(403);
  });

  it('shows one network\'s addresses by its label, 404 for a network the server is not on', async () => {
    const net = (method: string, path: string, body: unknown) => api(c, method, `/network/v2.0${path}`, { token: member.token, body });
    const priv = (await net('POST', '/networks', { network: { name: 'ev-net' } })).body.network;
    await net('POST', '/subnets', { subnet: { network_id: priv.id, cidr: '10.61.0.0/24', ip_version: 4 } });
    const id = await server({ networks: [{ uuid: priv.id }] });
    const all = (await call(c, 'GET', `/v2.1/servers/${id}/ips`, 'listServerAddresses', { token: member.token })).body.addresses;
    expect(Object.keys(all)).toEqual(['ev-net']);
    const one = await call(c, 'GET', `/v2.1/servers/${id}/ips/ev-net`, 'showServerAddressesByNetwork', { token: member.token });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ 'ev-net': all['ev-net'] });
    expect(one.body['ev-net'][0].addr).toMatch(/^10\.61\.0\./);
    const none = await call(c, 'GET', `/v2.1/servers/${id}/ips/other`, 'showServerAddressesByNetwork', { token: member.token });
    expect(none.status).toBe(404);
    expect(none.body.itemNotFound.message).toBe('Instance is not a member of specified network');
  });

  it('lists and shows the extension documents', async () => {
    const list = (await call(c, 'GET', '/v2.1/extensions', 'listComputeExtensions', { token: member.token })).body.extensions;
    expect(list.map((e: { name: string }) => e.name)).toContain('Hosts');
    const one = await call(c, 'GET', '/v2.1/extensions/os-consoles', 'showComputeExtension', { token: member.token });
    expect(one.body.extension).toEqual({ alias: 'os-consoles', name: 'Consoles', description: 'Interactive Console support.', namespace: 'http://docs.openstack.org/compute/ext/fake_xml', updated: '2014-12-03T00:00:00Z', links: [] });
    expect((await call(c, 'GET', '/v2.1/extensions/os-nothing', 'showComputeExtension', { token: member.token })).status).toBe(404);
    expect((await call(c, 'GET', '/v2.1/extensions/toString', 'showComputeExtension', { token: member.token })).status).toBe(404);
  });
});
