/**
 * Server snapshots (createImage) and rebuilds end to end on a live controller with the image
 * service and the agent API mounted, hosts simulated (FakeAgent): the API's answers and states,
 * the host's progress and upload over the agent API, failures, and a server booted from the
 * snapshot.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, checkResponse, type TestController } from '../helpers.js';
import { padded, qcow2Header } from '../hostile-bodies.js';
import { computeCall, createFlavor, createImage, FakeAgent, startComputeController } from './fixtures.js';

describe.each(backends())('server snapshots and rebuilds on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let other: { token: string; projectId: string };
  let flavor: string;
  let image: string;
  let hosts: FakeAgent[];

  beforeAll(async () => {
    c = await startComputeController(backend, { agentBootstrapToken: 'snapshot-test-bootstrap', images: true });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    flavor = await createFlavor(c, { name: 'm1.small', vcpus: 1, ram: 256, disk: 1 });
    image = await createImage(c);
    hosts = [await FakeAgent.start(c, 'host-a', { vcpus: 4, memory_mb: 4096, local_gb: 100 }), await FakeAgent.start(c, 'host-b', { vcpus: 4, memory_mb: 4096, local_gb: 100 })];
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const runAllTasks = async (opts?: Parameters<FakeAgent['run']>[0]) => (await Promise.all(hosts.map((h) => h.run(opts)))).flat();
  const runAll = async (opts?: Parameters<FakeAgent['run']>[0]): Promise<void> => {
    for (const h of hosts) await h.run(opts);
  };
  const create = (token: string, server: Record<string, unknown>) =>
    computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token, body: { server: { name: 'web', flavorRef: flavor, imageRef: image, networks: 'none', ...server } } });

    it('createImage: a queued image Nova-style, task_states through the host\'s progress, the data uploaded by the host, a bootable snapshot; failures delete the image', async () => {
      const r = await create(member.token, { name: 'snapper' });
      const id = r.body.server.id as string;
      await runAll();
      const h = hosts.find((x) => x.instances.has(id))!;
      const otherHost = hosts.find((x) => x !== h)!;
      const act = (body: unknown, headers?: Record<string, string>, token = member.token) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body, headers });
      const show = async () => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
      const getImage = (imageId: string) => api(c, 'GET', `/image/v2/images/${imageId}`, { token: member.token });
      const agent = (method: string, path: string, body?: unknown) =>
        fetch(`${c.url}/agent/v1${path}`, { method, headers: { authorization: `Bearer ${h.credential}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      // Nova's body checks: a name is required, nothing else but metadata.
      expect((await act({ createImage: {} })).status).toBe(400);
      expect((await act({ createImage: { name: 'x', extra: 1 } })).status).toBe(400);
      expect((await act({ createImage: { name: 'x', metadata: { k: 1 } } })).status).toBe(400);
      // A locked server can still be snapshotted (Nova's snapshot has no lock check).
      expect((await act({ lock: null })).status).toBe(202);
      const res = await act({ createImage: { name: 'snap-1', metadata: { purpose: 'test' } } });
      expect(res.status).toBe(202);
      const imageId = res.body.image_id as string;
      expect(imageId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'image_snapshot' });
      const queued = await getImage(imageId);
      expect(queued.body).toMatchObject({ name: 'snap-1', status: 'queued', visibility: 'private', owner: member.projectId, disk_format: 'qcow2', container_format: 'bare', min_disk: 1, image_type: 'snapshot', instance_uuid: id, base_image_ref: image, user_id: member.userId, purpose: 'test' });
      // Busy: a second snapshot is Nova's 409.
      const busy = await act({ createImage: { name: 'snap-2' } });
      expect(busy.status).toBe(409);
      expect(busy.body.conflictingRequest.message).toBe(`Cannot 'createImage' instance ${id} while it is in task_state image_snapshot`);
      // The host claims the task, reports its steps, uploads the data and reports the result.
      const claimed = (await (await agent('GET', `/hosts/${h.hostId}/tasks?wait=0&max=10`)).json()) as { tasks: { id: string; type: string; payload: Record<string, unknown> }[] };
      const task = claimed.tasks.find((t) => t.type === 'snapshot_instance')!;
      expect(task.payload).toEqual({ instance: { uuid: id, name: 'snapper' }, image: { id: imageId, disk_format: 'qcow2' } });
      expect((await agent('POST', `/hosts/${h.hostId}/tasks/${task.id}/progress`, { task_state: 'image_uploading', percent: 60 })).status).toBe(204);
      expect((await show())['OS-EXT-STS:task_state']).toBe('image_uploading');
      // Only the instance's own host may fill the image; data that is not qcow2 is refused and the image stays queued.
      const upload = async (host: FakeAgent, data: Buffer): Promise<number> => {
        const up = await host.uploadImage(imageId, data);
        const text = await up.text();
        expect(checkResponse('agent', 'uploadAgentImage', up.status, text ? JSON.parse(text) : undefined)).toBeNull();
        return up.status;
      };
      expect(await upload(otherHost, padded(qcow2Header(), 256 * 1024))).toBe(403);
      expect(await upload(h, Buffer.from('not a disk'))).toBe(400);
      expect((await getImage(imageId)).body.status).toBe('queued');
      expect(await upload(h, padded(qcow2Header(), 256 * 1024))).toBe(204);
      expect(await upload(h, padded(qcow2Header(), 256 * 1024))).toBe(204); // redelivered task: already stored
      expect((await agent('POST', `/hosts/${h.hostId}/tasks/${task.id}/result`, { status: 'succeeded', result: { image_id: imageId, power_state: 1 } })).status).toBe(204);
      expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, 'OS-EXT-STS:vm_state': 'active' });
      expect((await getImage(imageId)).body).toMatchObject({ status: 'active', size: 256 * 1024 });
      const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
      expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['createImage', 'lock', 'create']);
      const detail = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: member.token });
      expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_snapshot_instance', 'Success']]);
      expect((await act({ unlock: null })).status).toBe(202);
      // Before 2.45 the image is in the Location header and the body is empty; a stopped server can be snapshotted too.
      expect((await act({ 'os-stop': null })).status).toBe(202);
      await runAll();
      const old = await act({ createImage: { name: 'snap-old' } }, { 'OpenStack-API-Version': 'compute 2.44' });
      expect(old.status).toBe(202);
      expect(old.text).toBe('');
      const oldId = old.headers.get('location')!.split('/').pop()!;
      expect(old.headers.get('location')).toBe(`${c.config.publicUrl}/image/v2/images/${oldId}`);
      await runAll();
      expect(await show()).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null });
      expect((await getImage(oldId)).body.status).toBe('active');
      // A snapshot the host fails: the image is deleted, the server back to idle with the fault recorded.
      const failing = await act({ createImage: { name: 'snap-fail' } });
      await runAll({ fail: (type) => (type === 'snapshot_instance' ? { code: 500, message: 'disk copy failed' } : null) });
      expect((await getImage(failing.body.image_id)).status).toBe(404);
      expect(await show()).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:task_state': null });
      const faults = await c.db.selectFrom('instance_faults').select('message').where('instance_id', '=', id).execute();
      expect(faults.map((f) => f.message)).toContain('disk copy failed');
      // Another project's server is a 404; the snapshot boots a second server.
      expect((await act({ createImage: { name: 'x' } }, undefined, other.token)).status).toBe(404);
      const second = await create(member.token, { name: 'from-snap', imageRef: imageId });
      expect(second.status).toBe(202);
      const spawned = await runAllTasks();
      expect((spawned.find((t) => t.type === 'spawn' && t.instanceId === second.body.server.id)?.payload.image as { id: string }).id).toBe(imageId);
      for (const sid of [id, second.body.server.id]) await computeCall(c, 'DELETE', `/v2.1/servers/${sid}`, 'deleteServer', { token: member.token });
      await runAll();
      for (const iid of [imageId, oldId]) expect((await api(c, 'DELETE', `/image/v2/images/${iid}`, { token: member.token })).status).toBe(204);
    });

  it('rebuild: Nova\'s 400s for a bad image, the new image, name, metadata and key on the server and in the task, REBUILD while it runs, ERROR when the host fails', async () => {
    const kp = await computeCall(c, 'POST', '/v2.1/os-keypairs', 'createKeypair', { token: member.token, body: { keypair: { name: 'rebuild-key' } } });
    expect(kp.status).toBe(201);
    const r = await create(member.token, { name: 'rebuilder', metadata: { old: '1' }, user_data: Buffer.from('old').toString('base64') });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, headers?: Record<string, string>, token = member.token) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body, headers });
    const show = async () => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    const newImage = await createImage(c, { hw_rng_model: 'virtio' });
    // Nova's 400s: an image that does not exist, one that is not active; the body's schema; fields newer than the microversion.
    const missing = await act({ rebuild: { imageRef: '6b4e0c4e-0000-4000-8000-000000000000' } });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest.message).toBe('Image 6b4e0c4e-0000-4000-8000-000000000000 could not be found.');
    await c.db.updateTable('img_images').set({ status: 'queued' }).where('id', '=', newImage).execute();
    expect((await act({ rebuild: { imageRef: newImage } })).body.badRequest.message).toBe(`Image ${newImage} is not active.`);
    await c.db.updateTable('img_images').set({ status: 'active' }).where('id', '=', newImage).execute();
    expect((await act({ rebuild: {} })).status).toBe(400);
    expect((await act({ rebuild: { imageRef: newImage, bogus: 1 } })).status).toBe(400);
    expect((await act({ rebuild: { imageRef: newImage, key_name: 'rebuild-key' } }, { 'OpenStack-API-Version': 'compute 2.53' })).status).toBe(400);
    expect((await act({ rebuild: { imageRef: newImage, key_name: 'no-such-key' } })).body.badRequest.message).toBe('Invalid key_name provided.');
    // A locked server refuses it (Nova's lock check), another project's is a 404.
    expect((await act({ lock: null })).status).toBe(202);
    expect((await act({ rebuild: { imageRef: newImage } })).body.conflictingRequest.message).toBe(`Instance ${id} is locked`);
    expect((await act({ unlock: null })).status).toBe(202);
    expect((await act({ rebuild: { imageRef: newImage } }, undefined, other.token)).status).toBe(404);
    const res = await act({ rebuild: { imageRef: newImage, name: 'rebuilt', metadata: { new: '2' }, key_name: 'rebuild-key', user_data: null, adminPass: 'Secret-123' } });
    expect(res.status).toBe(202);
    expect(res.body.server).toMatchObject({ id, name: 'rebuilt', status: 'REBUILD', image: { id: newImage }, metadata: { new: '2' }, adminPass: 'Secret-123', key_name: 'rebuild-key' });
    expect(await show()).toMatchObject({ status: 'REBUILD', 'OS-EXT-STS:task_state': 'rebuilding' });
    expect((await act({ rebuild: { imageRef: newImage } })).status).toBe(409);
    const tasks = await runAllTasks();
    const t = tasks.find((x) => x.type === 'rebuild_instance' && x.instanceId === id)!;
    expect(t.payload.image).toMatchObject({ id: newImage, properties: { hw_rng_model: 'virtio' } });
    expect(t.payload.instance).toMatchObject({ uuid: id, name: 'rebuilt', metadata: { new: '2' }, key_name: 'rebuild-key', admin_pass: 'Secret-123' });
    expect((t.payload.instance as Record<string, unknown>).user_data).toBeUndefined();
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null, image: { id: newImage }, name: 'rebuilt' });
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions.map((a: { action: string }) => a.action)).toEqual(['rebuild', 'unlock', 'lock', 'create']);
    const detail = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_rebuild_instance', 'Success']]);
    // A rebuild the host fails leaves the server in ERROR with the fault, as Nova's; ERROR may be rebuilt again.
    expect((await act({ rebuild: { imageRef: image } })).status).toBe(202);
    await runAll({ fail: (type) => (type === 'rebuild_instance' ? { code: 500, message: 'image cache full' } : null) });
    expect(await show()).toMatchObject({ status: 'ERROR', 'OS-EXT-STS:task_state': null, fault: { message: 'image cache full' } });
    expect((await act({ rebuild: { imageRef: image } })).status).toBe(202);
    await runAll();
    expect(await show()).toMatchObject({ status: 'ACTIVE', image: { id: image } });
    await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    await computeCall(c, 'DELETE', '/v2.1/os-keypairs/rebuild-key', 'deleteKeypair', { token: member.token });
  });

  it('createBackup: Nova\'s body checks, a backup image with image_type backup, the oldest beyond the rotation deleted once stored; volume-backed 400; failures delete the image', async () => {
    const r = await create(member.token, { name: 'backed' });
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, headers?: Record<string, string>, token = member.token) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token, body, headers });
    const show = async () => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    const getImage = (imageId: string) => api(c, 'GET', `/image/v2/images/${imageId}`, { token: member.token });
    // Nova's schema: name, backup_type and rotation required; rotation a non-negative integer (or its string).
    expect((await act({ createBackup: { name: 'b', backup_type: 'daily' } })).status).toBe(400);
    expect((await act({ createBackup: { name: 'b', rotation: 1 } })).status).toBe(400);
    expect((await act({ createBackup: { name: 'b', backup_type: 'daily', rotation: -1 } })).status).toBe(400);
    expect((await act({ createBackup: { name: 'b', backup_type: 'daily', rotation: 'x' } })).status).toBe(400);
    expect((await act({ createBackup: { name: 'b', backup_type: 'daily', rotation: 1, extra: 1 } })).status).toBe(400);
    // No lock check (Nova's); the server shows task_state image_backup while the host works.
    expect((await act({ lock: null })).status).toBe(202);
    const backup = async (name: string, rotation: number | string, headers?: Record<string, string>) => {
      const res = await act({ createBackup: { name, backup_type: 'daily', rotation, metadata: { purpose: 'test' } } }, headers);
      expect(res.status).toBe(202);
      return res;
    };
    const first = (await backup('bk-1', 2)).body.image_id as string;
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'image_backup' });
    expect((await getImage(first)).body).toMatchObject({ name: 'bk-1', status: 'queued', image_type: 'backup', backup_type: 'daily', instance_uuid: id, purpose: 'test', owner: member.projectId });
    const busy = await act({ createBackup: { name: 'x', backup_type: 'daily', rotation: 1 } });
    expect(busy.status).toBe(409);
    expect(busy.body.conflictingRequest.message).toBe(`Cannot 'createBackup' instance ${id} while it is in task_state image_backup`);
    const tasks = await runAllTasks();
    expect(tasks.find((t) => t.type === 'backup_instance')!.payload).toEqual({ instance: { uuid: id, name: 'backed' }, image: { id: first, disk_format: 'qcow2' }, backup_type: 'daily', rotation: 2 });
    expect(await show()).toMatchObject({ 'OS-EXT-STS:task_state': null });
    expect((await getImage(first)).body.status).toBe('active');
    // A snapshot of the same server and a weekly backup are not rotated with the daily ones.
    const snap = (await act({ createImage: { name: 'snap' } })).body.image_id as string;
    await runAll();
    const weekly = (await act({ createBackup: { name: 'wk', backup_type: 'weekly', rotation: 1 } })).body.image_id as string;
    await runAll();
    const second = (await backup('bk-2', 2)).body.image_id as string;
    await runAll();
    expect((await getImage(first)).status).toBe(200);
    // Before 2.45: the Location header, the string form of rotation; the third daily backup leaves the newest two.
    const old = await backup('bk-3', '2', { 'OpenStack-API-Version': 'compute 2.44' });
    expect(old.text).toBe('');
    const third = old.headers.get('location')!.split('/').pop()!;
    expect(old.headers.get('location')).toBe(`${c.config.publicUrl}/image/v2/images/${third}`);
    await runAll();
    expect((await getImage(first)).status).toBe(404);
    for (const keep of [second, third, snap, weekly]) expect((await getImage(keep)).body.status).toBe('active');
    // Rotation 0 before 2.45: no Location; once stored every daily backup is gone, the new one too (Nova's).
    const zero = await backup('bk-0', 0, { 'OpenStack-API-Version': 'compute 2.44' });
    expect(zero.headers.get('location')).toBeNull();
    await runAll();
    const mine = await c.db.selectFrom('img_images').select('properties').where('owner', '=', member.projectId).execute();
    expect(mine.filter((m) => JSON.parse(m.properties).backup_type === 'daily')).toHaveLength(0);
    for (const gone of [second, third]) expect((await getImage(gone)).status).toBe(404);
    // A backup the host fails: its image deleted, the fault recorded, the older backups kept.
    const failing = (await backup('bk-f', 1)).body.image_id as string;
    await runAll({ fail: (type) => (type === 'backup_instance' ? { code: 500, message: 'backup copy failed' } : null) });
    expect((await getImage(failing)).status).toBe(404);
    expect((await getImage(weekly)).status).toBe(200);
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    const detail = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction).toMatchObject({ action: 'createBackup' });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['compute_backup_instance', 'Error']]);
    expect((await act({ unlock: null })).status).toBe(202);
    // Another project's server is a 404.
    expect((await act({ createBackup: { name: 'x', backup_type: 'daily', rotation: 1 } }, undefined, other.token)).status).toBe(404);
    await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    for (const iid of [snap, weekly]) await api(c, 'DELETE', `/image/v2/images/${iid}`, { token: member.token });
  });

  it('createImage of a server booted from a volume: a forced snapshot of each volume and an image without data mapping them (Nova\'s snapshot_volume_backed); createBackup of it is 400', async () => {
    const vt = await c.db.selectFrom('vol_types').select('id').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const host = hosts[0]!;
    const vol = (id: string, name: string, size: number, imageMetadata: Record<string, string> | null) => ({ id, project_id: member.projectId, user_id: member.userId, name, description: `${name} disk`, size, status: 'available', availability_zone: 'nova', volume_type_id: vt.id, bootable: imageMetadata ? 1 : 0, multiattach: 0, snapshot_id: null, source_volid: null, host_id: host.hostId, host_name: 'host-a', metadata: '{}', image_metadata: imageMetadata ? JSON.stringify(imageMetadata) : null, admin_metadata: '{}', fault: null, created_at: now, updated_at: now });
    const rootId = randomUUID();
    const dataId = randomUUID();
    await c.db.insertInto('vol_volumes').values([
      vol(rootId, 'root', 2, { image_id: image, image_name: 'cirros', disk_format: 'qcow2', container_format: 'bare', size: '1024', checksum: 'x', min_disk: '1', min_ram: '64', hw_disk_bus: 'virtio', os_distro: 'cirros' }),
      vol(dataId, 'data', 3, null),
    ]).execute();
    const r = await computeCall(c, 'POST', '/v2.1/servers', 'createServer', { token: member.token, body: { server: { name: 'bfv', flavorRef: flavor, networks: 'none', block_device_mapping_v2: [
      { boot_index: 0, uuid: rootId, source_type: 'volume', destination_type: 'volume', delete_on_termination: true },
      { uuid: dataId, source_type: 'volume', destination_type: 'volume' },
    ] } } });
    expect(r.status).toBe(202);
    const id = r.body.server.id as string;
    await runAll();
    const act = (body: unknown, headers?: Record<string, string>) => computeCall(c, 'POST', `/v2.1/servers/${id}/action`, 'serverAction', { token: member.token, body, headers });
    const show = async () => (await computeCall(c, 'GET', `/v2.1/servers/${id}`, 'showServer', { token: member.token })).body.server;
    expect((await show()).status).toBe('ACTIVE');
    // createBackup: Nova's 400, nothing made.
    const bk = await act({ createBackup: { name: 'b', backup_type: 'daily', rotation: 1 } });
    expect(bk.status).toBe(400);
    expect(bk.body.badRequest.message).toBe('Backup is not supported for volume-backed instances.');
    const res = await act({ createImage: { name: 'bfv-snap', metadata: { purpose: 'test' } } });
    expect(res.status).toBe(202);
    const imageId = res.body.image_id as string;
    // No task_state, no host task: the snapshots are the volume hosts' (create_snapshot), the image is active at once with no data.
    expect(await show()).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': null });
    const snaps = await c.db.selectFrom('vol_snapshots').selectAll().where('volume_id', 'in', [rootId, dataId]).execute();
    expect(snaps.map((s) => [s.volume_id, s.name, s.description, s.size, s.status]).sort()).toEqual([[rootId, 'snapshot for bfv-snap', 'root disk', 2, 'creating'], [dataId, 'snapshot for bfv-snap', 'data disk', 3, 'creating']].sort());
    const snapOf = (v: string) => snaps.find((s) => s.volume_id === v)!.id;
    const img = (await api(c, 'GET', `/image/v2/images/${imageId}`, { token: member.token })).body;
    expect(img).toMatchObject({ name: 'bfv-snap', status: 'active', size: 0, disk_format: 'qcow2', container_format: 'bare', visibility: 'private', owner: member.projectId, min_disk: 1, min_ram: 64, purpose: 'test', hw_disk_bus: 'virtio', os_distro: 'cirros', root_device_name: '/dev/vda', bdm_v2: 'True' });
    expect(img).not.toHaveProperty('image_name');
    expect(img).not.toHaveProperty('image_type');
    expect(JSON.parse(img.block_device_mapping)).toEqual([
      { source_type: 'snapshot', destination_type: 'volume', snapshot_id: snapOf(rootId), volume_id: null, image_id: null, boot_index: 0, device_name: '/dev/vda', delete_on_termination: true, volume_size: 2, volume_type: null, device_type: 'disk', disk_bus: 'virtio', guest_format: null, no_device: null, tag: null },
      { source_type: 'snapshot', destination_type: 'volume', snapshot_id: snapOf(dataId), volume_id: null, image_id: null, boot_index: null, device_name: '/dev/vdb', delete_on_termination: false, volume_size: 3, volume_type: null, device_type: 'disk', disk_bus: 'virtio', guest_format: null, no_device: null, tag: null },
    ]);
    const tasks = await runAllTasks();
    expect(tasks.filter((t) => t.type === 'create_snapshot').length).toBe(2);
    expect(tasks.some((t) => t.instanceId === id)).toBe(false);
    // Its image is not booted as an empty disk (volumes from its snapshots are not made yet), nor rebuilt onto.
    const boot = await create(member.token, { name: 'from-bfv', imageRef: imageId });
    expect(boot.status).toBe(400);
    expect(boot.body.badRequest.message).toBe(`Block Device Mapping is Invalid: image ${imageId} maps volume snapshots (block_device_mapping), which this cloud cannot boot from yet.`);
    const acts = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions`, 'listInstanceActions', { token: member.token });
    expect(acts.body.instanceActions[0].action).toBe('createImage');
    const detail = await computeCall(c, 'GET', `/v2.1/servers/${id}/os-instance-actions/${acts.body.instanceActions[0].request_id}`, 'showInstanceAction', { token: member.token });
    expect(detail.body.instanceAction.events.map((e: { event: string; result: string }) => [e.event, e.result])).toEqual([['api_snapshot_instance', 'Success']]);
    // Before 2.45 the Location header; a busy server is Nova's 409 with nothing made.
    const old = await act({ createImage: { name: 'bfv-old' } }, { 'OpenStack-API-Version': 'compute 2.44' });
    expect(old.status).toBe(202);
    const oldId = old.headers.get('location')!.split('/').pop()!;
    expect(old.headers.get('location')).toBe(`${c.config.publicUrl}/image/v2/images/${oldId}`);
    expect((await act({ 'os-stop': null })).status).toBe(202);
    const count = async () => (await c.db.selectFrom('vol_snapshots').select('id').where('volume_id', 'in', [rootId, dataId]).execute()).length;
    const before = await count();
    const busy = await act({ createImage: { name: 'busy' } });
    expect(busy.status).toBe(409);
    expect(busy.body.conflictingRequest.message).toBe(`Cannot 'createImage' instance ${id} while it is in task_state powering-off`);
    expect(await count()).toBe(before);
    await runAll();
    // An image requiring quiesce cannot be honoured without a guest agent (only a running guest is quiesced).
    await c.db.updateTable('vol_volumes').set({ image_metadata: JSON.stringify({ os_require_quiesce: 'yes' }) }).where('id', '=', rootId).execute();
    expect((await act({ createImage: { name: 'stopped-ok' } })).status).toBe(202);
    expect((await act({ 'os-start': null })).status).toBe(202);
    await runAll();
    const q = await act({ createImage: { name: 'quiesce' } });
    expect(q.status).toBe(400);
    expect(q.body.badRequest.message).toBe('QEMU guest agent is not enabled');
    await computeCall(c, 'DELETE', `/v2.1/servers/${id}`, 'deleteServer', { token: member.token });
    await runAll();
    const made = await c.db.selectFrom('img_images').select('id').where('name', 'in', ['bfv-snap', 'bfv-old', 'stopped-ok']).execute();
    for (const m of made) await api(c, 'DELETE', `/image/v2/images/${m.id}`, { token: member.token });
  });
});
