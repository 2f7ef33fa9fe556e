/**
 * Moves of a server with attached volumes (two FakeAgents). Live migration: the volumes are not
 * copied. Before the destination prepares, each volume's host exports it for the destination —
 * the source's own volume under a new name (`migrating_instance`: its guest has it open), a
 * volume of the destination under the attachment's existing export — and the destination's
 * pre_live_migration gets every block device with its export. At the switchover the Cinder
 * attachments follow (host, and the new export becomes the attachment's: a later detach ends it);
 * os-volume_attachments is unchanged. A failure before the switchover stops the new export and
 * leaves the attachments as they were. Cold migration: the same exports between the source's
 * task and the destination's finish_migration; the attachments follow when it finished; a revert
 * gives them back (the source stops the new export before starting its guest), a confirm keeps them.
 * Evacuation: a volume of the new host's own pool is opened there from its file (its export
 * there stops; a volume of a third host follows through its export: move-boot-volume.test.ts);
 * one of the lost host: 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('live migration with volumes on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let flavor: string;
  let image: string;
  let a: FakeAgent;
  let b: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'lmv.tiny', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    a = await FakeAgent.start(c, 'host-a', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
    b = await FakeAgent.start(c, 'host-b', { vcpus: 8, memory_mb: 8192, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  /** A server on host-a (host-b disabled meanwhile). */
  const boot = async (name: string): Promise<string> => {
    await c.db.updateTable('hosts').set({ disabled: 1 }).where('id', '=', b.hostId).execute();
    try {
      const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name, flavorRef: flavor, imageRef: image, networks: 'none' } } });
      expect(r.status).toBe(202);
      await a.run();
      return r.body.server.id as string;
    } finally {
      await c.db.updateTable('hosts').set({ disabled: 0 }).where('id', '=', b.hostId).execute();
    }
  };
  let n = 0;
  const volume = async (host: FakeAgent, hostName: string): Promise<string> => {
    const id = `7b2c0f70-0000-4000-8000-0000000002${String(++n).padStart(2, '0')}`;
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id, project_id: member.projectId, user_id: member.userId, name: 'v', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: host.hostId, host_name: hostName, metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    return id;
  };
  const attach = async (server: string, vol: string): Promise<void> => {
    expect((await call(c, 'POST', `/v2.1/servers/${server}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: vol } } })).status).toBe(200);
  };
  const live = (id: string) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body: { 'os-migrateLive': { host: 'host-b', block_migration: 'auto' } }, headers: { 'OpenStack-API-Version': 'compute 2.25' } });
  const show = async (id: string) => (await call(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: c.adminToken })).body.server;
  const attachment = (vol: string) => c.db.selectFrom('vol_attachments').selectAll().where('volume_id', '=', vol).executeTakeFirstOrThrow();
  const volumeAttachments = async (id: string) => (await call(c, 'GET', `/v2.1/servers/${id}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token })).body.volumeAttachments;

  it("exports each volume for the destination first; the attachments follow at the switchover; a detach afterwards ends the new export", async () => {
    const id = await boot('lmv-mover');
    const local = await volume(a, 'host-a');
    const remote = await volume(b, 'host-b');
    await attach(id, local);
    expect((await a.run()).map((t) => t.type)).toEqual(['attach_volume']);
    await attach(id, remote);
    const [remoteExport] = await b.run();
    const remoteName = remoteExport!.payload.export_name as string;
    expect((await a.run()).map((t) => t.type)).toEqual(['attach_volume']);
    const before = await volumeAttachments(id);
    expect(before).toHaveLength(2);

    expect((await live(id)).status).toBe(202);
    // The source's own volume: a new export of host-a, for the guest it has open.
    const [ex1] = await a.run();
    expect(ex1).toMatchObject({ type: 'export_volume', instanceId: id, payload: { volume_id: local, migrating_instance: id, step: 0 } });
    const newName = ex1!.payload.export_name as string;
    expect(newName).toMatch(/^[0-9a-f]{32}$/);
    expect(newName).not.toBe(remoteName);
    // The destination's volume: its attachment's export, asked again for its address.
    const [ex2] = await b.run();
    expect(ex2).toMatchObject({ type: 'export_volume', payload: { volume_id: remote, export_name: remoteName, step: 1 } });
    expect(ex2!.payload).not.toHaveProperty('migrating_instance');
    // Then the destination prepares, each volume opened from its export.
    const [pre] = await b.run();
    expect(pre).toMatchObject({ type: 'pre_live_migration' });
    expect(pre!.payload.block_devices).toEqual([
      expect.objectContaining({ volume_id: local, connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } } }),
      expect.objectContaining({ volume_id: remote, connection_info: { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } } }),
    ]);
    // Nothing moved yet.
    expect((await attachment(local)).export_name).toBeNull();
    expect((await attachment(local)).host_name).toBe('host-a');
    expect((await a.run()).map((t) => t.type)).toEqual(['live_migration']);
    // Switchover: the attachments are host-b's; the new export is the local volume's attachment's.
    const la = await attachment(local);
    expect(la).toMatchObject({ host_name: 'host-b', export_name: newName, export_host_id: a.hostId, status: 'attached' });
    expect(la.connection_info).not.toContain(newName);
    expect(JSON.parse(la.connection_info!)).toMatchObject({ driver_volume_type: 'oscloud_volume_export', data: { volume_id: local, export_host_id: a.hostId } });
    expect(await attachment(remote)).toMatchObject({ host_name: 'host-b', export_name: remoteName, export_host_id: b.hostId });
    expect((await b.run()).map((t) => t.type)).toEqual(['post_live_migration_at_destination']);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b', 'os-extended-volumes:volumes_attached': [{ id: local }, { id: remote }] });
    expect(await volumeAttachments(id)).toEqual(before);
    expect(await a.run()).toEqual([]);

    // A detach on the new host ends the export made for the move on host-a.
    expect((await call(c, 'DELETE', `/v2.1/servers/${id}/os-volume_attachments/${local}`, 'deleteServerVolumeAttachment', { token: member.token })).status).toBe(202);
    expect((await b.run()).map((t) => t.type)).toEqual(['detach_volume']);
    expect(await a.run()).toEqual([expect.objectContaining({ type: 'unexport_volume', payload: { export_name: newName } })]);
    expect((await c.db.selectFrom('vol_volumes').select('status').where('id', '=', local).executeTakeFirstOrThrow()).status).toBe('available');
  });

  it('cold migration: the volumes follow through the exports; revert gives them back, confirm keeps them', async () => {
    const id = await boot('lmv-cold');
    const local = await volume(a, 'host-a');
    const remote = await volume(b, 'host-b');
    await attach(id, local);
    await a.run();
    await attach(id, remote);
    const [remoteExport] = await b.run();
    const remoteName = remoteExport!.payload.export_name as string;
    await a.run();
    const before = { local: await attachment(local), remote: await attachment(remote) };
    const act = (body: unknown) => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body });
    for (const end of ['revertResize', 'confirmResize'] as const) {
      expect((await act({ migrate: null })).status).toBe(202);
      expect((await a.run()).map((t) => t.type)).toEqual(['migrate_instance']);
      const [ex1] = await a.run();
      expect(ex1).toMatchObject({ type: 'export_volume', payload: { action: 'migrate', volume_id: local, migrating_instance: id, step: 0 } });
      expect(await b.run()).toEqual([expect.objectContaining({ type: 'export_volume', payload: expect.objectContaining({ volume_id: remote, export_name: remoteName, step: 1 }) })]);
      const [fin] = await b.run();
      expect(fin).toMatchObject({ type: 'finish_migration', payload: { action: 'migrate', disk: { transport: 'none' } } });
      expect((fin!.payload.block_devices as Record<string, unknown>[]).map((bd) => [bd.volume_id, bd.connection_info])).toEqual([
        [local, { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } }],
        [remote, { driver_volume_type: 'oscloud_volume_export', data: { export: { transport: 'none' } } }],
      ]);
      expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
      const newName = ex1!.payload.export_name as string;
      expect(await attachment(local)).toMatchObject({ host_name: 'host-b', export_name: newName, export_host_id: a.hostId });
      expect(await attachment(remote)).toMatchObject({ host_name: 'host-b', export_name: remoteName });
      expect((await act({ [end]: null })).status).toBe(end === 'revertResize' ? 202 : 204);
      if (end === 'revertResize') {
        expect((await b.run()).map((t) => t.type)).toEqual(['revert_resize']);
        const [back] = await a.run();
        expect(back).toMatchObject({ type: 'finish_revert_migration', payload: { unexport: [newName] } });
        expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
        expect(await attachment(local)).toEqual({ ...before.local, updated_at: expect.any(String) });
        expect(await attachment(remote)).toEqual({ ...before.remote, updated_at: expect.any(String) });
      } else {
        expect((await a.run()).map((t) => t.type)).toEqual(['confirm_resize']);
        expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
        expect(await attachment(local)).toMatchObject({ host_name: 'host-b', export_name: newName, export_host_id: a.hostId });
      }
    }
    expect(await volumeAttachments(id)).toHaveLength(2);
  });

  it("evacuation: a volume of the new host's pool is opened there locally, its export stopped; a volume of the lost host is refused", async () => {
    const id = await boot('lmv-evac');
    const remote = await volume(b, 'host-b');
    await attach(id, remote);
    const [remoteExport] = await b.run();
    await a.run();
    const evacuate = () => call(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: c.adminToken, body: { evacuate: {} }, headers: { 'OpenStack-API-Version': 'compute 2.68' } });
    await c.db.updateTable('hosts').set({ forced_down: 1 }).where('id', '=', a.hostId).execute();
    try {
      expect((await evacuate()).status).toBe(200);
      // host-b is the volume's own host: no export step, the new host stops its export and opens the file.
      const [ev] = await b.run();
      expect(ev).toMatchObject({ type: 'evacuate_instance', payload: { unexport: [remoteExport!.payload.export_name], block_devices: [{ volume_id: remote }] } });
      expect((ev!.payload.block_devices as Record<string, unknown>[])[0]).not.toHaveProperty('connection_info');
      expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-b' });
      expect(await attachment(remote)).toMatchObject({ host_name: 'host-b', export_name: null, export_host_id: null });
    } finally {
      await c.db.updateTable('hosts').set({ forced_down: 0 }).where('id', '=', a.hostId).execute();
    }
    // A server on host-a with a volume of host-a: lost with its host.
    const other = await boot('lmv-evac-lost');
    const local = await volume(a, 'host-a');
    await attach(other, local);
    await a.run();
    await c.db.updateTable('hosts').set({ forced_down: 1 }).where('id', '=', a.hostId).execute();
    try {
      const r = await call(c, 'POST', `/v2.1/servers/${other}/action`, 'serverAction', { token: c.adminToken, body: { evacuate: {} }, headers: { 'OpenStack-API-Version': 'compute 2.68' } });
      expect(r.status).toBe(400);
      expect(r.body.badRequest.message).toContain(`volume ${local} in the storage pool of host host-a`);
    } finally {
      await c.db.updateTable('hosts').set({ forced_down: 0 }).where('id', '=', a.hostId).execute();
    }
    expect(await show(other)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-SRV-ATTR:host': 'host-a' });
  });

  it('a failure before the switchover stops the new export; the server and its attachment stay on the source', async () => {
    const id = await boot('lmv-fail');
    const local = await volume(a, 'host-a');
    await attach(id, local);
    await a.run();
    const before = await attachment(local);
    expect((await live(id)).status).toBe(202);
    const [ex] = await a.run();
    expect(ex).toMatchObject({ type: 'export_volume', payload: { migrating_instance: id } });
    await b.run({ fail: (t) => (t === 'pre_live_migration' ? { code: 500, message: 'qemu failed to start' } : null) });
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect(await a.run()).toEqual([expect.objectContaining({ type: 'unexport_volume', payload: { export_name: ex!.payload.export_name } })]);
    expect(await attachment(local)).toEqual(before);

    // A failed export: nothing reached the destination.
    expect((await live(id)).status).toBe(202);
    await a.run({ fail: (t) => (t === 'export_volume' ? { code: 500, message: 'qemu-nbd could not export' } : null) });
    expect(await b.run()).toEqual([]);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-SRV-ATTR:host': 'host-a' });
    expect((await a.run()).map((t) => t.type)).toEqual(['unexport_volume']);
    expect(await attachment(local)).toEqual(before);
  });
});
