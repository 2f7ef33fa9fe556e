/**
 * Host loss and evacuation on a live controller with two simulated hosts (FakeAgent): down
 * detection by missed heartbeats on a fake clock and os-services forced_down, Nova's evacuate
 * errors (nothing moved), an evacuation that moves the server with its port and address, a failed
 * one, a stopped server, and the lost host's stale copy cleaned up when it comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostMonitor } from '../../src/agentapi/monitor.js';
import { agentSettings } from '../../src/agentapi/config.js';
import { withTransaction } from '../../src/db/index.js';
import { nullLogger } from '../../src/logger.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { backends, type TestController } from '../helpers.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('host loss and evacuate on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let flavor: string;
  let image: string;
  let netId: string;
  let a: FakeAgent;
  let b: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'evacuate-test-bootstrap' });
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'e.small', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    netId = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, member.projectId, { name: 'evac-net' }, new Date());
      await createSubnet(trx, { projectId: member.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.44.0.0/24', ip_version: 4 }, new Date());
      return n.id;
    });
    a = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 4096, local_gb: 50 });
    b = await FakeAgent.start(c, 'host-b', { vcpus: 8, memory_mb: 4096, local_gb: 50 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const v = (minor: number) => ({ 'OpenStack-API-Version': `compute 2.${minor}` });
  const act = (id: string, body: unknown, minor = 68, token = c.adminToken) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body, headers: v(minor) });
  const show = async (id: string) => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const migrations = async (id: string) => (await computeCall(c, 'GET', `/v2.1/os-migrations?instance_uuid=${id}`, 'listMigrations', { token: c.adminToken, headers: v(59) })).body.migrations;
  const services = async () => (await computeCall(c, 'GET', '/v2.1/os-services', 'listComputeServices', { token: c.adminToken, headers: v(53) })).body.services as { id: string; host: string; state: string; forced_down: boolean }[];
  const forceDown = async (h: FakeAgent, down: boolean) => {
    const r = await computeCall(c, 'PUT', `/v2.1/os-services/${h.hostId}`, 'updateComputeService', { token: c.adminToken, body: { forced_down: down }, headers: v(53) });
    expect(r.status).toBe(200);
    return r.body.service;
  };
  /** Boots a server on `on` (the other host disabled meanwhile) and runs its spawn. */
  const boot = async (name: string, on: FakeAgent): Promise<string> => {
    const other = on === a ? b : a;
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', other.hostId).execute();
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: flavor, imageRef: image, networks: [{ uuid: netId }] } } });
    await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', other.hostId).execute();
    expect(r.status).toBe(202);
    await on.run();
    const id = r.body.server.id as string;
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': on.name });
    return id;
  };
  const port = (id: string) => c.db.selectFrom('net_ports').selectAll().where('device_id', '=', id).executeTakeFirstOrThrow();

  it('marks a host down after 3 missed heartbeats by the clock (6 s at a 2 s interval), and at once when forced down', async () => {
    const interval = agentSettings({ config: { ...c.config, services: { ...c.config.services, agent: { heartbeat_interval: 2 } } } }).heartbeatInterval;
    expect(interval).toBe(2);
    await a.heartbeat();
    await b.heartbeat();
    const last = await c.db.selectFrom('hosts').select(['id', 'last_heartbeat_at']).execute();
    const newest = Math.max(...last.map((h) => Date.parse(h.last_heartbeat_at!)));
    const oldest = Math.min(...last.map((h) => Date.parse(h.last_heartbeat_at!)));
    let clock = new Date(oldest + 5900);
    const monitor = new HostMonitor(c.db, interval, () => clock, nullLogger);
    expect(await monitor.check()).toEqual([]);
    clock = new Date(newest + 6100);
    expect((await monitor.check()).sort()).toEqual([a.hostId, b.hostId].sort());
    expect((await services()).map((s) => [s.host, s.state, s.forced_down])).toEqual([['host-a', 'down', false], ['host-b', 'down', false]]);
    await a.heartbeat();
    await b.heartbeat();
    expect((await services()).map((s) => s.state)).toEqual(['up', 'up']);

    // forced_down (2.11; by UUID from 2.53): down at once, and heartbeats keep it down until lifted.
    expect(await forceDown(a, true)).toMatchObject({ host: 'host-a', state: 'down', forced_down: true });
    await a.heartbeat();
    expect((await services())[0]).toMatchObject({ state: 'down', forced_down: true });
    expect((await computeCall(c, 'PUT', `/v2.1/os-services/${a.hostId}`, 'updateComputeService', { token: c.adminToken, body: { forced_down: 'maybe' }, headers: v(53) })).status).toBe(400);
    expect(await forceDown(a, false)).toMatchObject({ forced_down: false });
    await a.heartbeat();
    expect((await services())[0]).toMatchObject({ state: 'up', forced_down: false });
  });

  it("refuses with Nova's errors and moves nothing: host up, not admin, bad fields, unknown or same host, no valid host", async () => {
    const id = await boot('stay', a);
    const before = await port(id);
    const msg = async (body: unknown, minor?: number, token?: string) => {
      const r = await act(id, body, minor, token);
      return [r.status, (Object.values(r.body ?? {})[0] as { message?: string } | undefined)?.message];
    };
    expect(await msg({ evacuate: {} })).toEqual([400, 'Compute service of host-a is still in use.']);
    expect((await msg({ evacuate: {} }, 68, member.token))[0]).toBe(403);
    await forceDown(a, true);
    expect(await msg({ evacuate: { host: 'nowhere' } })).toEqual([404, 'Compute host nowhere not found.']);
    expect(await msg({ evacuate: { host: 'host-a' } })).toEqual([400, "The target host can't be the same one."]);
    expect((await msg({ evacuate: {} }, 1))[0]).toBe(400); // onSharedStorage is required before 2.14
    expect((await msg({ evacuate: { onSharedStorage: true } }, 1))[1]).toMatch(/onSharedStorage is not applicable/);
    expect((await msg({ evacuate: { onSharedStorage: false } }, 14))[1]).toMatch(/'onSharedStorage' was unexpected/);
    expect((await msg({ evacuate: { force: true } }, 29))[1]).toBe("Can't force to a non-provided destination");
    expect((await msg({ evacuate: { host: 'host-b', force: true } }, 68))[1]).toMatch(/'force' was unexpected/);
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', b.hostId).execute();
    expect((await msg({ evacuate: {} }))[1]).toMatch(/^No valid host was found/);
    await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', b.hostId).execute();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await migrations(id)).toEqual([]);
    expect(await port(id)).toMatchObject({ binding_host_id: before.binding_host_id });
    expect(await b.run()).toEqual([]);
    await forceDown(a, false);
    await a.heartbeat();
  });

  it('evacuates a server of a lost host to the other with its port and address; the host that comes back destroys its stale copy', async () => {
    const id = await boot('moved', a);
    const before = await port(id);
    const address = (await show(id)).addresses;
    await forceDown(a, true);
    // Before 2.14 the answer carries the admin password (200, as Nova's).
    const r = await act(id, { evacuate: { onSharedStorage: false, adminPass: 'Evac-Pass-1' } }, 1);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ adminPass: 'Evac-Pass-1' });
    expect(await show(id)).toMatchObject({ status: 'REBUILD', 'OS-EXT-STS:task_state': 'rebuilding', 'OS-EXT-SRV-ATTR:host': 'host-b' });
    const [m] = await migrations(id);
    expect(m).toMatchObject({ migration_type: 'evacuation', status: 'accepted', source_compute: 'host-a', dest_compute: 'host-b' });
    expect(await c.db.selectFrom('allocations').select('host_id').where('instance_id', '=', id).executeTakeFirst()).toEqual({ host_id: b.hostId });
    const [task] = await b.run();
    expect(task).toMatchObject({ type: 'evacuate_instance', instanceId: id });
    const payload = task!.payload as { instance: { uuid: string; admin_pass: string }; image: { id: string }; network_info: { port_id: string; mac: string }[]; power_on: boolean };
    expect(payload).toMatchObject({ instance: { uuid: id, admin_pass: 'Evac-Pass-1' }, image: { id: image }, power_on: true });
    expect(payload.network_info.map((n) => [n.port_id, n.mac])).toEqual([[before.id, before.mac_address]]);
    const after = await show(id);
    expect(after).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect(after.addresses).toEqual(address);
    expect(await port(id)).toMatchObject({ id: before.id, binding_host_id: b.hostId });
    expect((await migrations(id))[0].status).toBe('done');
    const acts = (await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken })).body.instanceActions;
    expect(acts[0].action).toBe('evacuate');
    const ev = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts[0].request_id}`, 'showInstanceAction', { token: c.adminToken, headers: v(62) });
    expect(ev.body.instanceAction.events.map((e: { event: string; result: string; host: string }) => [e.event, e.result, e.host])).toEqual([['compute_rebuild_instance', 'Success', 'host-b']]);

    // host-a comes back, its guest still there (crashed): its power state changes nothing, it is told to destroy it.
    a.instances.set(id, 4);
    await forceDown(a, false);
    expect(await a.heartbeat()).toEqual([id]);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await migrations(id))[0].status).toBe('done');
    // Gone from host-a (which now reports no guest at all): the evacuation is completed.
    a.instances.delete(id);
    const others = new Map(a.instances);
    a.instances.clear();
    expect(await a.heartbeat()).toEqual([]);
    expect((await migrations(id))[0].status).toBe('completed');
    for (const [k, p] of others) a.instances.set(k, p);
    // host-b keeps it.
    expect(await b.heartbeat()).toEqual([]);
  });

  it('a failed evacuation leaves the server ERROR on the new host and the migration failed; a stopped server stays SHUTOFF', async () => {
    const id = await boot('fails', a);
    const stopped = await boot('stopped', a);
    expect((await act(stopped, { 'os-stop': null }, 68, member.token)).status).toBe(202);
    await a.run();
    await forceDown(a, true);
    const r = await act(id, { evacuate: { host: 'host-b' } }, 68);
    expect(r.status).toBe(200);
    expect(r.body).toBeUndefined();
    await b.run({ fail: (t) => (t === 'evacuate_instance' ? { code: 500, message: 'image download failed' } : null) });
    expect(await show(id)).toMatchObject({ status: 'ERROR', 'OS-EXT-SRV-ATTR:host': 'host-b', fault: { message: 'image download failed' } });
    expect((await migrations(id))[0].status).toBe('failed');

    expect((await act(stopped, { evacuate: {} }, 29)).status).toBe(200);
    const [task] = await b.run();
    expect(task!.payload).toMatchObject({ power_on: false });
    expect(await show(stopped)).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    await forceDown(a, false);
  });
});
