/**
 * Neutron's `convert_to: convert_to_int` attributes (schemas' `x-oscloud-convert-to: int`, one
 * keyword in src/spec.ts): an integer sent as a string of one is accepted and stored as the
 * integer (python-openstackclient 6 sends `network create --mtu 1400` as "1400"); any other
 * string is still the usual 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestController, type TestController } from '../helpers.js';
import { call } from './call.js';

describe('network API: integer attributes given as strings', () => {
  let c: TestController;
  beforeAll(async () => {
    c = await startTestController({ backend: 'sqlite' });
  });
  afterAll(async () => {
    await c?.close();
  });

  it('converts mtu, ip_version, prefix lengths and quota limits; rejects what is no integer', async () => {
    const net = (await call(c, c.adminToken, 'POST', '/v2.0/networks', 'createNetwork', 201, { network: { name: 'conv', mtu: '1400' } })).body.network;
    expect(net.mtu).toBe(1400);
    expect((await call(c, c.adminToken, 'PUT', `/v2.0/networks/${net.id}`, 'updateNetwork', 200, { network: { mtu: ' 1300 ' } })).body.network.mtu).toBe(1300);
    const bad = await call(c, c.adminToken, 'PUT', `/v2.0/networks/${net.id}`, 'updateNetwork', 400, { network: { mtu: '13a' } });
    expect(bad.body.NeutronError.type).toBe('HTTPBadRequest');
    const subnet = (await call(c, c.adminToken, 'POST', '/v2.0/subnets', 'createSubnet', 201, { subnet: { network_id: net.id, cidr: '10.61.0.0/24', ip_version: '4' } })).body.subnet;
    expect(subnet.ip_version).toBe(4);
    const pool = (await call(c, c.adminToken, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { name: 'conv', prefixes: ['10.62.0.0/16'], default_prefixlen: '26', max_prefixlen: '28' } })).body.subnetpool;
    expect([pool.default_prefixlen, pool.max_prefixlen]).toEqual([26, 28]);
    const quota = (await call(c, c.adminToken, 'PUT', `/v2.0/quotas/${c.adminProjectId}`, 'updateNetworkQuota', 200, { quota: { network: '25' } })).body.quota;
    expect(quota.network).toBe(25);
  });
});
