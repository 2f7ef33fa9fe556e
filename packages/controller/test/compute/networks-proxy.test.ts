/**
 * Nova's os-networks / os-tenant-networks proxies (2.1-2.35) over the network service: the
 * networks the caller sees, Nova's views without nova-network, 404s, and gone from 2.36.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, type TestController } from '../helpers.js';
import { computeCall as call, startComputeController } from './fixtures.js';

const V35 = { 'OpenStack-API-Version': 'compute 2.35' };

describe.each(backends())('compute network proxies on %s', (backend) => {
  let c: TestController;
  let member: { token: string };
  let other: { token: string };
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    c = await startComputeController(backend, { network: true });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    const net = async (token: string, name: string) => (await api(c, 'POST', '/network/v2.0/networks', { token, body: { network: { name } } })).body.network.id as string;
    mine = await net(member.token, 'mine');
    theirs = await net(other.token, 'theirs');
  }, 120000);
  afterAll(async () => {
    await c?.close();
  });

  it('lists and shows the networks the caller sees, in Nova\'s views', async () => {
    const list = await call(c, 'GET', '/v2.1/os-networks', 'listComputeNetworks', { token: member.token, headers: V35 });
    expect(list.body.networks).toEqual([{ id: mine, label: 'mine', cidr: null, netmask: null, gateway: null, broadcast: null, dns1: null, dns2: null, cidr_v6: null, gateway_v6: null, netmask_v6: null }]);
    // An admin sees every network, with the admin fields (null too).
    const all = await call(c, 'GET', '/v2.1/os-networks', 'listComputeNetworks', { token: c.adminToken, headers: V35 });
    expect(all.body.networks.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(all.body.networks[0]).toMatchObject({ project_id: null, mtu: null });
    expect((await call(c, 'GET', `/v2.1/os-networks/${mine}`, 'showComputeNetwork', { token: member.token, headers: V35 })).body.network).toMatchObject({ id: mine, label: 'mine' });
    expect((await call(c, 'GET', `/v2.1/os-networks/${theirs}`, 'showComputeNetwork', { token: member.token, headers: V35 })).status).toBe(404);
    const tenant = await call(c, 'GET', '/v2.1/os-tenant-networks', 'listComputeTenantNetworks', { token: member.token, headers: V35 });
    expect(tenant.body.networks).toEqual([{ id: mine, label: 'mine', cidr: 'None' }]);
    expect((await call(c, 'GET', `/v2.1/os-tenant-networks/${mine}`, 'showComputeTenantNetwork', { token: member.token, headers: V35 })).body.network).toEqual({ id: mine, label: 'mine', cidr: 'None' });
    const missing = await call(c, 'GET', `/v2.1/os-tenant-networks/${randomUUID()}`, 'showComputeTenantNetwork', { token: member.token, headers: V35 });
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe('Network not found.');
  });

  it('is gone from 2.36', async () => {
    const v236 = { 'OpenStack-API-Version': 'compute 2.36' };
    expect((await call(c, 'GET', '/v2.1/os-networks', 'listComputeNetworks', { token: member.token, headers: v236 })).status).toBe(404);
    expect((await call(c, 'GET', '/v2.1/os-tenant-networks', 'listComputeTenantNetworks', { token: member.token, headers: v236 })).status).toBe(404);
  });
});
