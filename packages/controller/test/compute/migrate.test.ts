/**
 * Cold migration and resize to another host on a live controller with two simulated hosts
 * (FakeAgent): the source's task then the destination's, the migration record's statuses, the
 * claims on both hosts while in VERIFY_RESIZE, ports following the host, confirm (the source's
 * copy removed, its claim freed), revert (back on the source with the same ports), and Nova's
 * errors for a requested host that is missing, the server's own, down or disabled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { withTransaction } from '../../src/db/index.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('cold migration on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let small: string;
  let big: string;
  let image: string;
  let netId: string;
  let a: FakeAgent;
  let b: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'migrate-test-bootstrap' });
    member = await c.createProjectUser('member');
    small = await createFlavor(c, { name: 'mg.small', vcpus: 1, ram: 256, disk: 2 });
    big = await createFlavor(c, { name: 'mg.big', vcpus: 2, ram: 512, disk: 3 });
    image = await createImage(c);
    a = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    b = await FakeAgent.start(c, 'host-b', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    netId = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, member.projectId, { name: 'mig-net' }, new Date());
      await createSubnet(trx, { projectId: member.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.78.0.0/24', ip_version: 4 }, new Date());
      return n.id;
    });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const hostOf = (name: string): FakeAgent => (name === 'host-a' ? a : b);
  /** Boots a server on `host` (the other host disabled meanwhile). */
  const boot = async (name: string, host: FakeAgent): Promise<string> => {
    const other = host === a ? b : a;
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', other.hostId).execute();
    try {
      const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: small, imageRef: image, networks: [{ uuid: netId }] } } });
      expect(r.status).toBe(202);
      await host.run();
      return r.body.server.id as string;
    } finally {
      await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', other.hostId).execute();
    }
  };
  const act = (id: string, body: unknown, o: { token?: string; mv?: string } = {}) =>
    computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: o.token ?? c.adminToken, body, headers: o.mv ? { 'OpenStack-API-Version': `compute ${o.mv}` } : {} });
  const show = async (id: string) => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const migration = async (id: string) => (await computeCall(c, 'GET', `/v2.1/os-migrations?instance_uuid=${id}`, 'listMigrations', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.59' } })).body.migrations[0];
  const claims = async (id: string, m?: { uuid: string }) => {
    const rows = await c.db.selectFrom('allocations').selectAll().where('instance_id', 'in', [id, m?.uuid ?? id]).execute();
    const name = async (h: string) => (await c.db.selectFrom('hosts').select('name').where('id', '=', h).executeTakeFirstOrThrow()).name;
    return Promise.all(rows.map(async (r) => ({ consumer: r.instance_id === id ? 'instance' : 'migration', host: await name(r.host_id), vcpus: r.vcpus, memory_mb: r.memory_mb })));
  };
  const portHosts = async (id: string) => {
    const rows = await c.db.selectFrom('net_ports').select(['id', 'binding_host_id', 'status', 'mac_address']).where('device_id', '=', id).execute();
    return rows.map((r) => ({ id: r.id, host: r.binding_host_id === a.hostId ? 'host-a' : r.binding_host_id === b.hostId ? 'host-b' : r.binding_host_id, status: r.status, mac: r.mac_address }));
  };

  it('migrates to the other host: source task, destination task, VERIFY_RESIZE with claims on both, confirm frees the source', async () => {
    const id = await boot('mover', a);
    const portsBefore = await portHosts(id);
    expect(portsBefore).toEqual([expect.objectContaining({ host: 'host-a', status: 'ACTIVE' })]);
    // A member may not migrate (admin-only policy).
    expect((await act(id, { migrate: null }, { token: member.token })).status).toBe(403);
    const r = await act(id, { migrate: null });
    expect(r.status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'RESIZE', 'OS-EXT-STS:task_state': 'resize_prep', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    let m = await migration(id);
    expect(m).toMatchObject({ status: 'pre-migrating', migration_type: 'migration', source_compute: 'host-a', dest_compute: 'host-b', source_node: 'host-a', dest_node: 'host-b' });
    expect(await claims(id, m)).toEqual(expect.arrayContaining([{ consumer: 'instance', host: 'host-b', vcpus: 1, memory_mb: 256 }, { consumer: 'migration', host: 'host-a', vcpus: 1, memory_mb: 256 }]));
    // Nothing queued on the destination yet; the source stops and exports.
    expect(await b.run()).toEqual([]);
    const src = await a.run();
    expect(src.map((t) => t.type)).toEqual(['migrate_instance']);
    expect(src[0]!.payload).toEqual({ instance: { uuid: id, name: 'mover' }, migration: { id: m.uuid, source_host: 'host-a', dest_host: 'host-b' }, power_on: true });
    m = await migration(id);
    expect(m.status).toBe('post-migrating');
    expect(await show(id)).toMatchObject({ status: 'RESIZE', 'OS-EXT-STS:task_state': 'resize_migrated', 'OS-EXT-SRV-ATTR:host': 'host-b' });
    // The ports follow the host before the destination plugs them.
    expect((await portHosts(id)).map((p) => p.host)).toEqual(['host-b']);
    const dst = await b.run();
    expect(dst.map((t) => t.type)).toEqual(['finish_migration']);
    expect(dst[0]!.payload).toMatchObject({ action: 'migrate', power_on: true, disk: { transport: 'none' }, flavor: { vcpus: 1, memory_mb: 256, root_gb: 2 }, instance: { uuid: id, vcpus: 1 }, network_info: [{ port_id: portsBefore[0]!.id }] });
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-STS:vm_state': 'resized', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-b', 'OS-EXT-STS:power_state': 1 });
    expect((await migration(id)).status).toBe('finished');
    expect(await portHosts(id)).toEqual([{ ...portsBefore[0]!, host: 'host-b', status: 'ACTIVE' }]);
    expect((await claims(id, m)).length).toBe(2);
    // Confirm: the source removes its copy; its claim goes.
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    expect(await b.run()).toEqual([]);
    const conf = await a.run();
    expect(conf.map((t) => [t.type, t.payload])).toEqual([['confirm_resize', { instance: { uuid: id, name: 'mover' }, migration: { id: m.uuid, source_host: 'host-a', dest_host: 'host-b' } }]]);
    expect(a.instances.has(id)).toBe(false);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await migration(id)).status).toBe('confirmed');
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-b', vcpus: 1, memory_mb: 256 }]);
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
    expect(acts.body.instanceActions.map((x: { action: string }) => x.action)).toEqual(['confirmResize', 'migrate', 'create']);
  });

  it('reverts a migration of a stopped server: back on the source with the same port, stopped, claims as before', async () => {
    const id = await boot('back', b);
    expect((await act(id, { 'os-stop': null })).status).toBe(202);
    await b.run();
    const portsBefore = await portHosts(id);
    expect((await act(id, { migrate: { host: 'host-a' } }, { mv: '2.56' })).status).toBe(202);
    const m = await migration(id);
    expect(m).toMatchObject({ source_compute: 'host-b', dest_compute: 'host-a' });
    expect((await b.run())[0]!.payload.power_on).toBe(false);
    expect((await a.run())[0]!.payload.power_on).toBe(false);
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-SRV-ATTR:host': 'host-a', 'OS-EXT-STS:power_state': 4 });
    expect((await act(id, { revertResize: null })).status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'REVERT_RESIZE', 'OS-EXT-STS:task_state': 'resize_reverting' });
    // The destination removes its copy first, then the source plugs and keeps its guest stopped.
    expect(await b.run()).toEqual([]);
    expect((await a.run()).map((t) => t.type)).toEqual(['revert_resize']);
    expect(a.instances.has(id)).toBe(false);
    expect((await portHosts(id)).map((p) => p.host)).toEqual(['host-b']);
    const fin = await b.run();
    expect(fin.map((t) => t.type)).toEqual(['finish_revert_migration']);
    expect(fin[0]!.payload).toMatchObject({ action: 'revertResize', power_on: false, flavor: { vcpus: 1 }, network_info: [{ port_id: portsBefore[0]!.id }] });
    expect(await show(id)).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await migration(id)).status).toBe('reverted');
    expect(await portHosts(id)).toEqual(portsBefore);
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-b', vcpus: 1, memory_mb: 256 }]);
  });

  it('resizes to the other host when its own has no room, then reverts', async () => {
    const id = await boot('grow', a);
    // host-a is full for the bigger flavor: its RAM taken by others' claims.
    await c.db.updateTable('hosts').set({ memory_mb: 400 }).where('id', '=', a.hostId).execute();
    try {
      expect((await act(id, { resize: { flavorRef: big } }, { token: member.token })).status).toBe(202);
    } finally {
      await c.db.updateTable('hosts').set({ memory_mb: 8192 }).where('id', '=', a.hostId).execute();
    }
    const m = await migration(id);
    expect(m).toMatchObject({ migration_type: 'resize', status: 'pre-migrating', source_compute: 'host-a', dest_compute: 'host-b' });
    expect(await claims(id, m)).toEqual(expect.arrayContaining([{ consumer: 'instance', host: 'host-b', vcpus: 2, memory_mb: 512 }, { consumer: 'migration', host: 'host-a', vcpus: 1, memory_mb: 256 }]));
    const src = await a.run();
    expect(src.map((t) => t.type)).toEqual(['resize_instance']);
    expect(src[0]!.payload).toMatchObject({ flavor: { vcpus: 2, memory_mb: 512, root_gb: 3 }, migration: { id: m.uuid } });
    const dst = await b.run();
    expect(dst[0]).toMatchObject({ type: 'finish_migration', payload: { action: 'resize', flavor: { vcpus: 2, memory_mb: 512, root_gb: 3 }, instance: { vcpus: 2, memory_mb: 512, root_gb: 3 } } });
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', flavor: { original_name: 'mg.big' }, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await act(id, { revertResize: null }, { token: member.token })).status).toBe(202);
    await b.run();
    await a.run();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', flavor: { original_name: 'mg.small' }, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-a', vcpus: 1, memory_mb: 256 }]);
    expect((await migration(id)).status).toBe('reverted');
  });

  it('a destination that fails puts the server back on the source in ERROR, the migration error, the claims as before', async () => {
    const id = await boot('fails', a);
    expect((await act(id, { migrate: null })).status).toBe(202);
    const m = await migration(id);
    await a.run();
    await b.run({ fail: (t) => (t === 'finish_migration' ? { code: 500, message: 'disk copy failed' } : null) });
    expect(await show(id)).toMatchObject({ status: 'ERROR', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a', fault: { message: 'disk copy failed' } });
    expect((await migration(id)).status).toBe('error');
    expect((await portHosts(id)).map((p) => p.host)).toEqual(['host-a']);
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-a', vcpus: 1, memory_mb: 256 }]);
    // A source that fails (it restarts the guest itself) leaves the server as it was.
    const id2 = await boot('fails2', a);
    expect((await act(id2, { migrate: null })).status).toBe(202);
    const m2 = await migration(id2);
    await a.run({ fail: (t) => (t === 'migrate_instance' ? { code: 500, message: 'export failed' } : null) });
    expect(await b.run()).toEqual([]);
    expect(await show(id2)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect((await migration(id2)).status).toBe('error');
    expect(await claims(id2, m2)).toEqual([{ consumer: 'instance', host: 'host-a', vcpus: 1, memory_mb: 256 }]);
  });

  it('deleting a server waiting in VERIFY_RESIZE on another host also removes the source\'s copy and frees its claim', async () => {
    const id = await boot('gone', a);
    expect((await act(id, { migrate: null })).status).toBe(202);
    const m = await migration(id);
    await a.run();
    await b.run();
    expect(a.instances.has(id)).toBe(true);
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: c.adminToken })).status).toBe(204);
    expect((await b.run()).map((t) => t.type)).toEqual(['destroy']);
    expect((await a.run()).map((t) => t.type)).toEqual(['destroy']);
    expect(a.instances.has(id)).toBe(false);
    expect(b.instances.has(id)).toBe(false);
    expect(await claims(id, m)).toEqual([]);
    expect((await migration(id)).status).toBe('confirmed');
  });

  it('refuses with Nova\'s errors, nothing moved: host unknown, the same host, down or disabled destination, busy; no host read before 2.56', async () => {
    const id = await boot('stays', a);
    const msg = async (body: unknown, mv = '2.56') => {
      const r = await act(id, body, { mv });
      return [r.status, r.body.badRequest?.message ?? r.body.conflictingRequest?.message];
    };
    expect(await msg({ migrate: { host: 'nowhere' } })).toEqual([400, 'Compute host nowhere could not be found.']);
    expect(await msg({ migrate: { host: 'host-a' } })).toEqual([400, 'Cannot migrate to the host where the server exists.']);
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', b.hostId).execute();
    expect(await msg({ migrate: { host: 'host-b' } })).toEqual([400, 'No valid host was found. No valid host found for cold migrate']);
    expect(await msg({ migrate: null })).toEqual([400, 'No valid host was found. No valid host found for cold migrate']);
    await c.db.updateTable('hosts').set({ disabled: 0, status: 'down' }).where('id', '=', b.hostId).execute();
    expect(await msg({ migrate: null })).toEqual([400, 'No valid host was found. No valid host found for cold migrate']);
    await c.db.updateTable('hosts').set({ status: 'up' }).where('id', '=', b.hostId).execute();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await migration(id)).toBeUndefined();
    expect(await claims(id)).toEqual([{ consumer: 'instance', host: 'host-a', vcpus: 1, memory_mb: 256 }]);
    expect(await a.run()).toEqual([]);
    // Before 2.56 the body is not read (Tempest sends {}): an unknown host is ignored, the scheduler picks.
    expect((await act(id, { migrate: { host: 'nowhere' } }, { mv: '2.55' })).status).toBe(202);
    expect((await migration(id)).dest_compute).toBe('host-b');
    await a.run();
    await b.run();
    expect((await act(id, { revertResize: null })).status).toBe(202);
    await b.run();
    await a.run();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    // A server without a host has nothing to migrate.
    const lost = await boot('lost', a);
    await c.db.updateTable('instances').set({ host_id: null, host_name: null }).where('id', '=', lost).execute();
    expect((await act(lost, { migrate: null })).body.badRequest.message).toBe('No valid host was found. The server has no host to migrate from.');
    expect(await migration(lost)).toBeUndefined();
    // Busy: a second migrate while the first runs is Nova's 409.
    expect((await act(id, { migrate: null })).status).toBe(202);
    expect(await msg({ migrate: null })).toEqual([409, `Cannot 'migrate' instance ${id} while it is in task_state resize_prep`]);
    await a.run();
    await b.run();
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    await a.run();
    expect(hostOf((await show(id))['OS-EXT-SRV-ATTR:host']).instances.get(id)).toBe(1);
  });
});
