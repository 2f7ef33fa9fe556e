/**
 * Volumes across hosts (controller side): a volume of host A attached to a server on host B is
 * a volume export — A gets export_volume under a random per-attachment name, then B gets
 * attach_volume with the export in its connection info (the name reaches neither the API nor
 * B's payload); detach, a failed export and the server's delete each end the export on A; a
 * volume on the server's own host attaches directly. Two fake hosts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('volume exports on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let server: string;
  let a: FakeAgent;
  let b: FakeAgent;

  beforeAll(async () => {
    c = await startComputeController(backend);
    member = await c.createProjectUser('member');
    const flavor = await createFlavor(c, { name: 'm1.tiny', vcpus: 1, ram: 256, disk: 1 });
    const image = await createImage(c);
    // The server lands on host-b (the only host then); the volumes live on host-a.
    b = await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    const r = await call(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'x', flavorRef: flavor, imageRef: image, networks: 'none' } } });
    server = r.body.server.id as string;
    await b.run();
    a = await FakeAgent.start(c, 'host-a', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  let n = 0;
  const volume = async (host: FakeAgent, hostName: string): Promise<string> => {
    const id = `7b2c0f70-0000-4000-8000-0000000001${String(++n).padStart(2, '0')}`;
    const now = new Date().toISOString();
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    await c.db
      .insertInto('vol_volumes')
      .values({ id, project_id: member.projectId, user_id: member.userId, name: 'v', description: null, size: 1, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: host.hostId, host_name: hostName, metadata: '{}', image_metadata: null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now })
      .execute();
    return id;
  };
  const attach = (vol: string) => call(c, 'POST', `/v2.1/servers/${server}/os-volume_attachments`, 'createServerVolumeAttachment', { token: member.token, body: { volumeAttachment: { volumeId: vol } } });
  const detach = (vol: string) => call(c, 'DELETE', `/v2.1/servers/${server}/os-volume_attachments/${vol}`, 'deleteServerVolumeAttachment', { token: member.token });
  const status = async (vol: string): Promise<string> => (await c.db.selectFrom('vol_volumes').select('status').where('id', '=', vol).executeTakeFirstOrThrow()).status;

  it('exports on the volume host, then attaches on the server host; detach ends the export', async () => {
    const vol = await volume(a, 'host-a');
    expect((await attach(vol)).status).toBe(200);
    expect(await b.run()).toEqual([]); // nothing for the server's host before the export
    const [ex] = await a.run();
    expect(ex).toMatchObject({ type: 'export_volume' });
    const name = ex!.payload.export_name as string;
    expect(name).toMatch(/^[0-9a-f]{32}$/);
    const [att] = await b.run();
    expect(att).toMatchObject({ type: 'attach_volume', instanceId: server, payload: { volume_id: vol, device: '/dev/vdb', connection_info: { driver_volume_type: 'oscloud_volume_export', data: { volume_id: vol, export: { transport: 'none' } } } } });
    expect(JSON.stringify(att!.payload)).not.toContain(name);
    expect(await status(vol)).toBe('in-use');
    // The name stays off the volume API (the attachment's connection info).
    const shown = await c.db.selectFrom('vol_attachments').select(['connection_info', 'export_name']).where('volume_id', '=', vol).executeTakeFirstOrThrow();
    expect(shown.export_name).toBe(name);
    expect(shown.connection_info).not.toContain(name);
    const listed = await call(c, 'GET', `/v2.1/servers/${server}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token });
    expect(listed.body.volumeAttachments).toEqual([expect.objectContaining({ volumeId: vol, serverId: server })]);

    expect((await detach(vol)).status).toBe(202);
    expect(await a.run()).toEqual([]); // the guest lets go first
    expect((await b.run()).map((t) => t.type)).toEqual(['detach_volume']);
    const [un] = await a.run();
    expect(un).toMatchObject({ type: 'unexport_volume', payload: { export_name: name } });
    expect(await status(vol)).toBe('available');
  });

  it('a failed export fails the attach (volume available again, the export ended); a local volume attaches directly', async () => {
    const vol = await volume(a, 'host-a');
    expect((await attach(vol)).status).toBe(200);
    await a.run({ fail: (t) => (t === 'export_volume' ? { code: 500, message: 'qemu-nbd could not export' } : null) });
    expect(await b.run()).toEqual([]);
    expect(await status(vol)).toBe('available');
    expect((await a.run()).map((t) => t.type)).toEqual(['unexport_volume']);
    expect((await call(c, 'GET', `/v2.1/servers/${server}/os-volume_attachments`, 'listServerVolumeAttachments', { token: member.token })).body.volumeAttachments).toEqual([]);

    const local = await volume(b, 'host-b');
    expect((await attach(local)).status).toBe(200);
    const [att] = await b.run();
    expect(att).toMatchObject({ type: 'attach_volume', payload: { connection_info: { driver_volume_type: 'oscloud_file' } } });
    expect(await a.run()).toEqual([]);
    expect((await detach(local)).status).toBe(202);
    await b.run();
    expect(await status(local)).toBe('available');
  });

  it("the server's delete ends its volume exports", async () => {
    const vol = await volume(a, 'host-a');
    expect((await attach(vol)).status).toBe(200);
    const [ex] = await a.run();
    await b.run();
    expect(await status(vol)).toBe('in-use');
    expect((await call(c, 'DELETE', `/v2.1/servers/${server}`, 'deleteServer', { token: member.token })).status).toBe(204);
    expect((await b.run()).map((t) => t.type)).toEqual(['destroy']);
    const [un] = await a.run();
    expect(un).toMatchObject({ type: 'unexport_volume', payload: { export_name: ex!.payload.export_name } });
    expect(await status(vol)).toBe('available');
  });
});
