/**
 * Nova's Cinder proxies (os-volumes, os-snapshots; microversions 2.1-2.35) over the volume
 * service's own functions: Nova's view (`displayName`, `attachments` `[{}]` or with `serverId`),
 * create 200 / delete 202, offset and limit, Nova's 400/403/404, and the 404 from 2.36.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestController } from '../helpers.js';
import { computeCall as call, FakeAgent, startComputeController } from './fixtures.js';

const V35 = { 'OpenStack-API-Version': 'compute 2.35' };

describe.each(backends())('compute volume proxies on %s', (backend) => {
  let c: TestController;
  let host: FakeAgent;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };

  beforeAll(async () => {
    c = await startComputeController(backend);
    host = await FakeAgent.start(c, 'vol-host', { vcpus: 4, memory_mb: 4096, local_gb: 100 });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const req = (method: string, path: string, op: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    call(c, method, path, op, { token: o.token ?? member.token, body: o.body, headers: o.headers ?? V35 });

  it('creates, shows, lists (offset, limit), snapshots and deletes volumes in Nova\'s view', async () => {
    const ids: string[] = [];
    for (const n of ['a', 'b', 'c']) {
      const r = await req('POST', '/v2.1/os-volumes', 'createComputeVolume', { body: { volume: { size: '1', display_name: `vol-${n}`, display_description: 'd', metadata: { Type: 'work' } } } });
      expect(r.status).toBe(200);
      expect(r.body.volume).toMatchObject({ size: 1, status: 'creating', displayName: `vol-${n}`, displayDescription: 'd', metadata: { Type: 'work' }, attachments: [{}], snapshotId: null, availabilityZone: 'nova' });
      ids.push(r.body.volume.id);
    }
    await host.run();
    const shown = await req('GET', `/v2.1/os-volumes/${ids[0]}`, 'showComputeVolume');
    expect(shown.status).toBe(200);
    expect(shown.body.volume).toMatchObject({ id: ids[0], status: 'available', volumeType: expect.any(String) });
    expect(shown.body.volume.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);

    const all = (await req('GET', '/v2.1/os-volumes', 'listComputeVolumes')).body.volumes;
    expect(all.map((v: { id: string }) => v.id).sort()).toEqual([...ids].sort());
    // The detailed list is the same view; offset and limit page it (Nova's common.limited).
    const detail = (await req('GET', '/v2.1/os-volumes/detail', 'listComputeVolumesDetailed')).body.volumes;
    expect(detail).toEqual(all);
    const paged = (await req('GET', '/v2.1/os-volumes?offset=1&limit=1', 'listComputeVolumes')).body.volumes;
    expect(paged.map((v: { id: string }) => v.id)).toEqual([all[1].id]);
    // Another project sees none of them.
    expect((await req('GET', '/v2.1/os-volumes', 'listComputeVolumes', { token: other.token })).body.volumes).toEqual([]);
    expect((await req('GET', `/v2.1/os-volumes/${ids[0]}`, 'showComputeVolume', { token: other.token })).status).toBe(404);
    // size 0: Nova's schema error, no volume made
    expect((await req('POST', '/v2.1/os-volumes', 'createComputeVolume', { body: { volume: { size: 0 } } })).status).toBe(400);
    // a show with an empty id (trailing slash) is Nova's 404, not the list
    expect((await req('GET', '/v2.1/os-volumes/', 'showComputeVolume')).status).toBe(404);
    expect((await req('GET', '/v2.1/os-snapshots/', 'showComputeSnapshot')).status).toBe(404);

    const snap = await req('POST', '/v2.1/os-snapshots', 'createComputeSnapshot', { body: { snapshot: { volume_id: ids[0], display_name: 's1', force: 'false' } } });
    expect(snap.status).toBe(200);
    expect(snap.body.snapshot).toMatchObject({ volumeId: ids[0], displayName: 's1', displayDescription: null, size: 1, status: 'creating' });
    await host.run();
    const sid = snap.body.snapshot.id;
    expect((await req('GET', `/v2.1/os-snapshots/${sid}`, 'showComputeSnapshot')).body.snapshot.status).toBe('available');
    expect((await req('GET', '/v2.1/os-snapshots/detail', 'listComputeSnapshotsDetailed')).body.snapshots.map((s: { id: string }) => s.id)).toEqual([sid]);
    expect((await req('GET', '/v2.1/os-snapshots', 'listComputeSnapshots', { token: other.token })).body.snapshots).toEqual([]);
    // A volume with a snapshot cannot go (Cinder's 400); the snapshot, then the volume can.
    expect((await req('DELETE', `/v2.1/os-volumes/${ids[0]}`, 'deleteComputeVolume')).status).toBe(400);
    expect((await req('DELETE', `/v2.1/os-snapshots/${sid}`, 'deleteComputeSnapshot')).status).toBe(202);
    await host.run();
    expect((await req('GET', `/v2.1/os-snapshots/${sid}`, 'showComputeSnapshot')).status).toBe(404);
    for (const id of ids) expect((await req('DELETE', `/v2.1/os-volumes/${id}`, 'deleteComputeVolume')).status).toBe(202);
    await host.run();
    expect((await req('GET', '/v2.1/os-volumes', 'listComputeVolumes')).body.volumes).toEqual([]);
  });

  it('shows an attachment with its server', async () => {
    const r = await req('POST', '/v2.1/os-volumes', 'createComputeVolume', { body: { volume: { size: 1 } } });
    const id = r.body.volume.id as string;
    await host.run();
    const serverId = randomUUID();
    const now = new Date().toISOString();
    await c.db.insertInto('vol_attachments').values({ id: randomUUID(), volume_id: id, project_id: member.projectId, instance_id: serverId, status: 'attached', attach_mode: 'rw', connector: null, connection_info: null, host_name: 'vol-host', device: '/dev/vdb', attached_at: now, detached_at: null, created_at: now, updated_at: now }).execute();
    const shown = (await req('GET', `/v2.1/os-volumes/${id}`, 'showComputeVolume')).body.volume;
    expect(shown.attachments).toEqual([{ id, volumeId: id, serverId, device: '/dev/vdb' }]);
    // Attached: Cinder refuses the delete.
    expect((await req('DELETE', `/v2.1/os-volumes/${id}`, 'deleteComputeVolume')).status).toBe(400);
    await c.db.deleteFrom('vol_attachments').where('volume_id', '=', id).execute();
    expect((await req('DELETE', `/v2.1/os-volumes/${id}`, 'deleteComputeVolume')).status).toBe(202);
    await host.run();
  });

  it('answers Nova\'s errors and is gone from 2.36', async () => {
    const bad = async (body: unknown) => (await req('POST', '/v2.1/os-volumes', 'createComputeVolume', { body })).status;
    expect(await bad({ volume: { size: 0 } })).toBe(400);
    expect(await bad({ volume: { size: '#$%' } })).toBe(400);
    expect(await bad({ volume: { display_name: 'x' } })).toBe(400);
    expect(await bad({ volume: { size: 1, name: 'not Nova\'s key' } })).toBe(400);
    expect((await req('GET', `/v2.1/os-volumes/${randomUUID()}`, 'showComputeVolume')).status).toBe(404);
    expect((await req('DELETE', `/v2.1/os-volumes/${randomUUID()}`, 'deleteComputeVolume')).status).toBe(404);
    expect((await req('POST', '/v2.1/os-snapshots', 'createComputeSnapshot', { body: { snapshot: { volume_id: randomUUID() } } })).status).toBe(404);
    expect((await req('POST', '/v2.1/os-snapshots', 'createComputeSnapshot', { body: { snapshot: { volume_id: randomUUID(), force: 'maybe' } } })).status).toBe(400);
    expect((await req('GET', `/v2.1/os-snapshots/${randomUUID()}`, 'showComputeSnapshot')).status).toBe(404);
    const v236 = { 'OpenStack-API-Version': 'compute 2.36' };
    expect((await req('GET', '/v2.1/os-volumes', 'listComputeVolumes', { headers: v236 })).status).toBe(404);
    expect((await req('GET', '/v2.1/os-snapshots', 'listComputeSnapshots', { headers: v236 })).status).toBe(404);
    expect((await req('POST', '/v2.1/os-volumes', 'createComputeVolume', { body: { volume: { size: 1 } }, headers: v236 })).status).toBe(404);
  });
});
