import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordResult } from '../../src/agentapi/tasks.js';
import { backupStore, receiveBackupData } from '../../src/volume/backups.js';
import { BOOTSTRAP_TOKEN, heartbeatBody, registerAgent, type TestAgent } from '../agentapi/helpers.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

const MV = { 'openstack-api-version': 'volume 3.64' };
/** A qcow2 header followed by bytes: what an agent uploads (the store only checks the magic). */
const QCOW2 = Buffer.concat([Buffer.from([0x51, 0x46, 0x49, 0xfb, 0, 0, 0, 3]), Buffer.alloc(4096, 7)]);

describe.each(backends())('volume backups and quota classes on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let other: { token: string; projectId: string };
  let hostId: string;
  let agent: TestAgent;

  /** The host's data routes over HTTP with its credential (PUT streams `data`, GET returns the bytes). */
  async function upload(backupId: string, data: Buffer): Promise<number> {
    const res = await fetch(`${c.url}/agent/v1/backups/${backupId}/file`, { method: 'PUT', body: data, headers: { authorization: `Bearer ${agent.credential}`, 'content-type': 'application/octet-stream' } });
    const text = await res.text();
    expect(checkResponse('agent', 'uploadAgentBackup', res.status, text ? JSON.parse(text) : undefined)).toBeNull();
    return res.status;
  }
  async function download(backupId: string): Promise<{ status: number; data: Buffer }> {
    const res = await fetch(`${c.url}/agent/v1/backups/${backupId}/file`, { headers: { authorization: `Bearer ${agent.credential}` } });
    const data = Buffer.from(await res.arrayBuffer());
    expect(checkResponse('agent', 'downloadAgentBackup', res.status, res.status === 200 ? undefined : JSON.parse(data.toString()))).toBeNull();
    return { status: res.status, data };
  }

  /** Simulates the agent: for backup_volume uploads data first (unless `withData` is false), then finishes every queued task. */
  async function runAgent(status: 'succeeded' | 'failed' = 'succeeded', withData = true): Promise<{ type: string; payload: Record<string, unknown>; volumeId: string | null }[]> {
    const tasks = await c.db.selectFrom('agent_tasks').selectAll().where('host_id', '=', hostId).where('state', '=', 'queued').orderBy('created_at').execute();
    for (const t of tasks) {
      const payload = JSON.parse(t.payload) as Record<string, unknown>;
      if (t.type === 'backup_volume' && withData && status === 'succeeded') expect(await upload(String(payload.backup_id), QCOW2)).toBe(204);
      if (t.type === 'restore_backup' && status === 'succeeded') {
        const got = await download(String(payload.backup_id));
        expect(got.status).toBe(200);
        expect(got.data.equals(QCOW2)).toBe(true);
      }
      await recordResult(c.db, hostId, t.id, { status, result: {}, fault: status === 'failed' ? { code: 500, message: 'disk full' } : null }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub, ctx: c.ctx });
    }
    return tasks.map((t) => ({ type: t.type, payload: JSON.parse(t.payload) as Record<string, unknown>, volumeId: t.volume_id }));
  }

  const call = (method: string, path: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(c, method, `/volume/v3/${member.projectId}${path}`, { token: member.token, ...o, headers: { ...MV, ...o.headers } });
  const adm = (method: string, path: string, body?: unknown, headers: Record<string, string> = MV) => api(c, method, `/volume/v3/${c.adminProjectId}${path}`, { token: c.adminToken, body, headers });

  function ok(op: string, res: { status: number; body: unknown }, status: number): void {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(checkResponse('volume', op, res.status, res.body)).toBeNull();
  }

  async function newVolume(size = 1, metadata: Record<string, string> = {}): Promise<string> {
    const res = await call('POST', '/volumes', { body: { volume: { size, metadata } } });
    ok('createVolume', res, 202);
    await runAgent();
    return res.body.volume.id as string;
  }

  const status = async (kind: 'volumes' | 'backups', id: string): Promise<string> => (await call('GET', `/${kind}/${id}`)).body[kind === 'volumes' ? 'volume' : 'backup'].status as string;

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { volume: { quota_backups: 3, quota_backup_gigabytes: 10 }, agent: { bootstrap_token: BOOTSTRAP_TOKEN } } } });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    agent = await registerAgent(c);
    hostId = agent.id;
    expect((await agent.call('POST', `/agent/v1/hosts/${hostId}/heartbeat`, heartbeatBody())).status).toBe(200);
  });
  afterAll(() => c?.close());

  it('backs a volume up through its host, restores it into a new volume with its metadata, and deletes the data', async () => {
    const vol = await newVolume(2, { team: 'blue' });
    const created = await call('POST', '/backups', { body: { backup: { volume_id: vol, name: 'b1', description: 'first', container: 'mine', metadata: { k: 'v' } } } });
    ok('createBackup', created, 202);
    const id = created.body.backup.id as string;
    expect(created.body.backup).toMatchObject({ id, name: 'b1', metadata: { k: 'v' } });
    expect(await status('volumes', vol)).toBe('backing-up');
    const shown0 = await call('GET', `/backups/${id}`);
    ok('showBackup', shown0, 200);
    expect(shown0.body.backup).toMatchObject({ status: 'creating', size: 2, volume_id: vol, container: 'mine', is_incremental: false, has_dependent_backups: false, object_count: 0 });

    const tasks = await runAgent();
    expect(tasks.map((t) => [t.type, t.volumeId, t.payload.backup_id])).toEqual([['backup_volume', vol, id]]);
    expect(await status('backups', id)).toBe('available');
    expect(await status('volumes', vol)).toBe('available');
    const shown = await call('GET', `/backups/${id}`);
    expect(shown.body.backup).toMatchObject({ status: 'available', object_count: 1, user_id: member.userId, encryption_key_id: null });
    expect(shown.body.backup['os-backup-project-attr:project_id']).toBeUndefined();
    // Below 3.43 no metadata, below 3.56 no user_id.
    const old = await call('GET', `/backups/${id}`, { headers: { 'openstack-api-version': 'volume 3.0' } });
    ok('showBackup', old, 200);
    expect(Object.keys(old.body.backup)).not.toContain('metadata');
    expect(Object.keys(old.body.backup)).not.toContain('user_id');
    // Admins see the project attribute (3.18+).
    expect((await adm('GET', `/backups/${id}?all_tenants=1`)).body.backup['os-backup-project-attr:project_id']).toBe(member.projectId);

    // Update (3.9+; metadata from 3.43).
    const upd = await call('PUT', `/backups/${id}`, { body: { backup: { name: 'b1-renamed', metadata: { k2: 'v2' } } } });
    ok('updateBackup', upd, 200);
    expect(upd.body.backup).toMatchObject({ id, name: 'b1-renamed', metadata: { k2: 'v2' } });
    expect((await call('GET', `/backups/${id}`)).body.backup).toMatchObject({ name: 'b1-renamed', description: 'first' });
    ok('updateBackup', await call('PUT', `/backups/${id}`, { body: { backup: { name: 'x' } }, headers: { 'openstack-api-version': 'volume 3.8' } }), 404);
    ok('updateBackup', await call('PUT', `/backups/${randomUUID()}`, { body: { backup: { name: 'x' } } }), 404);

    const list = await call('GET', '/backups');
    ok('listBackups', list, 200);
    expect(list.body.backups.map((b: { id: string }) => b.id)).toEqual([id]);
    const detail = await call('GET', '/backups/detail?with_count=true');
    ok('listBackupsDetailed', detail, 200);
    expect(detail.body.count).toBe(1);
    // Another project sees nothing.
    ok('showBackup', await api(c, 'GET', `/volume/v3/${other.projectId}/backups/${id}`, { token: other.token, headers: MV }), 404);
    expect((await api(c, 'GET', `/volume/v3/${other.projectId}/backups`, { token: other.token, headers: MV })).body.backups).toEqual([]);

    // Restore into a new volume: the backup's size, the source's metadata.
    const restored = await call('POST', `/backups/${id}/restore`, { body: { restore: { name: 'copy' } } });
    ok('restoreBackup', restored, 202);
    const newVol = restored.body.restore.volume_id as string;
    expect(restored.body.restore).toEqual({ backup_id: id, volume_id: newVol, volume_name: 'copy' });
    expect(await status('backups', id)).toBe('restoring');
    expect(await status('volumes', newVol)).toBe('restoring-backup');
    const r = await runAgent();
    expect(r.map((t) => [t.type, t.volumeId, t.payload.size_gb])).toEqual([['restore_backup', newVol, 2]]);
    const nv = (await call('GET', `/volumes/${newVol}`)).body.volume;
    expect(nv).toMatchObject({ status: 'available', size: 2, metadata: { team: 'blue' } });
    expect(await status('backups', id)).toBe('available');

    // Delete: the data goes with the last backup using it.
    const dir = backupStore(c.ctx).dir;
    expect(await readdir(dir)).toContain(id);
    ok('deleteBackup', await call('DELETE', `/backups/${id}`), 202);
    ok('showBackup', await call('GET', `/backups/${id}`), 404);
    expect(await readdir(dir)).not.toContain(id);
  });

  it('refuses what Cinder refuses, and a failed backup is an error with its reason', async () => {
    const vol = await newVolume();
    ok('createBackup', await call('POST', '/backups', { body: { backup: { volume_id: randomUUID() } } }), 404);
    ok('createBackup', await api(c, 'POST', `/volume/v3/${other.projectId}/backups`, { token: other.token, headers: MV, body: { backup: { volume_id: vol } } }), 404);
    const incr = await call('POST', '/backups', { body: { backup: { volume_id: vol, incremental: true } } });
    ok('createBackup', incr, 400);
    expect(incr.body.badRequest.message).toContain('No backups available to do an incremental backup');
    ok('createBackup', await call('POST', '/backups', { body: { backup: { volume_id: vol, metadata: { a: 'b' } } }, headers: { 'openstack-api-version': 'volume 3.42' } }), 400);

    // The host fails: error with the fault's message; the volume is available again.
    const b = await call('POST', '/backups', { body: { backup: { volume_id: vol } } });
    const id = b.body.backup.id as string;
    // A second backup while the first runs: the volume is backing-up.
    ok('createBackup', await call('POST', '/backups', { body: { backup: { volume_id: vol } } }), 400);
    await runAgent('failed');
    const failed = (await call('GET', `/backups/${id}`)).body.backup;
    expect(failed).toMatchObject({ status: 'error', fail_reason: 'disk full' });
    expect(await status('volumes', vol)).toBe('available');
    // Reported success without data is no success.
    const b2 = await call('POST', '/backups', { body: { backup: { volume_id: vol } } });
    await runAgent('succeeded', false);
    expect((await call('GET', `/backups/${b2.body.backup.id}`)).body.backup).toMatchObject({ status: 'error', fail_reason: 'the host reported success but uploaded no data' });
    // Restore of an error backup, reset-status and force-delete are admin/only-when-available.
    ok('restoreBackup', await call('POST', `/backups/${id}/restore`, { body: { restore: null } }), 400);
    ok('backupAction', await call('POST', `/backups/${id}/action`, { body: { 'os-reset_status': { status: 'available' } } }), 403);
    ok('backupAction', await adm('POST', `/backups/${id}/action`, { 'os-force_delete': {} }), 202);
    ok('showBackup', await call('GET', `/backups/${id}`), 404);
    ok('deleteBackup', await call('DELETE', `/backups/${b2.body.backup.id}`), 202);

    // Data uploads only from the creating host, only while creating, only qcow2.
    const b3 = await call('POST', '/backups', { body: { backup: { volume_id: vol } } });
    const id3 = b3.body.backup.id as string;
    await expect(receiveBackupData(c.ctx, randomUUID(), id3, Readable.from([QCOW2]))).rejects.toMatchObject({ status: 403 });
    expect(await upload(id3, Buffer.from('not an image'))).toBe(400);
    expect((await readdir(backupStore(c.ctx).dir)).filter((f) => f.includes(id3))).toEqual([]);
    await runAgent();
    expect(await upload(id3, QCOW2)).toBe(409);
    expect((await download(id3)).status).toBe(403);
    expect((await download(randomUUID())).status).toBe(404);

    // Restore into an existing volume: it must be available and large enough.
    const small = await newVolume(1);
    const big = await newVolume(3);
    ok('restoreBackup', await call('POST', `/backups/${id3}/restore`, { body: { restore: { volume_id: randomUUID() } } }), 404);
    const r = await call('POST', `/backups/${id3}/restore`, { body: { restore: { volume_id: big } } });
    ok('restoreBackup', r, 202);
    await runAgent();
    expect(await status('volumes', big)).toBe('available');
    expect((await call('GET', `/volumes/${big}`)).body.volume.size).toBe(3);
    expect(small).toBeTruthy();

    // Incremental: needs a full one; the parent cannot go while it has children.
    const inc = await call('POST', '/backups', { body: { backup: { volume_id: vol, incremental: true } } });
    ok('createBackup', inc, 202);
    await runAgent();
    expect((await call('GET', `/backups/${inc.body.backup.id}`)).body.backup).toMatchObject({ status: 'available', is_incremental: true });
    expect((await call('GET', `/backups/${id3}`)).body.backup.has_dependent_backups).toBe(true);
    const blocked = await call('DELETE', `/backups/${id3}`);
    ok('deleteBackup', blocked, 400);
    expect(blocked.body.badRequest.message).toContain('Incremental backups exist');
    ok('deleteBackup', await call('DELETE', `/backups/${inc.body.backup.id}`), 202);
    ok('deleteBackup', await call('DELETE', `/backups/${id3}`), 202);
  });

  it('counts backups against the project quota', async () => {
    const vol = await newVolume(4);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const b = await call('POST', '/backups', { body: { backup: { volume_id: vol } } });
      ok('createBackup', b, 202);
      ids.push(b.body.backup.id as string);
      await runAgent();
    }
    // 8 of 10 backup gigabytes used: a third 4 GiB backup is over.
    const over = await call('POST', '/backups', { body: { backup: { volume_id: vol } } });
    ok('createBackup', over, 413);
    expect(over.body.overLimit.message).toContain('VolumeBackupSizeExceedsAvailableQuota');
    const usage = await call('GET', `/os-quota-sets/${member.projectId}?usage=true`);
    expect(usage.body.quota_set.backups).toMatchObject({ limit: 3, in_use: 2 });
    expect(usage.body.quota_set.backup_gigabytes).toMatchObject({ limit: 10, in_use: 8 });
    for (const id of ids) await call('DELETE', `/backups/${id}`);
  });

  it('exports a backup record and imports it as a backup of the importing project sharing the data', async () => {
    const vol = await newVolume();
    const b = await call('POST', '/backups', { body: { backup: { volume_id: vol, name: 'exp' } } });
    await runAgent();
    const id = b.body.backup.id as string;
    ok('exportBackupRecord', await call('GET', `/backups/${id}/export_record`), 403);
    const rec = await adm('GET', `/backups/${id}/export_record`);
    ok('exportBackupRecord', rec, 200);
    expect(rec.body['backup-record'].backup_service).toBe('cinder.backup.drivers.posix');
    // The same id again: refused.
    ok('importBackupRecord', await adm('POST', '/backups/import_record', { 'backup-record': rec.body['backup-record'] }), 400);
    ok('importBackupRecord', await adm('POST', '/backups/import_record', { 'backup-record': { backup_service: 'cinder.backup.drivers.nfs', backup_url: 'x' } }), 400);
    ok('importBackupRecord', await adm('POST', '/backups/import_record', { 'backup-record': { backup_service: 'cinder.backup.drivers.posix', backup_url: '!!!' } }), 400);
    const decoded = JSON.parse(Buffer.from(rec.body['backup-record'].backup_url, 'base64').toString('utf8')) as Record<string, unknown>;
    const newId = randomUUID();
    const url = Buffer.from(JSON.stringify({ ...decoded, id: newId })).toString('base64');
    const imported = await adm('POST', '/backups/import_record', { 'backup-record': { backup_service: 'cinder.backup.drivers.posix', backup_url: url } });
    ok('importBackupRecord', imported, 201);
    expect(imported.body.backup).toMatchObject({ id: newId, name: 'exp' });
    expect((await adm('GET', '/backups')).body.backups.map((x: { id: string }) => x.id)).toContain(newId);
    // Deleting one keeps the data for the other.
    ok('deleteBackup', await call('DELETE', `/backups/${id}`), 202);
    expect(await readdir(backupStore(c.ctx).dir)).toContain(id);
    ok('deleteBackup', await adm('DELETE', `/backups/${newId}`), 202);
    expect(await readdir(backupStore(c.ctx).dir)).not.toContain(id);
  });

  it('records a user message when no back end can take a volume, shown to its project and deletable (3.3+)', async () => {
    const type = await adm('POST', '/types', { volume_type: { name: `odd-${randomUUID().slice(0, 8)}`, extra_specs: { storage_protocol: 'fibre', vendor_name: 'nobody' } } });
    expect(type.status).toBe(200);
    // Operator values and other keys do not restrict: this one is schedulable.
    const fine = await adm('POST', '/types', { volume_type: { name: `fine-${randomUUID().slice(0, 8)}`, extra_specs: { storage_protocol: 'oscloud_file', 'capabilities:vendor_name': '<in> Open', spec1: 'x' } } });
    const ok1 = await adm('POST', '/volumes', { volume: { size: 1, volume_type: fine.body.volume_type.id } });
    expect(ok1.body.volume.status).toBe('creating');
    const bad = await adm('POST', '/volumes', { volume: { size: 1, volume_type: type.body.volume_type.id } });
    ok('createVolume', bad, 202);
    const volId = bad.body.volume.id as string;
    expect((await adm('GET', `/volumes/${volId}`)).body.volume.status).toBe('error');
    const list = await adm('GET', `/messages?resource_uuid=${volId}`);
    ok('listVolumeMessages', list, 200);
    expect(list.body.messages).toHaveLength(1);
    const msg = list.body.messages[0];
    expect(msg).toMatchObject({ event_id: 'VOLUME_VOLUME_001_003', message_level: 'ERROR', resource_type: 'VOLUME', resource_uuid: volId, user_message: 'schedule allocate volume: Could not find any available weighted backend.' });
    expect(msg.request_id).toBe(bad.headers.get('x-openstack-request-id'));
    ok('showVolumeMessage', await adm('GET', `/messages/${msg.id}`), 200);
    ok('listVolumeMessages', await adm('GET', '/messages', undefined, { 'openstack-api-version': 'volume 3.0' }), 404);
    // Another project sees neither the list entry nor the message.
    expect((await call('GET', '/messages')).body.messages).toEqual([]);
    ok('showVolumeMessage', await call('GET', `/messages/${msg.id}`), 404);
    ok('deleteVolumeMessage', await call('DELETE', `/messages/${msg.id}`), 404);
    ok('deleteVolumeMessage', await adm('DELETE', `/messages/${msg.id}`), 204);
    ok('showVolumeMessage', await adm('GET', `/messages/${msg.id}`), 404);
    // A volume its host fails to create: a message too.
    const v = await call('POST', '/volumes', { body: { volume: { size: 1 } } });
    await runAgent('failed');
    const m2 = (await call('GET', `/messages?resource_uuid=${v.body.volume.id}`)).body.messages;
    expect(m2.map((m: { event_id: string }) => m.event_id)).toEqual(['VOLUME_VOLUME_008_001']);
    await adm('DELETE', `/volumes/${volId}`);
  });

  it('uploads a volume to a new image through its host (os-volume_upload_image); a failed upload deletes the image', async () => {
    const vol = await newVolume(2);
    const bad = (args: Record<string, unknown>) => call('POST', `/volumes/${vol}/action`, { body: { 'os-volume_upload_image': { image_name: 'img', ...args } } });
    ok('volumeAction', await bad({ disk_format: 'vmdk' }), 400);
    ok('volumeAction', await bad({ container_format: 'tarball' }), 400);
    ok('volumeAction', await bad({ image_name: '  ' }), 400);
    ok('volumeAction', await bad({ visibility: 'public' }), 400);
    const res = await bad({ disk_format: 'raw', visibility: 'shared', protected: false });
    ok('volumeAction', res, 202);
    const up = res.body['os-volume_upload_image'];
    expect(up).toMatchObject({ id: vol, status: 'uploading', image_name: 'img', disk_format: 'raw', container_format: 'bare', size: 2, visibility: 'shared', protected: false });
    expect(await status('volumes', vol)).toBe('uploading');
    const img = await api(c, 'GET', `/image/v2/images/${up.image_id}`, { token: member.token });
    expect(img.body).toMatchObject({ status: 'queued', name: 'img', disk_format: 'raw', min_disk: 2, owner: member.projectId, visibility: 'shared' });
    // Only the host running the upload may fill the image.
    const put = (data: Buffer) => fetch(`${c.url}/agent/v1/images/${up.image_id}/file`, { method: 'PUT', body: data, headers: { authorization: `Bearer ${agent.credential}`, 'content-type': 'application/octet-stream' } });
    const other = await registerAgent(c);
    expect((await fetch(`${c.url}/agent/v1/images/${up.image_id}/file`, { method: 'PUT', body: QCOW2, headers: { authorization: `Bearer ${other.credential}`, 'content-type': 'application/octet-stream' } })).status).toBe(403);
    const tasks = await c.db.selectFrom('agent_tasks').select(['type', 'payload']).where('host_id', '=', hostId).where('state', '=', 'queued').execute();
    expect(tasks.map((t) => [t.type, JSON.parse(t.payload)])).toEqual([['upload_volume', { image: { id: up.image_id, disk_format: 'raw' } }]]);
    const raw = Buffer.alloc(65536, 3);
    expect((await put(raw)).status).toBe(204);
    await runAgent();
    expect(await status('volumes', vol)).toBe('available');
    expect((await api(c, 'GET', `/image/v2/images/${up.image_id}`, { token: member.token })).body).toMatchObject({ status: 'active', size: raw.length });
    await api(c, 'DELETE', `/image/v2/images/${up.image_id}`, { token: member.token });

    // A failure: the queued image is deleted, a message tells why, the volume is available again.
    const res2 = await bad({ disk_format: 'qcow2' });
    const img2 = res2.body['os-volume_upload_image'].image_id as string;
    expect(res2.body['os-volume_upload_image'].disk_format).toBe('qcow2');
    await runAgent('failed');
    expect(await status('volumes', vol)).toBe('available');
    expect((await api(c, 'GET', `/image/v2/images/${img2}`, { token: member.token })).status).toBe(404);
    const msgs = (await call('GET', `/messages?resource_uuid=${vol}`)).body.messages;
    expect(msgs.map((m: { event_id: string }) => m.event_id)).toEqual(['VOLUME_VOLUME_003_004']);
    // Without a disk format: raw.
    const res3 = await bad({});
    expect(res3.body['os-volume_upload_image'].disk_format).toBe('raw');
    await runAgent();
    await api(c, 'DELETE', `/image/v2/images/${res3.body['os-volume_upload_image'].image_id}`, { token: member.token });
  });

  it('sets quota class defaults that every project without its own limits gets (admin only)', async () => {
    ok('showVolumeQuotaClassSet', await call('GET', '/os-quota-class-sets/default'), 403);
    const shown = await adm('GET', '/os-quota-class-sets/default');
    ok('showVolumeQuotaClassSet', shown, 200);
    expect(shown.body.quota_class_set).toMatchObject({ id: 'default', volumes: 10, backups: 3 });
    ok('updateVolumeQuotaClassSet', await adm('PUT', '/os-quota-class-sets/default', { quota_class_set: { bogus: 1 } }), 400);
    ok('updateVolumeQuotaClassSet', await adm('PUT', '/os-quota-class-sets/default', { quota_class_set: { volumes: -2 } }), 400);
    const upd = await adm('PUT', '/os-quota-class-sets/default', { quota_class_set: { volumes: 11, volumes___DEFAULT__: 5 } });
    ok('updateVolumeQuotaClassSet', upd, 200);
    expect(upd.body.quota_class_set).toMatchObject({ volumes: 11, volumes___DEFAULT__: 5 });
    expect(upd.body.quota_class_set.id).toBeUndefined();
    const defaults = await adm('GET', `/os-quota-sets/${other.projectId}/defaults`);
    ok('showVolumeQuotaSetDefaults', defaults, 200);
    expect(defaults.body.quota_set).toMatchObject({ volumes: 11, volumes___DEFAULT__: 5 });
    expect((await adm('GET', `/os-quota-sets/${other.projectId}`)).body.quota_set.volumes).toBe(11);
    await adm('PUT', '/os-quota-class-sets/default', { quota_class_set: { volumes: 10 } });
  });
});
