import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, startTestController, type TestController } from '../helpers.js';
import { call } from './call.js';

describe.each(backends())('subnet pools on %s', (backend) => {
  let c: TestController;
  let admin: string;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };
  let netId: string;

  beforeAll(async () => {
    c = await startTestController({ backend });
    admin = c.adminToken;
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    netId = (await call(c, member.token, 'POST', '/v2.0/networks', 'createNetwork', 201, { network: { name: 'pooled' } })).body.network.id;
  });
  afterAll(async () => {
    await c?.close();
  });

  it('creates, shows, lists, updates and deletes pools with Neutron defaults; others get 404', async () => {
    const ext = (await call(c, member.token, 'GET', '/v2.0/extensions/subnet_allocation', 'showNetworkExtension', 200)).body.extension;
    expect(ext.alias).toBe('subnet_allocation');
    const res = await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { name: 'p', prefixes: ['10.10.1.0/24', '10.10.0.0/24', '192.168.0.0/16'] } });
    const pool = res.body.subnetpool;
    expect(pool).toMatchObject({
      name: 'p',
      ip_version: 4,
      prefixes: ['10.10.0.0/23', '192.168.0.0/16'],
      min_prefixlen: 8,
      max_prefixlen: 32,
      default_prefixlen: 8,
      default_quota: null,
      address_scope_id: null,
      shared: false,
      is_default: false,
      project_id: member.projectId,
      revision_number: 0,
      tags: [],
    });
    await call(c, member.token, 'GET', `/v2.0/subnetpools/${pool.id}`, 'showSubnetPool', 200);
    const nf = await call(c, other.token, 'GET', `/v2.0/subnetpools/${pool.id}`, 'showSubnetPool', 404);
    expect(nf.body.NeutronError.type).toBe('SubnetPoolNotFound');
    await call(c, other.token, 'PUT', `/v2.0/subnetpools/${pool.id}`, 'updateSubnetPool', 404, { subnetpool: { name: 'x' } });
    await call(c, other.token, 'DELETE', `/v2.0/subnetpools/${pool.id}`, 'deleteSubnetPool', 404);
    expect((await call(c, other.token, 'GET', '/v2.0/subnetpools', 'listSubnetPools', 200)).body.subnetpools).toEqual([]);
    const mine = await api(c, 'GET', '/network/v2.0/subnetpools?ip_version=4&fields=id&fields=prefixes', { token: member.token });
    expect(mine.body.subnetpools).toEqual([{ id: pool.id, prefixes: ['10.10.0.0/23', '192.168.0.0/16'] }]);
    const up = await call(c, member.token, 'PUT', `/v2.0/subnetpools/${pool.id}`, 'updateSubnetPool', 200, { subnetpool: { name: 'q', prefixes: ['10.10.0.0/22', '192.168.0.0/16'], min_prefixlen: 20, default_prefixlen: 26, max_prefixlen: 28 } });
    expect(up.body.subnetpool).toMatchObject({ name: 'q', prefixes: ['10.10.0.0/22', '192.168.0.0/16'], min_prefixlen: 20, default_prefixlen: 26, max_prefixlen: 28, revision_number: 1 });
    const shrink = await call(c, member.token, 'PUT', `/v2.0/subnetpools/${pool.id}`, 'updateSubnetPool', 400, { subnetpool: { prefixes: ['10.10.0.0/22'] } });
    expect(shrink.body.NeutronError.type).toBe('IllegalSubnetPoolPrefixUpdate');
    const bounds = await call(c, member.token, 'PUT', `/v2.0/subnetpools/${pool.id}`, 'updateSubnetPool', 400, { subnetpool: { default_prefixlen: 30 } });
    expect(bounds.body.NeutronError.type).toBe('IllegalSubnetPoolPrefixBounds');
    const stale = await api(c, 'PUT', `/network/v2.0/subnetpools/${pool.id}`, { token: member.token, headers: { 'if-match': 'revision_number=0' }, body: { subnetpool: { name: 'r' } } });
    expect(stale.status).toBe(412);
    await call(c, member.token, 'PUT', `/v2.0/subnetpools/${pool.id}/tags/blue`, 'addResourceTag', 201);
    const tagged = await call(c, member.token, 'GET', '/v2.0/subnetpools?tags=blue', 'listSubnetPools', 200);
    expect(tagged.body.subnetpools.map((p: { id: string }) => p.id)).toEqual([pool.id]);
    await call(c, member.token, 'DELETE', `/v2.0/subnetpools/${pool.id}`, 'deleteSubnetPool', 204);
    await call(c, member.token, 'GET', `/v2.0/subnetpools/${pool.id}`, 'showSubnetPool', 404);
  });

  it('refuses bad pools: mixed versions, empty, bounds, unknown address scopes, admin-only attributes, two defaults', async () => {
    const cases: [unknown, number, string][] = [
      [{ prefixes: ['10.0.0.0/8', '2001:db8::/32'] }, 400, 'PrefixVersionMismatch'],
      [{ prefixes: ['nope'] }, 400, 'InvalidInput'],
      [{ prefixes: ['10.0.0.0/8'], min_prefixlen: 24, max_prefixlen: 16 }, 400, 'IllegalSubnetPoolPrefixBounds'],
      [{ prefixes: ['10.0.0.0/8'], max_prefixlen: 33 }, 400, 'IllegalSubnetPoolPrefixBounds'],
      [{ prefixes: ['10.0.0.0/8'], address_scope_id: 'f00' }, 404, 'AddressScopeNotFound'],
      [{ prefixes: ['10.0.0.0/8'], shared: true }, 403, 'PolicyNotAuthorized'],
      [{ prefixes: ['10.0.0.0/8'], is_default: true }, 403, 'PolicyNotAuthorized'],
    ];
    for (const [body, status, type] of cases) {
      const r = await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', status, { subnetpool: body });
      expect(r.body.NeutronError.type, JSON.stringify(body)).toBe(type);
    }
    expect((await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 400, { subnetpool: { prefixes: [] } })).body.NeutronError.type).toBe('HTTPBadRequest');
    expect((await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 400, { subnetpool: { prefixes: ['10.0.0.0/8'], min_prefixlen: 'x' } })).body.NeutronError.type).toBe('HTTPBadRequest');
    const d = await call(c, admin, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { prefixes: ['2001:db8::/48'], is_default: true, shared: true } });
    expect(d.body.subnetpool).toMatchObject({ ip_version: 6, min_prefixlen: 64, default_prefixlen: 64, max_prefixlen: 128, is_default: true, shared: true });
    const two = await call(c, admin, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 400, { subnetpool: { prefixes: ['2001:db9::/48'], is_default: true } });
    expect(two.body.NeutronError.type).toBe('InvalidInput');
    // Shared: visible to every project, changed only by its owner.
    await call(c, other.token, 'GET', `/v2.0/subnetpools/${d.body.subnetpool.id}`, 'showSubnetPool', 200);
    await call(c, other.token, 'PUT', `/v2.0/subnetpools/${d.body.subnetpool.id}`, 'updateSubnetPool', 403, { subnetpool: { name: 'mine' } });
    // A member's subnet from the shared default IPv6 pool.
    const s6 = await call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', 201, { subnet: { network_id: netId, ip_version: 6, use_default_subnetpool: true, ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' } });
    expect(s6.body.subnet).toMatchObject({ cidr: '2001:db8::/64', subnetpool_id: d.body.subnetpool.id });
    const none4 = await call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', 400, { subnet: { network_id: netId, ip_version: 4, use_default_subnetpool: true } });
    expect(none4.body.NeutronError.message).toMatch(/No default subnetpool found for IPv4/);
    await call(c, member.token, 'DELETE', `/v2.0/subnets/${s6.body.subnet.id}`, 'deleteSubnet', 204);
    await call(c, admin, 'DELETE', `/v2.0/subnetpools/${d.body.subnetpool.id}`, 'deleteSubnetPool', 204);
  });

  it('allocates subnets from a pool by prefix length or CIDR, frees them on delete, enforces bounds and quota', async () => {
    const pool = (await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { prefixes: ['10.60.0.0/22'], min_prefixlen: 23, default_prefixlen: 24, max_prefixlen: 28, default_quota: 768 } })).body.subnetpool;
    const sub = (body: Record<string, unknown>, status: number) => call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', status, { subnet: { network_id: netId, ip_version: 4, subnetpool_id: pool.id, ...body } });
    const a = (await sub({}, 201)).body.subnet;
    expect(a).toMatchObject({ cidr: '10.60.0.0/24', subnetpool_id: pool.id, gateway_ip: '10.60.0.1', allocation_pools: [{ start: '10.60.0.2', end: '10.60.0.254' }] });
    const b = (await sub({ prefixlen: 25 }, 201)).body.subnet;
    expect(b.cidr).toBe('10.60.1.0/25');
    const taken = await sub({ cidr: '10.60.0.128/25' }, 409);
    expect(taken.body.NeutronError.type).toBe('SubnetAllocationError');
    const outside = await sub({ cidr: '10.70.0.0/24' }, 409);
    expect(outside.body.NeutronError.type).toBe('SubnetAllocationError');
    expect((await sub({ prefixlen: 29 }, 400)).body.NeutronError.type).toBe('MaxPrefixSubnetAllocationError');
    expect((await sub({ prefixlen: 22 }, 400)).body.NeutronError.type).toBe('MinPrefixSubnetAllocationError');
    expect((await sub({ ip_version: 6 }, 400)).body.NeutronError.type).toBe('InvalidInput');
    // A network's subnets of one IP version come from one pool (or none).
    const plain = await call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', 400, { subnet: { network_id: netId, ip_version: 4, cidr: '10.99.0.0/24' } });
    expect(plain.body.NeutronError.type).toBe('NetworkSubnetPoolAffinityError');
    // 256 + 128 used of a quota of 768 addresses: a /24 more fits, a /23 does not.
    expect((await sub({ prefixlen: 23 }, 409)).body.NeutronError.type).toBe('SubnetPoolQuotaExceeded');
    const c2 = (await sub({ cidr: '10.60.2.0/24' }, 201)).body.subnet;
    expect((await sub({ prefixlen: 24 }, 409)).body.NeutronError.type).toBe('SubnetPoolQuotaExceeded');
    const other404 = await call(c, other.token, 'POST', '/v2.0/subnets', 'createSubnet', 404, { subnet: { network_id: netId, ip_version: 4, subnetpool_id: pool.id } });
    expect(other404.body.NeutronError.type).toBe('NetworkNotFound');
    const inUse = await call(c, member.token, 'DELETE', `/v2.0/subnetpools/${pool.id}`, 'deleteSubnetPool', 409);
    expect(inUse.body.NeutronError.type).toBe('SubnetPoolInUse');
    await call(c, member.token, 'DELETE', `/v2.0/subnets/${a.id}`, 'deleteSubnet', 204);
    expect((await sub({}, 201)).body.subnet.cidr).toBe('10.60.0.0/24');
    const all = (await call(c, member.token, 'GET', `/v2.0/subnets?subnetpool_id=${pool.id}`, 'listSubnets', 200)).body.subnets;
    for (const s of all) await call(c, member.token, 'DELETE', `/v2.0/subnets/${s.id}`, 'deleteSubnet', 204);
    expect(all.map((s: { id: string }) => s.id)).toContain(c2.id);
    await call(c, member.token, 'DELETE', `/v2.0/subnetpools/${pool.id}`, 'deleteSubnetPool', 204);
    const missing = await call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', 404, { subnet: { network_id: netId, ip_version: 4, subnetpool_id: pool.id } });
    expect(missing.body.NeutronError.type).toBe('SubnetPoolNotFound');
  });

  it('address scopes: CRUD, shared visibility, pools with unique prefixes per scope, in-use delete', async () => {
    const ext = (await call(c, member.token, 'GET', '/v2.0/extensions', 'listNetworkExtensions', 200)).body.extensions.map((e: { alias: string }) => e.alias);
    expect(ext).toContain('address-scope');
    const scope = (await call(c, member.token, 'POST', '/v2.0/address-scopes', 'createAddressScope', 201, { address_scope: { name: 's4', ip_version: 4 } })).body.address_scope;
    expect(scope).toEqual({ id: scope.id, name: 's4', ip_version: 4, shared: false, tenant_id: member.projectId, project_id: member.projectId });
    expect((await call(c, member.token, 'POST', '/v2.0/address-scopes', 'createAddressScope', 403, { address_scope: { ip_version: 4, shared: true } })).body.NeutronError.type).toBe('PolicyNotAuthorized');
    expect((await call(c, member.token, 'POST', '/v2.0/address-scopes', 'createAddressScope', 400, { address_scope: { ip_version: 5 } })).body.NeutronError.type).toBe('HTTPBadRequest');
    await call(c, other.token, 'GET', `/v2.0/address-scopes/${scope.id}`, 'showAddressScope', 404);
    expect((await call(c, other.token, 'GET', '/v2.0/address-scopes', 'listAddressScopes', 200)).body.address_scopes).toEqual([]);
    const renamed = await call(c, member.token, 'PUT', `/v2.0/address-scopes/${scope.id}`, 'updateAddressScope', 200, { address_scope: { name: 't4' } });
    expect(renamed.body.address_scope.name).toBe('t4');
    await call(c, member.token, 'PUT', `/v2.0/address-scopes/${scope.id}`, 'updateAddressScope', 403, { address_scope: { shared: true } });
    await call(c, admin, 'PUT', `/v2.0/address-scopes/${scope.id}`, 'updateAddressScope', 200, { address_scope: { shared: true } });
    await call(c, other.token, 'GET', `/v2.0/address-scopes/${scope.id}`, 'showAddressScope', 200);
    await call(c, other.token, 'DELETE', `/v2.0/address-scopes/${scope.id}`, 'deleteAddressScope', 403);
    expect((await call(c, admin, 'PUT', `/v2.0/address-scopes/${scope.id}`, 'updateAddressScope', 400, { address_scope: { shared: false } })).body.NeutronError.type).toBe('AddressScopeUpdateError');
    // Pools in the scope: one IP version, no overlapping prefixes (also across projects, the scope being shared).
    const p1 = (await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { prefixes: ['10.80.0.0/16'], address_scope_id: scope.id } })).body.subnetpool;
    expect(p1.address_scope_id).toBe(scope.id);
    const scoped = (await call(c, member.token, 'POST', '/v2.0/networks', 'createNetwork', 201, { network: { name: 'scoped' } })).body.network;
    expect([scoped.ipv4_address_scope, scoped.ipv6_address_scope]).toEqual([null, null]);
    const s1 = (await call(c, member.token, 'POST', '/v2.0/subnets', 'createSubnet', 201, { subnet: { network_id: scoped.id, ip_version: 4, subnetpool_id: p1.id, prefixlen: 24 } })).body.subnet;
    const shown = (await call(c, member.token, 'GET', `/v2.0/networks/${scoped.id}`, 'showNetwork', 200)).body.network;
    expect([shown.ipv4_address_scope, shown.ipv6_address_scope]).toEqual([scope.id, null]);
    await call(c, member.token, 'DELETE', `/v2.0/subnets/${s1.id}`, 'deleteSubnet', 204);
    await call(c, member.token, 'DELETE', `/v2.0/networks/${scoped.id}`, 'deleteNetwork', 204);
    const clash = await call(c, other.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 409, { subnetpool: { prefixes: ['10.80.128.0/17'], address_scope_id: scope.id } });
    expect(clash.body.NeutronError.type).toBe('AddressScopePrefixConflict');
    const v6 = await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 400, { subnetpool: { prefixes: ['2001:db8::/48'], address_scope_id: scope.id } });
    expect(v6.body.NeutronError.type).toBe('IllegalSubnetPoolIpVersionAssociationToAddressScope');
    const p2 = (await call(c, other.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 201, { subnetpool: { prefixes: ['10.81.0.0/16'] } })).body.subnetpool;
    expect(p2.address_scope_id).toBeNull();
    await call(c, other.token, 'PUT', `/v2.0/subnetpools/${p2.id}`, 'updateSubnetPool', 200, { subnetpool: { address_scope_id: scope.id } });
    const grow = await call(c, other.token, 'PUT', `/v2.0/subnetpools/${p2.id}`, 'updateSubnetPool', 409, { subnetpool: { prefixes: ['10.80.0.0/15'] } });
    expect(grow.body.NeutronError.type).toBe('AddressScopePrefixConflict');
    const gone = await call(c, member.token, 'POST', '/v2.0/subnetpools', 'createSubnetPool', 404, { subnetpool: { prefixes: ['10.82.0.0/16'], address_scope_id: 'f00' } });
    expect(gone.body.NeutronError.type).toBe('AddressScopeNotFound');
    expect((await call(c, member.token, 'DELETE', `/v2.0/address-scopes/${scope.id}`, 'deleteAddressScope', 409)).body.NeutronError.type).toBe('AddressScopeInUse');
    const left = await call(c, other.token, 'PUT', `/v2.0/subnetpools/${p2.id}`, 'updateSubnetPool', 200, { subnetpool: { address_scope_id: null } });
    expect(left.body.subnetpool.address_scope_id).toBeNull();
    await call(c, member.token, 'DELETE', `/v2.0/subnetpools/${p1.id}`, 'deleteSubnetPool', 204);
    await call(c, other.token, 'DELETE', `/v2.0/subnetpools/${p2.id}`, 'deleteSubnetPool', 204);
    await call(c, member.token, 'DELETE', `/v2.0/address-scopes/${scope.id}`, 'deleteAddressScope', 204);
    await call(c, member.token, 'GET', `/v2.0/address-scopes/${scope.id}`, 'showAddressScope', 404);
  });
});
