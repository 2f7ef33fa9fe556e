/**
 * Moves of a server booted from a volume (three FakeAgents): its root disk is a Cinder volume in
 * one host's pool, which follows it as an attached volume does — exported from its host, opened
 * from that export on the destination, never copied. Live migration, cold migration (revert and
 * confirm) and resize to another host: the boot volume's host exports it (`migrating_instance`:
 * the source's guest has it open), the destination's task gets the boot device with the export
 * and no image; the Cinder attachment follows; a failure stops the new export and leaves the
 * attachment as it was. The move claims no root disk (Nova claims none for a volume-backed
 * server). Evacuation: a boot volume of another host's pool survives the lost host — the server
 * is rebuilt from it, through its export, or from its file when the new host is the volume's
 * (the export there stops, the attachment is local again); one of the lost host's own pool: 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, FakeAgent, startComputeController } from './fixtures.js';

const EXPORTED = { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } };

describe.each(backends())('moves of a server booted from a volume on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let flavor: string;
  let big: string;
  let a: FakeAgent;
  let b: FakeAgent;
  let d: FakeAgent;
  const hosts = (): FakeAgent[] => [a, b, d];

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'bfv.small', vcpus: 1, ram: 256, disk: 1 });
    big = await createFlavor(c, { name: 'bfv.big', vcpus: 2, ram: 512, disk: 2 });
    a = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    b = await FakeAgent.start(c, 'host-b', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    d = await FakeAgent.start(c, 'host-d', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  let n = 0;
  /** A bootable volume in `host`'s pool. */
  const volume = async (host: FakeAgent, hostName: string): Promise<string> => {
    const id = `7b2c0f70-0000-4000-8000-0000000016${String(++n).padStart(2, '0')}`;
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id, project_id: member.projectId, user_id: member.userId, name: 'root', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 1, multiattach: 0, snapshot_id: null, source_volid: null, host_id: host.hostId, host_name: hostName, metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    return id;
  };
  /** A server booted from a new volume of `host` (it runs there: the volume's pool is that host's). */
  const boot = async (name: string, host: FakeAgent, hostName: string): Promise<{ id: string; vol: string }> => {
    const vol = await volume(host, hostName);
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: flavor, networks: 'none', block_device_mapping_v2: [{ boot_index: 0, uuid: vol, source_type: 'volume', destination_type: 'volume' }] } } });
    expect(r.status).toBe(202);
    expect((await host.run()).map((t) => t.type)).toEqual(['spawn']);
    const id = r.body.server.id as string;
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': hostName, image: '' });
    return { id, vol };
  };
  const act = (id: string, body: unknown, mv = '2.56') => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body, headers: { 'OpenStack-API-Version': `compute ${mv}` } });
  const live = (id: string, host: string) => act(id, { 'os-migrateLive': { host, block_migration: 'auto' } }, '2.25');
  const show = async (id: string) => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const attachment = (vol: string) => c.db.selectFrom('vol_attachments').selectAll().where('volume_id', '=', vol).executeTakeFirstOrThrow();
  const migration = async (id: string) => (await call(c, 'GET', `/v2.1/os-migrations?instance_uuid=${id}`, 'listMigrations', { token: c.adminToken, headers: { 'OpenStack-API-Version': 'compute 2.59' } })).body.migrations[0];
  const actions = async (id: string) => ((await call(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: c.adminToken })).body.instanceActions as { action: string }[]).map((x) => x.action);
  const claims = async (id: string) => {
    const rows = await c.db.selectFrom('allocations').select(['instance_id', 'host_id', 'disk_gb']).where('instance_id', '=', id).execute();
    const names = new Map([[a.hostId, 'host-a'], [b.hostId, 'host-b'], [d.hostId, 'host-d']]);
    return rows.map((r) => ({ host: names.get(r.host_id) ?? r.host_id, disk_gb: r.disk_gb }));
  };
  const idle = async (): Promise<void> => {
    for (const h of hosts()) expect(await h.run()).toEqual([]);
  };
  const down = (h: FakeAgent, on: boolean) => c.db.updateTable('hosts').set({ forced_down: on ? 1 : 0 }).where('id', '=', h.hostId).execute();

  it('live migration: the boot volume is exported from its host and opened from there on the destination; the attachment follows', async () => {
    const { id, vol } = await boot('bfv-live', a, 'host-a');
    const before = await attachment(vol);
    expect((await live(id, 'host-b')).status).toBe(202);
    expect(await show(id)).toMatchObject({ status: 'MIGRATING', 'OS-EXT-STS:task_state': 'migrating' });
    const [ex] = await a.run();
    expect(ex).toMatchObject({ type: 'export_volume', payload: { volume_id: vol, migrating_instance: id, step: 0 } });
    const name = ex!.payload.export_name as string;
    const [pre] = await b.run();
    expect(pre).toMatchObject({ type: 'pre_live_migration', payload: { block_devices: [{ volume_id: vol, boot_index: 0, connection_info: EXPORTED }] } });
    expect(pre!.payload).not.toHaveProperty('image');
    expect(await attachment(vol)).toEqual(before);
    expect((await a.run()).map((t) => t.type)).toEqual(['live_migration']);
    expect(await attachment(vol)).toMatchObject({ host_name: 'host-b', export_name: name, export_host_id: a.hostId, status: 'attached' });
    expect((await b.run()).map((t) => t.type)).toEqual(['post_live_migration_at_destination']);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-b', 'os-extended-volumes:volumes_attached': [{ id: vol }] });
    expect(await migration(id)).toMatchObject({ migration_type: 'live-migration', status: 'completed', source_compute: 'host-a', dest_compute: 'host-b' });
    expect(await actions(id)).toContain('live-migration');
    // No root disk claimed on the destination; the source's claim is gone.
    expect(await claims(id)).toEqual([{ host: 'host-b', disk_gb: 0 }]);
    await idle();
  });

  it('cold migration: reverted (the source stops the new export and starts its guest), then confirmed', async () => {
    const { id, vol } = await boot('bfv-cold', a, 'host-a');
    const before = await attachment(vol);
    for (const end of ['revertResize', 'confirmResize'] as const) {
      expect((await act(id, { migrate: { host: 'host-b' } })).status).toBe(202);
      expect((await a.run()).map((t) => t.type)).toEqual(['migrate_instance']);
      const [ex] = await a.run();
      expect(ex).toMatchObject({ type: 'export_volume', payload: { action: 'migrate', volume_id: vol, migrating_instance: id, step: 0 } });
      const name = ex!.payload.export_name as string;
      const [fin] = await b.run();
      expect(fin).toMatchObject({ type: 'finish_migration', payload: { action: 'migrate', disk: { transport: 'none' }, block_devices: [{ volume_id: vol, boot_index: 0, connection_info: EXPORTED }] } });
      expect(fin!.payload).not.toHaveProperty('image');
      expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
      expect(await attachment(vol)).toMatchObject({ host_name: 'host-b', export_name: name, export_host_id: a.hostId });
      expect((await act(id, { [end]: null })).status).toBe(end === 'revertResize' ? 202 : 204);
      if (end === 'revertResize') {
        expect((await b.run()).map((t) => t.type)).toEqual(['revert_resize']);
        expect(await a.run()).toEqual([expect.objectContaining({ type: 'finish_revert_migration', payload: expect.objectContaining({ unexport: [name] }) })]);
        expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
        expect(await attachment(vol)).toEqual({ ...before, updated_at: expect.any(String) });
        expect((await migration(id)).status).toBe('reverted');
        expect(await claims(id)).toEqual([{ host: 'host-a', disk_gb: 0 }]);
      } else {
        expect((await a.run()).map((t) => t.type)).toEqual(['confirm_resize']);
        expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
        expect(await attachment(vol)).toMatchObject({ host_name: 'host-b', export_name: name, export_host_id: a.hostId });
        expect((await migration(id)).status).toBe('confirmed');
        expect(await claims(id)).toEqual([{ host: 'host-b', disk_gb: 0 }]);
      }
    }
    expect(await actions(id)).toEqual(expect.arrayContaining(['migrate', 'revertResize', 'confirmResize']));
    await idle();
  });

  it('resize to another host: the boot volume follows, the new flavor claims no root disk', async () => {
    const { id, vol } = await boot('bfv-grow', a, 'host-a');
    // host-a has no room for the bigger flavor; host-d is disabled: host-b it is.
    await c.db.updateTable('hosts').set({ memory_mb: 400 }).where('id', '=', a.hostId).execute();
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', d.hostId).execute();
    try {
      expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { resize: { flavorRef: big } } })).status).toBe(202);
    } finally {
      await c.db.updateTable('hosts').set({ memory_mb: 8192 }).where('id', '=', a.hostId).execute();
      await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', d.hostId).execute();
    }
    expect(await migration(id)).toMatchObject({ migration_type: 'resize', source_compute: 'host-a', dest_compute: 'host-b' });
    expect(await claims(id)).toEqual([{ host: 'host-b', disk_gb: 0 }]);
    expect((await a.run()).map((t) => t.type)).toEqual(['resize_instance']);
    expect((await a.run()).map((t) => t.type)).toEqual(['export_volume']);
    const [fin] = await b.run();
    expect(fin).toMatchObject({ type: 'finish_migration', payload: { action: 'resize', flavor: { vcpus: 2, memory_mb: 512 }, block_devices: [{ volume_id: vol, boot_index: 0, connection_info: EXPORTED }] } });
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', flavor: { original_name: 'bfv.big' }, 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect((await call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body: { confirmResize: null } })).status).toBe(204);
    expect((await a.run()).map((t) => t.type)).toEqual(['confirm_resize']);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
    expect(await attachment(vol)).toMatchObject({ host_name: 'host-b', export_host_id: a.hostId });
    await idle();
  });

  it('a failed move rolls back: the new export stops, the server and its boot volume stay on the source', async () => {
    const { id, vol } = await boot('bfv-fail', a, 'host-a');
    const before = await attachment(vol);
    // Live: the destination cannot prepare.
    expect((await live(id, 'host-b')).status).toBe(202);
    const [ex] = await a.run();
    await b.run({ fail: (t) => (t === 'pre_live_migration' ? { code: 500, message: 'qemu failed to start' } : null) });
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await a.run()).toEqual([expect.objectContaining({ type: 'unexport_volume', payload: { export_name: ex!.payload.export_name } })]);
    expect(await attachment(vol)).toEqual(before);
    expect((await migration(id)).status).toBe('error');
    expect(await claims(id)).toEqual([{ host: 'host-a', disk_gb: 0 }]);
    // Cold: the destination fails to finish (Nova's failed finish_resize: ERROR on the source).
    expect((await act(id, { migrate: { host: 'host-b' } })).status).toBe(202);
    await a.run();
    const [ex2] = await a.run();
    expect(ex2).toMatchObject({ type: 'export_volume' });
    await b.run({ fail: (t) => (t === 'finish_migration' ? { code: 500, message: 'volume export unreachable' } : null) });
    expect(await show(id)).toMatchObject({ status: 'ERROR', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a', fault: { message: 'volume export unreachable' } });
    expect(await a.run()).toEqual([expect.objectContaining({ type: 'unexport_volume', payload: { export_name: ex2!.payload.export_name } })]);
    expect(await attachment(vol)).toEqual(before);
    expect((await migration(id)).status).toBe('error');
    expect(await claims(id)).toEqual([{ host: 'host-a', disk_gb: 0 }]);
    await idle();
  });

  it("evacuation: rebuilt from a boot volume of another host's pool (through its export, or from its file on the volume's own host); refused when the volume was the lost host's", async () => {
    const evacuate = (id: string, host: string) => act(id, { evacuate: { host } }, '2.68');
    // A server on host-a whose boot volume is host-b's: booted on host-b, live-migrated to host-a.
    const { id, vol } = await boot('bfv-evac', b, 'host-b');
    expect((await live(id, 'host-a')).status).toBe(202);
    const [ex] = await b.run();
    const name = ex!.payload.export_name as string;
    await a.run();
    await b.run();
    await a.run();
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await attachment(vol)).toMatchObject({ host_name: 'host-a', export_name: name, export_host_id: b.hostId });

    // host-a lost: rebuilt on host-d from the volume, through its export on host-b.
    await down(a, true);
    try {
      expect((await evacuate(id, 'host-d')).status).toBe(200);
      const [again] = await b.run();
      expect(again).toMatchObject({ type: 'export_volume', payload: { action: 'evacuate', volume_id: vol, export_name: name, step: 0 } });
      expect(again!.payload).not.toHaveProperty('migrating_instance');
      const [ev] = await d.run();
      expect(ev).toMatchObject({ type: 'evacuate_instance', payload: { block_devices: [{ volume_id: vol, boot_index: 0, connection_info: EXPORTED }] } });
      expect(ev!.payload).not.toHaveProperty('image');
      expect(ev!.payload).not.toHaveProperty('unexport');
      expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-d', 'os-extended-volumes:volumes_attached': [{ id: vol }] });
      expect(await migration(id)).toMatchObject({ migration_type: 'evacuation', status: 'done', source_compute: 'host-a', dest_compute: 'host-d' });
      expect(await attachment(vol)).toMatchObject({ host_name: 'host-d', export_name: name, export_host_id: b.hostId });
    } finally {
      await down(a, false);
    }

    // host-d lost: rebuilt on host-b, the volume's own host: opened from its file, the export there stops.
    await down(d, true);
    try {
      expect((await evacuate(id, 'host-b')).status).toBe(200);
      const [ev] = await b.run();
      expect(ev).toMatchObject({ type: 'evacuate_instance', payload: { unexport: [name], block_devices: [{ volume_id: vol, boot_index: 0 }] } });
      expect((ev!.payload.block_devices as Record<string, unknown>[])[0]).not.toHaveProperty('connection_info');
      expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
      const local = await attachment(vol);
      expect(local).toMatchObject({ host_name: 'host-b', export_name: null, export_host_id: null });
      expect(JSON.parse(local.connection_info!).driver_volume_type).not.toBe('oscloud_volume_export');
    } finally {
      await down(d, false);
    }
    expect(await actions(id)).toEqual(expect.arrayContaining(['evacuate', 'live-migration']));

    // A boot volume of the lost host's own pool is lost with it: Nova's 400, nothing moved.
    const lost = await boot('bfv-evac-lost', a, 'host-a');
    const migrations = async () => (await c.db.selectFrom('migrations').select('uuid').where('instance_id', '=', lost.id).execute()).length;
    await down(a, true);
    try {
      const r = await act(lost.id, { evacuate: {} }, '2.68');
      expect(r.status).toBe(400);
      expect(r.body.badRequest.message).toContain('its boot volume in the storage pool of host host-a');
    } finally {
      await down(a, false);
    }
    expect(await show(lost.id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await migrations()).toBe(0);
    await idle();
  });
});
