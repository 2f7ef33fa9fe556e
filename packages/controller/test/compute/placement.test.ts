/**
 * Placement across several hosts: host aggregates and the availability zones they make, servers
 * placed in a zone (and on `zone:host`), server group policies and different_host/same_host hints
 * spreading or packing over three simulated hosts, hypervisor statistics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

const V241 = { 'OpenStack-API-Version': 'compute 2.41' };

describe.each(backends())('placement on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let flavor: string;
  let image: string;
  let hosts: FakeAgent[];

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.tiny', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    hosts = [];
    for (const n of ['host-a', 'host-b', 'host-c']) hosts.push(await FakeAgent.start(c, n, { vcpus: 4, memory_mb: 4096, local_gb: 100 }));
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const runAll = async (): Promise<void> => {
    for (const h of hosts) await h.run();
  };
  const create = (token: string, server: Record<string, unknown>, hints?: Record<string, unknown>) =>
    call(c, 'POST', '/v2.1/servers', 'createServer', { token, body: { server: { name: 'p', flavorRef: flavor, imageRef: image, networks: 'none', ...server }, ...(hints ? { 'os:scheduler_hints': hints } : {}) } });
  const hostOf = async (id: string): Promise<string | null> => (await c.db.selectFrom('instances').select('host_name').where('id', '=', id).executeTakeFirstOrThrow()).host_name;
  const show = async (id: string) => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const deleteAll = async (ids: string[]): Promise<void> => {
    for (const id of ids) expect((await call(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: c.adminToken })).status).toBe(204);
    await runAll();
  };
  const agg = (method: string, path: string, op: string, body?: unknown, headers?: Record<string, string>) => call(c, method, `/v2.1/os-aggregates${path}`, op, { token: c.adminToken, body, headers });

  it('manages aggregates with Nova shapes and errors; an availability_zone makes the zone of its hosts', async () => {
    const created = await agg('POST', '', 'createAggregate', { aggregate: { name: 'rack1', availability_zone: 'az1' } }, V241);
    expect(created.status).toBe(200);
    const a = created.body.aggregate;
    expect(a).toMatchObject({ name: 'rack1', availability_zone: 'az1', deleted: false, deleted_at: null, updated_at: null });
    expect(a).not.toHaveProperty('hosts');
    expect(a.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof a.id).toBe('number');
    // Before 2.41 no uuid.
    const plain = await agg('POST', '', 'createAggregate', { aggregate: { name: 'plain' } }, { 'OpenStack-API-Version': 'compute 2.40' });
    expect(plain.body.aggregate).not.toHaveProperty('uuid');
    expect(plain.body.aggregate.availability_zone).toBeNull();
    // Duplicate names: 409; a member cannot see aggregates.
    expect((await agg('POST', '', 'createAggregate', { aggregate: { name: 'rack1' } })).status).toBe(409);
    expect((await agg('POST', '', 'createAggregate', { aggregate: { name: '' } })).status).toBe(400);
    expect((await agg('POST', '', 'createAggregate', { aggregate: { name: 'x'.repeat(256) } })).status).toBe(400);
    expect((await call(c, 'GET', '/v2.1/os-aggregates', 'listAggregates', { token: member.token })).status).toBe(403);

    // add_host: unknown host 404, the zone follows, twice 409, a second zone for the host 409.
    const add = (id: number, host: string) => agg('POST', `/${id}/action`, 'aggregateAction', { add_host: { host } });
    expect((await add(a.id, 'nowhere')).body.itemNotFound.message).toBe('Compute host nowhere could not be found.');
    const added = await add(a.id, 'host-a');
    expect(added.status).toBe(200);
    expect(added.body.aggregate).toMatchObject({ hosts: ['host-a'], metadata: { availability_zone: 'az1' }, availability_zone: 'az1' });
    expect((await add(a.id, 'host-a')).status).toBe(409);
    const other = (await agg('POST', '', 'createAggregate', { aggregate: { name: 'rack2', availability_zone: 'az2' } })).body.aggregate;
    const twoZones = await add(other.id, 'host-a');
    expect(twoZones.status).toBe(409);
    expect(twoZones.body.conflictingRequest.message).toBe(`Cannot add host to aggregate ${other.id}. Reason: One or more hosts already in availability zone(s) ['az1'].`);
    // A zoneless aggregate takes any host.
    expect((await add(plain.body.aggregate.id, 'host-a')).status).toBe(200);

    // The zone is the host's: services, availability zones (detail with nova-compute), hypervisors.
    const svc = await call(c, 'GET', '/v2.1/os-services?host=host-a', 'listComputeServices', { token: c.adminToken });
    expect(svc.body.services[0].zone).toBe('az1');
    const zones = await call(c, 'GET', '/v2.1/os-availability-zone/detail', 'listComputeAvailabilityZonesDetailed', { token: c.adminToken });
    const byName = Object.fromEntries(zones.body.availabilityZoneInfo.map((z: { zoneName: string; hosts: Record<string, unknown> }) => [z.zoneName, z]));
    expect(Object.keys(byName).sort()).toEqual(['az1', 'nova']);
    expect(byName.az1.hosts).toEqual({ 'host-a': { 'nova-compute': { available: true, active: true, updated_at: expect.any(String) } } });
    expect(Object.keys(byName.nova.hosts).sort()).toEqual(['host-b', 'host-c']);
    const userZones = await call(c, 'GET', '/v2.1/os-availability-zone', 'listComputeAvailabilityZones', { token: member.token });
    expect(userZones.body.availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName).sort()).toEqual(['az1', 'nova']);

    // A server asked into az1 lands on its only host, and shows the zone.
    const inAz = await create(member.token, { name: 'in-az1', availability_zone: 'az1' });
    expect(inAz.status).toBe(202);
    expect(await hostOf(inAz.body.server.id)).toBe('host-a');
    await runAll();
    expect((await show(inAz.body.server.id))['OS-EXT-AZ:availability_zone']).toBe('az1');
    // zone:host is an admin's; the host must be in the zone (else No valid host).
    expect((await create(member.token, { availability_zone: 'nova:host-c' })).status).toBe(403);
    const forced = await create(c.adminToken, { name: 'forced', availability_zone: 'nova:host-c' });
    expect(await hostOf(forced.body.server.id)).toBe('host-c');
    const wrongZone = await create(c.adminToken, { name: 'wrong', availability_zone: 'az1:host-c' });
    expect((await show(wrongZone.body.server.id)).fault.message).toContain('No valid host was found');
    expect((await create(member.token, { availability_zone: 'az2' })).status).toBe(400); // a zone without hosts is not available

    // update: rename, a name taken 409; changing the zone moves the host (and refuses a second zone).
    expect((await agg('PUT', `/${a.id}`, 'updateAggregate', { aggregate: { name: 'rack2' } })).status).toBe(409);
    const renamed = await agg('PUT', `/${a.id}`, 'updateAggregate', { aggregate: { name: 'rack1b', availability_zone: 'az3' } });
    expect(renamed.body.aggregate).toMatchObject({ name: 'rack1b', availability_zone: 'az3', hosts: ['host-a'] });
    expect(renamed.body.aggregate.updated_at).not.toBeNull();
    expect((await agg('GET', `/${a.id}`, 'showAggregate')).body.aggregate).toEqual(renamed.body.aggregate);
    expect((await call(c, 'GET', '/v2.1/os-services?host=host-a', 'listComputeServices', { token: c.adminToken })).body.services[0].zone).toBe('az3');
    const meta = await agg('POST', `/${plain.body.aggregate.id}/action`, 'aggregateAction', { set_metadata: { metadata: { availability_zone: 'az9', ssd: 'true' } } });
    expect(meta.status).toBe(400);
    expect(meta.body.badRequest.message).toBe(`Cannot update metadata of aggregate ${plain.body.aggregate.id}. Reason: One or more hosts already in availability zone(s) ['az3'].`);
    const ssd = await agg('POST', `/${plain.body.aggregate.id}/action`, 'aggregateAction', { set_metadata: { metadata: { ssd: 'true' } } });
    expect(ssd.body.aggregate.metadata).toEqual({ ssd: 'true' });
    const unset = await agg('POST', `/${plain.body.aggregate.id}/action`, 'aggregateAction', { set_metadata: { metadata: { ssd: null } } });
    expect(unset.body.aggregate.metadata).toEqual({});
    expect((await agg('POST', `/${a.id}/action`, 'aggregateAction', { bogus: {} })).status).toBe(400);

    // delete: not while it has hosts (400); remove_host of a host not in it 404; unknown ids 404.
    const notEmpty = await agg('DELETE', `/${a.id}`, 'deleteAggregate');
    expect(notEmpty.status).toBe(400);
    expect(notEmpty.body.badRequest.message).toBe(`Cannot remove host from aggregate ${a.id}. Reason: Host aggregate is not empty.`);
    expect((await agg('POST', `/${a.id}/action`, 'aggregateAction', { remove_host: { host: 'host-b' } })).status).toBe(404);
    const removed = await agg('POST', `/${a.id}/action`, 'aggregateAction', { remove_host: { host: 'host-a' } });
    expect(removed.body.aggregate.hosts).toEqual([]);
    expect((await call(c, 'GET', '/v2.1/os-services?host=host-a', 'listComputeServices', { token: c.adminToken })).body.services[0].zone).toBe('nova');
    expect((await agg('POST', `/${plain.body.aggregate.id}/action`, 'aggregateAction', { remove_host: { host: 'host-a' } })).status).toBe(200);
    for (const id of [a.id, plain.body.aggregate.id, other.id]) expect((await agg('DELETE', `/${id}`, 'deleteAggregate')).status).toBe(200);
    expect((await agg('GET', `/${a.id}`, 'showAggregate')).status).toBe(404);
    expect((await agg('GET', '/abc', 'showAggregate')).status).toBe(404);
    expect((await agg('GET', '', 'listAggregates')).body.aggregates).toEqual([]);
    await deleteAll([inAz.body.server.id, forced.body.server.id, wrongZone.body.server.id]);
  });

  it('a re-registered host keeps its aggregate zone', async () => {
    const a = (await agg('POST', '', 'createAggregate', { aggregate: { name: 'keep', availability_zone: 'azk' } })).body.aggregate;
    await agg('POST', `/${a.id}/action`, 'aggregateAction', { add_host: { host: 'host-b' } });
    const again = await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100, az: 'elsewhere' });
    hosts[1] = again;
    expect((await c.db.selectFrom('hosts').select('availability_zone').where('name', '=', 'host-b').executeTakeFirstOrThrow()).availability_zone).toBe('azk');
    await agg('POST', `/${a.id}/action`, 'aggregateAction', { remove_host: { host: 'host-b' } });
    // Out of the aggregate: the zone it registered with.
    expect((await c.db.selectFrom('hosts').select('availability_zone').where('name', '=', 'host-b').executeTakeFirstOrThrow()).availability_zone).toBe('elsewhere');
    hosts[1] = await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100, az: 'nova' });
    expect((await agg('DELETE', `/${a.id}`, 'deleteAggregate')).status).toBe(200);
  });

  const group = async (policy: string): Promise<string> => {
    const g = await call(c, 'POST', '/v2.1/os-server-groups', 'createServerGroup', { token: member.token, body: { server_group: { name: policy, policy } }, headers: { 'OpenStack-API-Version': 'compute 2.64' } });
    expect(g.status).toBe(200);
    return g.body.server_group.id;
  };
  const members = async (gid: string, n: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await create(member.token, { name: `m${i}` }, { group: gid })).body.server.id);
    return ids;
  };

  it('spreads anti-affinity members over the three hosts and fails the fourth with No valid host', async () => {
    const gid = await group('anti-affinity');
    const ids = await members(gid, 4);
    const placed = await Promise.all(ids.slice(0, 3).map(hostOf));
    expect(new Set(placed).size).toBe(3);
    const fourth = await show(ids[3]!);
    expect(fourth.status).toBe('ERROR');
    expect(fourth.fault).toMatchObject({ code: 500, message: 'No valid host was found. There are not enough hosts available.' });
    await deleteAll(ids);
  });

  it('soft-anti-affinity spreads while it can, then shares; affinity and soft-affinity pack on one host', async () => {
    const soft = await group('soft-anti-affinity');
    const softIds = await members(soft, 4);
    const softHosts = await Promise.all(softIds.map(hostOf));
    expect(new Set(softHosts.slice(0, 3)).size).toBe(3);
    expect(softHosts[3]).not.toBeNull();
    for (const policy of ['affinity', 'soft-affinity']) {
      const gid = await group(policy);
      const ids = await members(gid, 3);
      const on = await Promise.all(ids.map(hostOf));
      expect(on[0]).not.toBeNull();
      expect(new Set(on).size).toBe(1);
      softIds.push(...ids);
    }
    await deleteAll(softIds);
  });

  it('honours different_host and same_host hints', async () => {
    const first = (await create(member.token, { name: 'h1' })).body.server.id as string;
    const second = (await create(member.token, { name: 'h2' }, { different_host: [first] })).body.server.id as string;
    const third = (await create(member.token, { name: 'h3' }, { different_host: [first, second] })).body.server.id as string;
    expect(new Set(await Promise.all([first, second, third].map(hostOf))).size).toBe(3);
    const same = (await create(member.token, { name: 'h4' }, { same_host: second })).body.server.id as string;
    expect(await hostOf(same)).toBe(await hostOf(second));
    // Every host excluded: No valid host.
    const none = (await create(member.token, { name: 'h5' }, { different_host: [first, second, third] })).body.server.id as string;
    expect((await show(none)).fault.message).toContain('No valid host was found');
    await deleteAll([first, second, third, same, none]);
  });

  it('sums every hypervisor in os-hypervisors/statistics (until 2.88)', async () => {
    const id = (await create(member.token, { name: 'stat' })).body.server.id as string;
    const st = await call(c, 'GET', '/v2.1/os-hypervisors/statistics', 'showHypervisorStatistics', { token: c.adminToken });
    expect(st.body.hypervisor_statistics).toMatchObject({ count: 3, vcpus: 12, vcpus_used: 1, memory_mb: 12288, memory_mb_used: 256, free_ram_mb: 12032, local_gb: 300, local_gb_used: 1, running_vms: 1 });
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/statistics', 'showHypervisorStatistics', { token: member.token })).status).toBe(403);
    const one = await call(c, 'GET', `/v2.1/os-hypervisors/${hosts[0]!.hostId}`, 'showHypervisor', { token: c.adminToken });
    expect(one.body.hypervisor.hypervisor_hostname).toBe('host-a');
    // Before 2.53: search and servers by a part of the hostname; 404 when nothing matches, and from 2.53.
    const old = { 'OpenStack-API-Version': 'compute 2.52' };
    const search = await call(c, 'GET', '/v2.1/os-hypervisors/host-/search', 'searchHypervisors', { token: c.adminToken, headers: old });
    expect(search.body.hypervisors.map((h: { hypervisor_hostname: string }) => h.hypervisor_hostname)).toEqual(['host-a', 'host-b', 'host-c']);
    const withServers = await call(c, 'GET', '/v2.1/os-hypervisors/host/servers', 'listHypervisorServers', { token: c.adminToken, headers: old });
    const running = withServers.body.hypervisors.filter((h: { servers?: unknown[] }) => h.servers);
    expect(running).toEqual([expect.objectContaining({ hypervisor_hostname: await hostOf(id), servers: [{ name: 'stat', uuid: id }] })]);
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/mars/search', 'searchHypervisors', { token: c.adminToken, headers: old })).body.itemNotFound.message).toBe("No hypervisor matching 'mars' could be found.");
    expect((await call(c, 'GET', '/v2.1/os-hypervisors/host/search', 'searchHypervisors', { token: c.adminToken })).status).toBe(404);
    await deleteAll([id]);
  });

  it('shows server groups without project_id and user_id before 2.13', async () => {
    const g = await call(c, 'POST', '/v2.1/os-server-groups', 'createServerGroup', { token: member.token, body: { server_group: { name: 'old', policies: ['affinity'] } }, headers: { 'OpenStack-API-Version': 'compute 2.12' } });
    expect(g.body.server_group).toEqual({ id: expect.any(String), name: 'old', policies: ['affinity'], members: [], metadata: {} });
    const now = await call(c, 'GET', `/v2.1/os-server-groups/${g.body.server_group.id}`, 'showServerGroup', { token: member.token, headers: { 'OpenStack-API-Version': 'compute 2.13' } });
    expect(now.body.server_group).toMatchObject({ project_id: member.projectId, user_id: expect.any(String) });
    expect((await call(c, 'DELETE', `/v2.1/os-server-groups/${g.body.server_group.id}`, 'deleteServerGroup', { token: member.token })).status).toBe(204);
  });
});
