/**
 * Server snapshots (createImage) and rebuilds end to end on a live controller with the image
 * service and the agent API mounted, hosts simulated (FakeAgent): the API's answers and states,
 * the host's progress and upload over the agent API, failures, and a server booted from the
 * snapshot.
 */
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
});
