/**
 * Live migration on a live controller with two simulated hosts (FakeAgent): the destination's
 * pre_live_migration, the source's live_migration (figures reported), the switch of host, ports
 * and claims, the destination's post step; GET /servers/{id}/migrations while it runs; an abort
 * (DELETE) and a failure roll back to a running server on the source; Nova's errors for bad
 * bodies per microversion, a host that is missing, the server's own or down, a stopped server,
 * a server with volumes, and a member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordProgress } from '../../src/agentapi/tasks.js';
import { withTransaction } from '../../src/db/index.js';
import { createNetwork, createSubnet } from '../../src/network/networks.js';
import { backends, type TestController } from '../helpers.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('live migration on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let small: string;
  let image: string;
  let netId: string;
  let a: FakeAgent;
  let b: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'live-test-bootstrap' });
    member = await c.createProjectUser('member');
    small = await createFlavor(c, { name: 'lm.small', vcpus: 1, ram: 256, disk: 2 });
    image = await createImage(c);
    a = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    b = await FakeAgent.start(c, 'host-b', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    netId = await withTransaction(c.db, async (trx) => {
      const n = await createNetwork(trx, member.projectId, { name: 'lm-net' }, new Date());
      await createSubnet(trx, { projectId: member.projectId, isAdmin: false }, { network_id: n.id, cidr: '10.79.0.0/24', ip_version: 4 }, new Date());
      return n.id;
    });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const boot = async (name: string): Promise<string> => {
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', b.hostId).execute();
    try {
      const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: small, imageRef: image, networks: [{ uuid: netId }] } } });
      expect(r.status).toBe(202);
      await a.run();
      return r.body.server.id as string;
    } finally {
      await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', b.hostId).execute();
    }
  };
  const mvh = (mv: string) => ({ 'OpenStack-API-Version': `compute ${mv}` });
  const live = (id: string, body: unknown, o: { token?: string; mv?: string } = {}) =>
    computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: o.token ?? c.adminToken, body: { 'os-migrateLive': body }, headers: mvh(o.mv ?? '2.25') });
  const show = async (id: string) => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const record = async (id: string) => (await computeCall(c, 'GET', `/v2.1/os-migrations?instance_uuid=${id}`, 'listMigrations', { token: c.adminToken, headers: mvh('2.59') })).body.migrations[0];
  const inProgress = async (id: string) => computeCall(c, 'GET', `/v2.1/servers/${id}/migrations`, 'listServerMigrations', { token: c.adminToken, headers: mvh('2.79') });
  const claims = async (id: string, m: { uuid: string }) => {
    const rows = await c.db.selectFrom('allocations').selectAll().where('instance_id', 'in', [id, m.uuid]).execute();
    return rows.map((r) => ({ consumer: r.instance_id === id ? 'instance' : 'migration', host: r.host_id === a.hostId ? 'host-a' : 'host-b' }));
  };
  const portHosts = async (id: string) => (await c.db.selectFrom('net_ports').select(['binding_host_id', 'status']).where('device_id', '=', id).execute()).map((r) => [r.binding_host_id === a.hostId ? 'host-a' : 'host-b', r.status]);

  it('moves a running server: destination prepares, source copies (figures), then it runs on the destination', async () => {
    const id = await boot('lm-mover');
    expect((await live(id, { host: null, block_migration: 'auto' }, { token: member.token })).status).toBe(403);
    const r = await live(id, { host: null, block_migration: 'auto' });
    expect(r.status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'MIGRATING', 'OS-EXT-STS:task_state': 'migrating', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    let m = await record(id);
    expect(m).toMatchObject({ migration_type: 'live-migration', status: 'preparing', source_compute: 'host-a', dest_compute: 'host-b' });
    expect(await claims(id, m)).toEqual(expect.arrayContaining([{ consumer: 'instance', host: 'host-b' }, { consumer: 'migration', host: 'host-a' }]));
    // The destination first: it prepares with the server's ports.
    expect(await a.run()).toEqual([]);
    const pre = await b.run();
    expect(pre.map((t) => t.type)).toEqual(['pre_live_migration']);
    expect(pre[0]!.payload).toMatchObject({ action: 'os-migrateLive', instance: { uuid: id, vcpus: 1, memory_mb: 256 }, migration: { id: m.uuid, source_host: 'host-a', dest_host: 'host-b' }, block_devices: [] });
    expect((pre[0]!.payload.network_info as unknown[]).length).toBe(1);
    m = await record(id);
    expect(m.status).toBe('running');
    // While the source copies: its progress shows in GET /servers/{id}/migrations.
    const task = await c.db.selectFrom('agent_tasks').selectAll().where('instance_id', '=', id).where('type', '=', 'live_migration').executeTakeFirstOrThrow();
    await c.db.updateTable('agent_tasks').set({ state: 'leased', lease_expires_at: new Date(Date.now() + 60000).toISOString() }).where('id', '=', task.id).execute();
    await recordProgress(c.db, a.hostId, task.id, { task_state: 'migrating', live_migration: { memory_total_bytes: 1000, memory_processed_bytes: 400, memory_remaining_bytes: 600, disk_total_bytes: 50, disk_processed_bytes: 50, disk_remaining_bytes: 0 } }, { dialect: c.ctx.dialect, leaseMs: 60000, now: new Date(), hub: c.ctx.agentHub });
    const list = await inProgress(id);
    expect(list.status).toBe(200);
    expect(list.body.migrations).toEqual([
      expect.objectContaining({ id: m.id, uuid: m.uuid, status: 'running', server_uuid: id, source_compute: 'host-a', dest_compute: 'host-b', memory_total_bytes: 1000, memory_processed_bytes: 400, memory_remaining_bytes: 600, disk_total_bytes: 50, disk_remaining_bytes: 0 }),
    ]);
    const one = await computeCall(c, 'GET', `/v2.1/servers/${id}/migrations/${m.id}`, 'showServerMigration', { token: c.adminToken, headers: mvh('2.23') });
    expect(one.body.migration).toMatchObject({ id: m.id, status: 'running', memory_processed_bytes: 400 });
    expect(one.body.migration.uuid).toBeUndefined();
    await c.db.updateTable('agent_tasks').set({ state: 'queued' }).where('id', '=', task.id).execute();
    // force_complete (2.22): the source is told to stop the vCPUs so the copy converges.
    const fc = (mv: string) => computeCall(c, 'POST', `/v2.1/servers/${id}/migrations/${m.id}/action`, 'forceCompleteServerMigration', { token: c.adminToken, body: { force_complete: null }, headers: mvh(mv) });
    expect((await fc('2.21')).status).toBe(404);
    expect((await fc('2.22')).status).toBe(202);
    const src = (await a.run()).sort((x, y) => x.type.localeCompare(y.type));
    expect(src.map((t) => t.type)).toEqual(['live_migration', 'live_migration_control']);
    expect(src[1]!.payload).toMatchObject({ what: 'force_complete', migration: { id: m.uuid } });
    expect(src[0]!.payload).toMatchObject({ endpoints: { migration_uri: 'tcp:10.250.0.9:49152' }, migration: { id: m.uuid } });
    // The guest runs on the destination now: server, ports and claims follow, then the destination ends its export.
    expect(await show(id)).toMatchObject({ status: 'MIGRATING', 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await record(id)).status).toBe('post-migrating');
    expect((await portHosts(id)).map((p) => p[0])).toEqual(['host-b']);
    const post = await b.run();
    expect(post.map((t) => [t.type, t.payload.paused])).toEqual([['post_live_migration_at_destination', false]]);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-b', 'OS-EXT-STS:power_state': 1 });
    expect((await record(id)).status).toBe('completed');
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-b' }]);
    expect(await portHosts(id)).toEqual([['host-b', 'ACTIVE']]);
    const stored = await c.db.selectFrom('migrations').selectAll().where('uuid', '=', m.uuid).executeTakeFirstOrThrow();
    expect(Number(stored.memory_total)).toBe(256 * 1024 * 1024);
    expect((await inProgress(id)).body.migrations).toEqual([]);
    expect((await computeCall(c, 'GET', `/v2.1/servers/${id}/migrations/${m.id}`, 'showServerMigration', { token: c.adminToken, headers: mvh('2.23') })).status).toBe(404);
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken });
    expect(acts.body.instanceActions[0].action).toBe('live-migration');
    // Back with a named host (2.30, not forced): the scheduler checks it.
    expect((await live(id, { host: 'host-a', block_migration: false, force: false }, { mv: '2.30' })).status).toBe(202);
    await a.run();
    await b.run();
    await a.run();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
  });

  it('an abort while it runs, or a failed copy, leaves the server running on the source', async () => {
    const id = await boot('lm-abort');
    expect((await live(id, { host: 'host-b', block_migration: true })).status).toBe(202);
    const m = await record(id);
    // Not below 2.24; a migration of another type or state is a 400.
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}/migrations/${m.id}`, 'abortServerMigration', { token: c.adminToken, headers: mvh('2.23') })).status).toBe(404);
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}/migrations/${m.id}`, 'abortServerMigration', { token: c.adminToken, headers: mvh('2.24') })).status).toBe(400);
    await b.run();
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}/migrations/${m.id}`, 'abortServerMigration', { token: member.token, headers: mvh('2.24') })).status).toBe(403);
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}/migrations/999999`, 'abortServerMigration', { token: c.adminToken, headers: mvh('2.24') })).status).toBe(404);
    expect((await computeCall(c, 'DELETE', `/v2.1/servers/${id}/migrations/${m.id}`, 'abortServerMigration', { token: c.adminToken, headers: mvh('2.24') })).status).toBe(202);
    expect((await record(id)).status).toBe('cancelling');
    // The source gets the abort; its migration then fails as aborted; the destination rolls back.
    const src = await a.run({ fail: (t) => (t === 'live_migration' ? { code: 409, message: 'live migration aborted' } : null) });
    expect(src.map((t) => t.type).sort()).toEqual(['live_migration', 'live_migration_control']);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect((await record(id)).status).toBe('cancelled');
    expect(await claims(id, m)).toEqual([{ consumer: 'instance', host: 'host-a' }]);
    expect((await b.run()).map((t) => t.type)).toEqual(['rollback_live_migration_at_destination']);
    expect(await portHosts(id)).toEqual([['host-a', 'ACTIVE']]);

    // The destination fails to prepare: ACTIVE on the source with the fault, migration error.
    expect((await live(id, { host: null, block_migration: 'auto' })).status).toBe(202);
    await b.run({ fail: (t) => (t === 'pre_live_migration' ? { code: 500, message: 'qemu failed to start' } : null) });
    const s = await show(id);
    expect(s).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect((await record(id)).status).toBe('error');
    expect(await a.run()).toEqual([]);
  });

  it("Nova's errors: bodies per microversion, hosts, states", async () => {
    const id = await boot('lm-bad');
    const status = async (body: unknown, mv: string) => (await live(id, body, { mv })).status;
    // 2.1: disk_over_commit required, no 'auto'; 2.25: disk_over_commit unknown; force only 2.30-2.67.
    expect(await status({ host: null, block_migration: false }, '2.1')).toBe(400);
    expect(await status({ host: null, block_migration: 'auto', disk_over_commit: false }, '2.1')).toBe(400);
    expect(await status({ host: null, block_migration: 'auto', disk_over_commit: false }, '2.25')).toBe(400);
    expect(await status({ host: null, block_migration: 'auto', force: true }, '2.25')).toBe(400);
    expect(await status({ host: null, block_migration: 'auto', force: true }, '2.68')).toBe(400);
    expect(await status({ block_migration: 'auto' }, '2.25')).toBe(400);
    expect(await status({ host: null, block_migration: 'maybe' }, '2.25')).toBe(400);
    const missing = await live(id, { host: 'nowhere', block_migration: 'auto' });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest.message).toBe('Compute host nowhere could not be found.');
    const self = await live(id, { host: 'host-a', block_migration: 'auto' });
    expect(self.body.badRequest.message).toBe(`Unable to migrate instance (${id}) to current host (host-a).`);
    await c.db.updateTable('hosts').set({ status: 'down' }).where('id', '=', b.hostId).execute();
    const down = await live(id, { host: 'host-b', block_migration: 'auto' });
    await c.db.updateTable('hosts').set({ status: 'up' }).where('id', '=', b.hostId).execute();
    expect(down.body.badRequest.message).toBe('Compute service of host-b is unavailable at this time.');
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', b.hostId).execute();
    const disabled = await live(id, { host: 'host-b', block_migration: 'auto' });
    await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', b.hostId).execute();
    expect(disabled.status).toBe(400);
    expect(disabled.body.badRequest.message).toMatch(/^No valid host was found/);
    // Nothing moved, nothing recorded.
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await record(id)).toBeUndefined();
    // A stopped server: Nova's 409 (InstanceInvalidState).
    expect((await computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body: { 'os-stop': null } })).status).toBe(202);
    await a.run();
    const stopped = await live(id, { host: null, block_migration: 'auto' });
    expect(stopped.status).toBe(409);
    expect(stopped.body.conflictingRequest.message).toContain('vm_state stopped');
  });
});
