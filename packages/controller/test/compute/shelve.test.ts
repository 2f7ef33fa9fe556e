/**
 * shelve, shelveOffload and unshelve on a live controller with simulated hosts (FakeAgent): the
 * states, the shelved image, the offload (at once and by the timer with a fake clock), the host's
 * resources freed, ports kept, unshelve placing the server again, and Nova's refusals.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { offloadShelvedServers } from '../../src/compute/actions/shelve.js';
import { withTransaction } from '../../src/db/index.js';
import { imageService } from '../../src/image/service.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('shelve on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let flavor: string;
  let image: string;
  let hosts: FakeAgent[];

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'shelve-test-bootstrap', images: true });
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.small', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    hosts = [await FakeAgent.start(c, 'host-a', { vcpus: 4, memory_mb: 4096, local_gb: 100 }), await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100 })];
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const runAll = async (opts?: Parameters<FakeAgent['run']>[0]) => (await Promise.all(hosts.map((h) => h.run(opts)))).flat();
  const setOffloadTime = (s: number): void => {
    c.ctx.config.services.compute = { ...c.ctx.config.services.compute, shelvedOffloadTime: s };
  };
  const boot = async (name: string): Promise<string> => {
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: flavor, imageRef: image, networks: 'none' } } });
    expect(r.status).toBe(202);
    await runAll();
    return r.body.server.id as string;
  };
  const helpers = (id: string) => ({
    act: (body: unknown, headers?: Record<string, string>) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body, headers }),
    show: async () => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.79' } })).body.server,
    allocations: async () => c.db.selectFrom('allocations').selectAll().where('instance_id', '=', id).execute(),
    events: async () => {
      const list = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
      return list.body.instanceActions.map((a: { action: string }) => a.action) as string[];
    },
  });

  it('shelve with offload at once: image <name>-shelved, SHELVED_OFFLOADED, host and claim freed, unshelve places again and deletes the image', async () => {
    setOffloadTime(0);
    const id = await boot('shelf');
    const { act, show, allocations, events } = helpers(id);
    const before = await show();
    expect(before.status).toBe('ACTIVE');
    expect(await allocations()).toHaveLength(1);
    // Nova's body: null only.
    expect((await act({ shelve: { now: true } })).status).toBe(400);
    // Locked: 409 for its owner.
    expect((await act({ lock: null })).status).toBe(202);
    const locked = await act({ shelve: null });
    expect(locked.status).toBe(409);
    expect(locked.body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await act({ unlock: null })).status).toBe(202);
    // Not shelved: unshelve and shelveOffload are 409 with Nova's message, state unchanged.
    const early = await act({ unshelve: null });
    expect(early.status).toBe(409);
    expect(early.body.conflictingRequest.message).toBe(`Cannot 'unshelve' instance ${id} while it is in vm_state active`);
    expect((await act({ shelveOffload: null })).status).toBe(409);
    expect((await show()).status).toBe('ACTIVE');

    const res = await act({ shelve: null });
    expect(res.status).toBe(202);
    expect(checkResponse('compute', 'serverAction', res.status, res.body)).toBeNull();
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'shelving' });
    const imgs = await api(c, 'GET', '/image/v2/images?name=shelf-shelved', { token: member.token });
    expect(imgs.body.images).toHaveLength(1);
    const shelvedImage = imgs.body.images[0];
    expect(shelvedImage).toMatchObject({ status: 'queued', image_type: 'snapshot', instance_uuid: id, owner: member.projectId });
    // Busy: a second shelve is 409.
    expect((await act({ shelve: null })).status).toBe(409);
    const done = await runAll();
    expect(done.find((t) => t.instanceId === id)).toMatchObject({ type: 'shelve_instance', payload: { image: { id: shelvedImage.id, disk_format: 'qcow2' }, offload: true } });
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:vm_state': 'shelved_offloaded', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 0, 'OS-EXT-SRV-ATTR:host': null, 'OS-EXT-SRV-ATTR:hypervisor_hostname': null });
    expect((await api(c, 'GET', `/image/v2/images/${shelvedImage.id}`, { token: member.token })).body.status).toBe('active');
    const store = imageService(c.ctx).store;
    expect(await store.size(shelvedImage.id)).toBeGreaterThan(0);
    // The host's resources are free; the project's quota usage still counts the server (Nova's).
    expect(await allocations()).toHaveLength(0);
    const limits = await computeCall(c, 'GET', '/v2.1/limits', 'showComputeLimits', { token: member.token });
    expect(limits.body.limits.absolute.totalInstancesUsed).toBeGreaterThanOrEqual(1);
    // Offloaded: start, stop, shelve, shelveOffload, availability_zone before 2.77 refused.
    for (const body of [{ 'os-start': null }, { 'os-stop': null }, { shelve: null }, { shelveOffload: null }]) expect((await act(body)).status).toBe(409);
    expect((await act({ unshelve: { availability_zone: 'nova' } }, { 'OpenStack-API-Version': 'compute 2.76' })).status).toBe(400);
    // 2.77: a zone no host is in is 400, state unchanged.
    const badAz = await act({ unshelve: { availability_zone: 'nowhere' } }, { 'OpenStack-API-Version': 'compute 2.77' });
    expect(badAz.status).toBe(400);
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:task_state': null });

    const un = await act({ unshelve: { availability_zone: 'nova' } }, { 'OpenStack-API-Version': 'compute 2.77' });
    expect(un.status).toBe(202);
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:task_state': 'unshelving' });
    expect(await allocations()).toHaveLength(1);
    const spawned = (await runAll()).find((t) => t.instanceId === id)!;
    expect(spawned).toMatchObject({ type: 'unshelve_instance', payload: { instance: { uuid: id, name: 'shelf' }, image: { id: shelvedImage.id } } });
    const after = await show();
    expect(after).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 1 });
    expect(after['OS-EXT-SRV-ATTR:host']).toMatch(/^host-[ab]$/);
    expect((await api(c, 'GET', `/image/v2/images/${shelvedImage.id}`, { token: member.token })).status).toBe(404);
    // Its data too, from the image store, once the result's transaction committed.
    for (let i = 0; i < 100 && (await store.size(shelvedImage.id)) !== null; i++) await new Promise((res) => setTimeout(res, 10));
    expect(await store.size(shelvedImage.id)).toBeNull();
    expect(await events()).toEqual(expect.arrayContaining(['shelve', 'unshelve']));
    const list = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
    for (const [action, event] of [['shelve', 'compute_shelve_instance'], ['unshelve', 'compute_unshelve_instance']]) {
      const reqId = list.body.instanceActions.find((a: { action: string }) => a.action === action).request_id as string;
      const one = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${reqId}`, 'showInstanceAction', { token: c.adminToken });
      expect(one.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([[event, 'Success']]);
    }
  });

  it('shelve kept on the host (offload timer with a fake clock), shelveOffload, unshelve of a SHELVED server on its host; ports kept', async () => {
    setOffloadTime(3600);
    const netId = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, member.projectId, { name: 'shelf-net' }, new Date());
      await createSubnet(trx, { projectId: member.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.77.0.0/24', ip_version: 4 }, new Date());
      return n.id;
    });
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'keep', flavorRef: flavor, imageRef: image, networks: [{ uuid: netId }] } } });
    const id = r.body.server.id as string;
    await runAll();
    const { act, show, allocations } = helpers(id);
    const ports = async () => {
      const list = (await computeCall(c, 'GET', `/v2.1/servers/${id}/os-interface`, 'listServerInterfaces', { token: member.token })).body.interfaceAttachments as { port_id: string; fixed_ips: unknown[]; port_state: string }[];
      const bound = await c.db.selectFrom('net_ports').select(['id', 'binding_host_id']).where('device_id', '=', id).execute();
      return list.map((p) => ({ id: p.port_id, fixed_ips: p.fixed_ips, status: p.port_state, host: bound.find((b) => b.id === p.port_id)?.binding_host_id }));
    };
    const portsBefore = await ports();
    expect(portsBefore).toHaveLength(1);
    const host = (await show())['OS-EXT-SRV-ATTR:host'];

    // An empty object is Nova's body too (Tempest sends it).
    expect((await act({ shelve: {} })).status).toBe(202);
    expect((await runAll()).find((t) => t.instanceId === id)?.payload).toMatchObject({ offload: false });
    expect(await show()).toMatchObject({ status: 'SHELVED', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:power_state': 4, 'OS-EXT-SRV-ATTR:host': host });
    expect(await allocations()).toHaveLength(1);
    // SHELVED: a zone is only for an offloaded server (409).
    expect((await act({ unshelve: { availability_zone: 'nova' } }, { 'OpenStack-API-Version': 'compute 2.77' })).status).toBe(409);
    // The timer: not yet due, then due an hour later.
    const realNow = c.ctx.now;
    try {
      expect(await offloadShelvedServers(c.ctx)).toEqual([]);
      c.ctx.now = () => new Date(Date.now() + 3601 * 1000);
      expect(await offloadShelvedServers(c.ctx)).toEqual([id]);
    } finally {
      c.ctx.now = realNow;
    }
    expect(await show()).toMatchObject({ status: 'SHELVED', 'OS-EXT-STS:task_state': 'shelving_offloading' });
    expect((await runAll()).find((t) => t.instanceId === id)?.type).toBe('shelve_offload_instance');
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-SRV-ATTR:host': null });
    expect(await allocations()).toHaveLength(0);
    // Ports kept with their addresses, bound to no host.
    const offloadedPorts = await ports();
    expect(offloadedPorts.map((p) => [p.id, p.fixed_ips])).toEqual(portsBefore.map((p) => [p.id, p.fixed_ips]));
    expect(offloadedPorts[0]).toMatchObject({ status: 'DOWN', host: '' });

    expect((await act({ unshelve: null })).status).toBe(202);
    const spawned = (await runAll()).find((t) => t.instanceId === id)!;
    expect((spawned.payload.network_info as { port_id: string }[]).map((n) => n.port_id)).toEqual(portsBefore.map((p) => p.id));
    expect(await show()).toMatchObject({ status: 'ACTIVE' });
    const finalPorts = await ports();
    expect(finalPorts.map((p) => [p.id, p.fixed_ips, p.status])).toEqual(portsBefore.map((p) => [p.id, p.fixed_ips, 'ACTIVE']));

    // shelveOffload by hand from SHELVED, and unshelve of a SHELVED server on its host.
    expect((await act({ shelve: null })).status).toBe(202);
    await runAll();
    expect((await show()).status).toBe('SHELVED');
    expect((await act({ unshelve: null })).status).toBe(202);
    const started = (await runAll()).find((t) => t.instanceId === id)!;
    expect(started.type).toBe('unshelve_instance');
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:power_state': 1 });
    expect((await act({ shelve: null })).status).toBe(202);
    await runAll();
    expect((await act({ shelveOffload: {} })).status).toBe(202);
    expect(await show()).toMatchObject({ status: 'SHELVED', 'OS-EXT-STS:task_state': 'shelving_offloading' });
    await runAll();
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED' });
    // Deleting a shelved server deletes its shelved image (Nova's).
    const shelvedImages = (await api(c, 'GET', '/image/v2/images?name=keep-shelved', { token: member.token })).body.images as { id: string }[];
    expect(shelvedImages).toHaveLength(1);
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
    expect((await api(c, 'GET', `/image/v2/images/${shelvedImages[0]!.id}`, { token: member.token })).status).toBe(404);
  });

  it('a server booted from a volume is shelved without an image and offloaded at once; unshelve boots its volume on the volume\'s host', async () => {
    setOffloadTime(3600);
    const volId = randomUUID();
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id: volId, project_id: member.projectId, user_id: member.userId, name: 'root', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 1, multiattach: 0, snapshot_id: null, source_volid: null, host_id: hosts[1]!.hostId, host_name: 'host-b', metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'bfv', flavorRef: flavor, networks: 'none', block_device_mapping_v2: [{ boot_index: 0, uuid: volId, source_type: 'volume', destination_type: 'volume' }] } } });
    const id = r.body.server.id as string;
    await runAll();
    const { act, show, allocations } = helpers(id);
    expect((await show()).status).toBe('ACTIVE');
    expect((await act({ shelve: null })).status).toBe(202);
    const shelved = (await runAll()).find((t) => t.instanceId === id)!;
    expect(shelved.payload).toEqual({ instance: { uuid: id, name: 'bfv' }, offload: true });
    expect((await api(c, 'GET', '/image/v2/images?name=bfv-shelved', { token: member.token })).body.images).toHaveLength(0);
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-SRV-ATTR:host': null });
    expect(await allocations()).toHaveLength(0);
    expect((await act({ unshelve: null })).status).toBe(202);
    const back = (await runAll()).find((t) => t.instanceId === id)!;
    expect(back.payload).not.toHaveProperty('image');
    expect(back.payload.block_devices).toEqual([expect.objectContaining({ volume_id: volId, boot_index: 0 })]);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
  });

  it('a failed shelve deletes its image and keeps the server; no valid host on unshelve keeps it offloaded', async () => {
    setOffloadTime(0);
    const id = await boot('flaky');
    const { act, show, allocations } = helpers(id);
    expect((await act({ shelve: null })).status).toBe(202);
    await runAll({ fail: (t) => (t === 'shelve_instance' ? { code: 500, message: 'upload broke' } : null) });
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const failed = await c.db.selectFrom('instance_faults').selectAll().where('instance_id', '=', id).execute();
    expect(failed.map((f) => f.message)).toContain('upload broke');
    expect((await api(c, 'GET', '/image/v2/images?name=flaky-shelved', { token: member.token })).body.images).toHaveLength(0);
    // Shelved and offloaded, then no host can take it: 202, still offloaded, the fault says why.
    expect((await act({ shelve: null })).status).toBe(202);
    await runAll();
    for (const h of hosts) await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', h.hostId).execute();
    try {
      expect((await act({ unshelve: null })).status).toBe(202);
      expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:task_state': null });
      const faults = await c.db.selectFrom('instance_faults').selectAll().where('instance_id', '=', id).execute();
      expect(faults.map((f) => f.message)).toContain('No valid host was found. There are not enough hosts available.');
      expect(await allocations()).toHaveLength(0);
    } finally {
      for (const h of hosts) await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', h.hostId).execute();
    }
    // A failed spawn on unshelve: still offloaded, the claim released.
    expect((await act({ unshelve: null })).status).toBe(202);
    await runAll({ fail: (t) => (t === 'unshelve_instance' ? { code: 500, message: 'no boot' } : null) });
    expect(await show()).toMatchObject({ status: 'SHELVED_OFFLOADED', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': null });
    expect(await allocations()).toHaveLength(0);
    // Deleting an offloaded server works (nothing on any host).
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token })).status).toBe(204);
  });
});
