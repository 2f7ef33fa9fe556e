import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordResult } from '../../src/agentapi/tasks.js';
import { withTransaction } from '../../src/db/index.js';
import {
  beginDetach, completeAttachment, finishDetach, getVolumeForAttach, reserveVolumeForAttach, rollbackAttachment,
} from '../../src/volume/internal.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

const MV = { 'openstack-api-version': 'volume 3.64' };

describe.each(backends())('block storage on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string; userId: string };
  let other: { token: string; projectId: string };
  let hostId: string;

  /** Simulates the agent: finishes every queued task of the host with `status`. */
  async function runAgent(status: 'succeeded' | 'failed' = 'succeeded'): Promise<{ type: string; payload: Record<string, unknown> }[]> {
    const tasks = await c.db.selectFrom('agent_tasks').selectAll().where('host_id', '=', hostId).where('state', '=', 'queued').orderBy('created_at').execute();
    for (const t of tasks) {
      await recordResult(c.db, hostId, t.id, { status, result: {}, fault: status === 'failed' ? { code: 500, message: 'disk full' } : null }, { dialect: c.ctx.dialect, now: new Date(), hub: c.ctx.agentHub });
    }
    return tasks.map((t) => ({ type: t.type, payload: JSON.parse(t.payload) as Record<string, unknown> }));
  }

  /** A server row of `projectId` (the volume API only checks that the caller can see it). */
  async function insertServer(projectId: string): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await c.db.insertInto('instances').values({
      id, project_id: projectId, user_id: 'u', name: 'vm', hostname: 'vm', description: null, image_ref: 'i', flavor_id: 'f', flavor: '{}',
      vcpus: 1, memory_mb: 64, root_gb: 1, ephemeral_gb: 0, vm_state: 'active', task_state: null, power_state: 1, host_id: null, host_name: null,
      availability_zone: null, requested_az: null, key_name: null, key_data: null, user_data: null, metadata: '{}', security_groups: '[]',
      config_drive: '', access_ip_v4: '', access_ip_v6: '', disk_config: 'AUTO', reservation_id: 'r-1', launch_index: 0, locked: 0,
      locked_reason: null, progress: 0, server_group_id: null, requested_networks: '"none"', scheduling: '{}', attempts: 0,
      launched_at: now, terminated_at: null, created_at: now, updated_at: now, deleted: 0, deleted_at: null,
    }).execute();
    return id;
  }

  const call = (method: string, path: string, o: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    api(c, method, `/volume/v3/${member.projectId}${path}`, { token: member.token, ...o, headers: { ...MV, ...o.headers } });

  function ok(op: string, res: { status: number; body: unknown }, status: number): void {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(checkResponse('volume', op, res.status, res.body)).toBeNull();
  }

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { volume: { quota_volumes: 3, quota_gigabytes: 20 } } } });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    hostId = randomUUID();
    const now = new Date().toISOString();
    await c.db.insertInto('hosts').values({
      id: hostId, name: 'storage1', status: 'up', disabled: 0, disabled_reason: null, availability_zone: 'nova', vcpus: 4, memory_mb: 8192,
      local_gb: 100, cpu_allocation_ratio: 16, ram_allocation_ratio: 1.5, disk_allocation_ratio: 1, hypervisor_type: 'fake', hypervisor_version: 1,
      kvm_usable: 0, host_ip: null, agent_version: 'test', credential_hash: 'x', last_heartbeat_at: now, created_at: now, updated_at: now,
    }).execute();
  });
  afterAll(() => c?.close());

  it('serves version documents and honours microversions', async () => {
    const root = await api(c, 'GET', '/volume/');
    ok('listVolumeApiVersions', root, 300);
    const v3 = await api(c, 'GET', '/volume/v3', { headers: { 'openstack-api-version': 'volume 3.27' } });
    ok('showVolumeApiVersion', v3, 200);
    expect(v3.headers.get('openstack-api-version')).toBe('volume 3.27');
    expect(v3.body.versions[0].version).toBe('3.64');
    const tooNew = await api(c, 'GET', '/volume/v3', { headers: { 'openstack-api-version': 'volume 3.99' } });
    ok('showVolumeApiVersion', tooNew, 406);
    const latest = await api(c, 'GET', '/volume/v3', { headers: { 'openstack-api-version': 'volume latest' } });
    expect(latest.headers.get('openstack-api-version')).toBe('volume 3.64');
  });

  it('creates a volume through the agent task, with and without the project id in the URL', async () => {
    const res = await call('POST', '/volumes', { body: { volume: { size: 1, name: 'v1', metadata: { a: 'b' } } } });
    ok('createVolume', res, 202);
    expect(res.body.volume).toMatchObject({ status: 'creating', size: 1, volume_type: '__DEFAULT__', bootable: 'false' });
    for (const k of ['os-vol-tenant-attr:tenant_id', 'volume_image_metadata', 'os-vol-host-attr:host', 'provider_id', 'cluster_name']) expect(res.body.volume).not.toHaveProperty(k);
    const tasks = await runAgent();
    expect(tasks).toEqual([{ type: 'create_volume', payload: { volume_id: res.body.volume.id, size_gb: 1 } }]);
    const shown = await call('GET', `/volumes/${res.body.volume.id}`);
    ok('showVolume', shown, 200);
    expect(shown.body.volume.status).toBe('available');
    const projectless = await api(c, 'GET', `/volume/v3/volumes/${res.body.volume.id}`, { token: member.token });
    ok('showVolume', projectless, 200);
    const list = await api(c, 'GET', '/volume/v3/volumes/detail', { token: member.token, headers: MV });
    ok('listVolumesDetailed', list, 200);
    expect(list.body.volumes.map((v: { id: string }) => v.id)).toContain(res.body.volume.id);
    ok('listVolumes', await call('GET', '/volumes?limit=1'), 200);
    // Cinder: a full page links the next one, even when it will be empty.
    const full = await call('GET', '/volumes?limit=1&sort=id:asc');
    expect(full.body.volumes).toHaveLength(1);
    const nextHref = full.body.volumes_links.find((l: { rel: string }) => l.rel === 'next').href as string;
    expect(nextHref).toContain(`marker=${full.body.volumes[0].id}`);
    const last = await api(c, 'GET', new URL(nextHref).pathname + new URL(nextHref).search, { token: member.token, headers: MV });
    ok('listVolumes', last, 200);
    expect(last.body.volumes).toEqual([]);
    expect(last.body.volumes_links).toBeUndefined();
    // Another project: 404 by id, and its URL project must match its token.
    ok('showVolume', await api(c, 'GET', `/volume/v3/${other.projectId}/volumes/${res.body.volume.id}`, { token: other.token }), 404);
    const wrongProject = await api(c, 'GET', `/volume/v3/${member.projectId}/volumes`, { token: other.token });
    expect([400, 404]).toContain(wrongProject.status);
    expect(checkResponse('volume', 'listVolumes', wrongProject.status, wrongProject.body)).toBeNull();
    // Update and metadata.
    const renamed = await call('PUT', `/volumes/${res.body.volume.id}`, { body: { volume: { name: 'renamed' } } });
    ok('updateVolume', renamed, 200);
    expect(renamed.body.volume.name).toBe('renamed');
    expect(renamed.body.volume).not.toHaveProperty('os-vol-tenant-attr:tenant_id');
    expect(shown.body.volume['os-vol-tenant-attr:tenant_id']).toBe(member.projectId);
    ok('createVolumeMetadata', await call('POST', `/volumes/${res.body.volume.id}/metadata`, { body: { metadata: { c: 'd' } } }), 200);
    const md = await call('GET', `/volumes/${res.body.volume.id}/metadata`);
    ok('showVolumeMetadata', md, 200);
    expect(md.body.metadata).toEqual({ a: 'b', c: 'd' });
    ok('updateVolumeMetadata', await call('PUT', `/volumes/${res.body.volume.id}/metadata`, { body: { metadata: { x: 'y' } } }), 200);
    // Extend (os-extend) through the agent.
    ok('volumeAction', await call('POST', `/volumes/${res.body.volume.id}/action`, { body: { 'os-extend': { new_size: 2 } } }), 202);
    expect((await call('GET', `/volumes/${res.body.volume.id}`)).body.volume.status).toBe('extending');
    expect((await runAgent()).map((t) => t.type)).toEqual(['extend_volume']);
    expect((await call('GET', `/volumes/${res.body.volume.id}`)).body.volume).toMatchObject({ status: 'available', size: 2 });
    // Delete through the agent.
    ok('deleteVolume', await call('DELETE', `/volumes/${res.body.volume.id}`), 202);
    expect((await call('GET', `/volumes/${res.body.volume.id}`)).body.volume.status).toBe('deleting');
    expect((await runAgent()).map((t) => t.type)).toEqual(['delete_volume']);
    ok('showVolume', await call('GET', `/volumes/${res.body.volume.id}`), 404);
    // An admin's create: the admin-only view attributes, still without the extensions.
    const asAdmin = await api(c, 'POST', `/volume/v3/${c.adminProjectId}/volumes`, { token: c.adminToken, headers: MV, body: { volume: { size: 1 } } });
    ok('createVolume', asAdmin, 202);
    expect(asAdmin.body.volume).not.toHaveProperty('os-vol-host-attr:host');
    expect(asAdmin.body.volume).toMatchObject({ provider_id: null, cluster_name: null });
    expect((await runAgent()).map((t) => t.type)).toEqual(['create_volume']);
    ok('deleteVolume', await api(c, 'DELETE', `/volume/v3/${c.adminProjectId}/volumes/${asAdmin.body.volume.id}`, { token: c.adminToken }), 202);
    expect((await runAgent()).map((t) => t.type)).toEqual(['delete_volume']);
  });

  it('summarises a project\'s volumes (3.12, metadata from 3.36)', async () => {
    const p = await c.createProjectUser('member');
    const at = (path: string, version: string, token = p.token) =>
      api(c, 'GET', `/volume/v3/${p.projectId}${path}`, { token, headers: { 'openstack-api-version': `volume ${version}` } });
    const empty = await at('/volumes/summary', '3.12');
    ok('showVolumeSummary', empty, 200);
    expect(empty.body).toEqual({ 'volume-summary': { total_size: 0, total_count: 0 } });
    for (const [size, metadata] of [[1, { tier: 'gold', app: 'db' }], [2, { tier: 'silver' }], [3, { tier: 'gold' }]] as const) {
      const r = await api(c, 'POST', `/volume/v3/${p.projectId}/volumes`, { token: p.token, headers: MV, body: { volume: { size, metadata } } });
      expect(r.status).toBe(202);
    }
    await runAgent();
    const v312 = await at('/volumes/summary', '3.12');
    ok('showVolumeSummary', v312, 200);
    expect(v312.body).toEqual({ 'volume-summary': { total_size: 6, total_count: 3 } });
    const v336 = await at('/volumes/summary', '3.36');
    ok('showVolumeSummary', v336, 200);
    expect(v336.body['volume-summary']).toEqual({ total_size: 6, total_count: 3, metadata: { app: ['db'], tier: ['gold', 'silver'] } });
    // Projectless URL (3.67 style) and another project's view of its own (empty) summary.
    const projectless = await api(c, 'GET', '/volume/v3/volumes/summary', { token: p.token, headers: MV });
    expect(projectless.body['volume-summary'].total_count).toBe(3);
    expect((await api(c, 'GET', `/volume/v3/${other.projectId}/volumes/summary`, { token: other.token, headers: MV })).body['volume-summary'].total_count).toBe(0);
    // The admin sees every project's volumes only with all_tenants.
    const all = await api(c, 'GET', `/volume/v3/${c.adminProjectId}/volumes/summary?all_tenants=1`, { token: c.adminToken, headers: MV });
    ok('showVolumeSummary', all, 200);
    expect(all.body['volume-summary'].total_count).toBeGreaterThanOrEqual(3);
    // Before 3.12 `summary` is a volume id.
    const old = await at('/volumes/summary', '3.11');
    ok('showVolumeSummary', old, 404);
    expect(old.body.itemNotFound.code).toBe(404);
    ok('showVolumeSummary', await at('/volumes/summary', '3.12', 'not-a-token'), 401);
  });

  it('marks a volume error when the agent fails or no host is up', async () => {
    const res = await call('POST', '/volumes', { body: { volume: { size: 1 } } });
    await runAgent('failed');
    expect((await call('GET', `/volumes/${res.body.volume.id}`)).body.volume.status).toBe('error');
    ok('deleteVolume', await call('DELETE', `/volumes/${res.body.volume.id}`), 202);
    await runAgent();
    const nowhere = await call('POST', '/volumes', { body: { volume: { size: 1, availability_zone: 'elsewhere' } } });
    ok('createVolume', nowhere, 202);
    expect(nowhere.body.volume.status).toBe('error');
    ok('deleteVolume', await call('DELETE', `/volumes/${nowhere.body.volume.id}`), 202);
    ok('showVolume', await call('GET', `/volumes/${nowhere.body.volume.id}`), 404);
  });

  it('creates a bootable volume from an image through the agent task', async () => {
    const p = await c.createProjectUser('member');
    const img = await api(c, 'POST', '/image/v2/images', { token: p.token, body: { name: 'img', disk_format: 'raw', container_format: 'bare', hw_disk_bus: 'virtio' } });
    expect(img.status).toBe(201);
    const put = await fetch(`${c.url}/image/v2/images/${img.body.id}/file`, {
      method: 'PUT', headers: { 'x-auth-token': p.token, 'content-type': 'application/octet-stream' }, body: Buffer.alloc(4096, 7),
    });
    expect(put.status).toBe(204);
    const active = (await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: p.token })).body;
    const res = await api(c, 'POST', `/volume/v3/${p.projectId}/volumes`, { token: p.token, headers: MV, body: { volume: { imageRef: img.body.id } } });
    ok('createVolume', res, 202);
    // Cinder's create view has no extension attributes: the image metadata shows on GET only.
    expect(res.body.volume).toMatchObject({ size: 1, bootable: 'true' });
    expect(res.body.volume).not.toHaveProperty('volume_image_metadata');
    expect(res.body.volume).not.toHaveProperty('os-vol-tenant-attr:tenant_id');
    const tasks = await runAgent();
    expect(tasks[0]).toEqual({
      type: 'create_volume',
      payload: { volume_id: res.body.volume.id, size_gb: 1, image: { id: img.body.id, checksum: active.checksum, disk_format: 'raw' } },
    });
    const shown = await api(c, 'GET', `/volume/v3/${p.projectId}/volumes/${res.body.volume.id}`, { token: p.token, headers: MV });
    ok('showVolume', shown, 200);
    expect(shown.body.volume.status).toBe('available');
    expect(shown.body.volume).toMatchObject({ volume_image_metadata: { image_id: img.body.id, hw_disk_bus: 'virtio' }, 'os-vol-tenant-attr:tenant_id': p.projectId });
    // Someone else's private image is not usable.
    const stranger = await api(c, 'POST', `/volume/v3/${member.projectId}/volumes`, { token: member.token, body: { volume: { imageRef: img.body.id } } });
    ok('createVolume', stranger, 400);
  });

  it('runs the attachment flow Nova uses (3.27/3.44)', async () => {
    const vol = (await call('POST', '/volumes', { body: { volume: { size: 1 } } })).body.volume;
    await runAgent();
    const server = await insertServer(member.projectId);
    ok('createAttachment', await call('POST', '/attachments', { body: { attachment: { volume_uuid: vol.id, instance_uuid: server } }, headers: { 'openstack-api-version': 'volume 3.0' } }), 404);
    const att = await call('POST', '/attachments', { body: { attachment: { volume_uuid: vol.id, instance_uuid: server } } });
    ok('createAttachment', att, 200);
    expect(att.body.attachment.status).toBe('reserved');
    expect((await call('GET', `/volumes/${vol.id}`)).body.volume.status).toBe('reserved');
    ok('createAttachment', await call('POST', '/attachments', { body: { attachment: { volume_uuid: vol.id, instance_uuid: await insertServer(member.projectId) } } }), 400);
    const upd = await call('PUT', `/attachments/${att.body.attachment.id}`, { body: { attachment: { connector: { host: 'storage1', mountpoint: '/dev/vdb' } } } });
    ok('updateAttachment', upd, 200);
    expect(upd.body.attachment.connection_info.driver_volume_type).toBe('oscloud_file');
    expect((await call('GET', `/volumes/${vol.id}`)).body.volume.status).toBe('attaching');
    ok('attachmentAction', await call('POST', `/attachments/${att.body.attachment.id}/action`, { body: { 'os-complete': null } }), 204);
    const inUse = await call('GET', `/volumes/${vol.id}`);
    expect(inUse.body.volume.status).toBe('in-use');
    expect(inUse.body.volume.attachments[0]).toMatchObject({ server_id: server, attachment_id: att.body.attachment.id, device: '/dev/vdb' });
    ok('listAttachments', await call('GET', `/attachments?volume_id=${vol.id}`), 200);
    ok('listAttachmentsDetailed', await call('GET', '/attachments/detail'), 200);
    ok('showAttachment', await call('GET', `/attachments/${att.body.attachment.id}`), 200);
    ok('deleteVolume', await call('DELETE', `/volumes/${vol.id}`), 400);
    const del = await call('DELETE', `/attachments/${att.body.attachment.id}`);
    ok('deleteAttachment', del, 200);
    expect((await call('GET', `/volumes/${vol.id}`)).body.volume.status).toBe('available');
    ok('showAttachment', await call('GET', `/attachments/${randomUUID()}`), 404);

    // The internal API compute uses.
    const instance = randomUUID();
    const attId = await withTransaction(c.db, (trx) => reserveVolumeForAttach(trx, vol.id, instance, member.projectId));
    await expect(withTransaction(c.db, (trx) => reserveVolumeForAttach(trx, vol.id, randomUUID(), member.projectId))).rejects.toMatchObject({ status: 400 });
    await withTransaction(c.db, (trx) => completeAttachment(trx, attId, { hostName: 'storage1', device: '/dev/vdc' }));
    expect((await getVolumeForAttach(c.db, vol.id, member.projectId)).status).toBe('in-use');
    await expect(getVolumeForAttach(c.db, vol.id, other.projectId)).rejects.toMatchObject({ status: 404 });
    await withTransaction(c.db, (trx) => beginDetach(trx, vol.id, attId));
    expect((await getVolumeForAttach(c.db, vol.id, member.projectId)).status).toBe('detaching');
    await withTransaction(c.db, (trx) => finishDetach(trx, attId));
    expect((await getVolumeForAttach(c.db, vol.id, member.projectId)).status).toBe('available');
    const again = await withTransaction(c.db, (trx) => reserveVolumeForAttach(trx, vol.id, instance, member.projectId));
    await withTransaction(c.db, (trx) => rollbackAttachment(trx, again));
    expect((await getVolumeForAttach(c.db, vol.id, member.projectId)).status).toBe('available');
    await call('DELETE', `/volumes/${vol.id}`);
    await runAgent();
  });

  it('takes snapshots and enforces quotas with 413 overLimit', async () => {
    const vol = (await call('POST', '/volumes', { body: { volume: { size: 5 } } })).body.volume;
    await runAgent();
    // metadata null is accepted, as Cinder's schema does (Tempest sends it).
    const snap = await call('POST', '/snapshots', { body: { snapshot: { volume_id: vol.id, name: 's1', metadata: null } } });
    ok('createSnapshot', snap, 202);
    expect(snap.body.snapshot.metadata).toEqual({});
    await runAgent();
    const shown = await call('GET', `/snapshots/${snap.body.snapshot.id}`);
    ok('showSnapshot', shown, 200);
    expect(shown.body.snapshot.status).toBe('available');
    // Cinder's extended attributes are on show and the detailed list only.
    const ext = ['os-extended-snapshot-attributes:progress', 'os-extended-snapshot-attributes:project_id'];
    expect(shown.body.snapshot).toMatchObject({ [ext[0]!]: '100%', [ext[1]!]: member.projectId });
    for (const k of ext) expect(snap.body.snapshot).not.toHaveProperty(k);
    const brief = await call('GET', '/snapshots');
    ok('listSnapshots', brief, 200);
    for (const k of ext) expect(brief.body.snapshots[0]).not.toHaveProperty(k);
    const detailed = await call('GET', '/snapshots/detail');
    ok('listSnapshotsDetailed', detailed, 200);
    for (const k of ext) expect(detailed.body.snapshots[0]).toHaveProperty(k);
    const renamed = await call('PUT', `/snapshots/${snap.body.snapshot.id}`, { body: { snapshot: { name: 's2' } } });
    ok('updateSnapshot', renamed, 200);
    for (const k of ext) expect(renamed.body.snapshot).not.toHaveProperty(k);
    // Volume from the snapshot.
    const fromSnap = await call('POST', '/volumes', { body: { volume: { snapshot_id: snap.body.snapshot.id } } });
    ok('createVolume', fromSnap, 202);
    expect(fromSnap.body.volume).toMatchObject({ size: 5, snapshot_id: snap.body.snapshot.id });
    expect((await runAgent())[0]).toMatchObject({ type: 'create_volume', payload: { snapshot_id: snap.body.snapshot.id } });
    // 5 + 5 (snapshot) + 5 = 15 of 20 GB: 10 more is over the gigabytes quota.
    const tooBig = await call('POST', '/volumes', { body: { volume: { size: 10 } } });
    ok('createVolume', tooBig, 413);
    expect(Object.keys(tooBig.body)).toEqual(['overLimit']);
    expect(tooBig.body.overLimit.message).toMatch(/gigabytes quota/);
    const small = await call('POST', '/volumes', { body: { volume: { size: 1 } } });
    const fourth = await call('POST', '/volumes', { body: { volume: { size: 1 } } });
    ok('createVolume', fourth, 413);
    expect(fourth.body.overLimit.message).toMatch(/VolumeLimitExceeded/);
    const limits = await call('GET', '/limits');
    ok('showVolumeLimits', limits, 200);
    expect(limits.body.limits.absolute).toMatchObject({ maxTotalVolumes: 3, totalVolumesUsed: 3, totalGigabytesUsed: 16 });
    const quota = await call('GET', `/os-quota-sets/${member.projectId}?usage=true`);
    ok('showVolumeQuotaSet', quota, 200);
    expect(quota.body.quota_set.volumes).toMatchObject({ limit: 3, in_use: 3 });
    // Cinder reads boolean query values with oslo's bool_from_string: True, yes, 1, ... (else 400).
    for (const usage of ['True', 'YES', '1']) expect((await call('GET', `/os-quota-sets/${member.projectId}?usage=${usage}`)).body.quota_set.volumes).toMatchObject({ in_use: 3 });
    expect((await call('GET', `/os-quota-sets/${member.projectId}?usage=False`)).body.quota_set.volumes).toBe(3);
    ok('showVolumeQuotaSet', await call('GET', `/os-quota-sets/${member.projectId}?usage=maybe`), 400);
    const counted = await call('GET', '/volumes?with_count=True', { headers: { 'openstack-api-version': 'volume 3.45' } });
    ok('listVolumes', counted, 200);
    expect(counted.body.count).toBe(3);
    // Any status filters (an unknown one matches nothing), as Cinder.
    const none = await call('GET', '/volumes/detail?status=null');
    ok('listVolumesDetailed', none, 200);
    expect(none.body.volumes).toEqual([]);
    ok('listSnapshots', await call('GET', '/snapshots?status=bogus'), 200);
    expect((await call('GET', '/volumes?bootable=False')).body.volumes.length).toBe(3);
    ok('updateVolumeQuotaSet', await call('PUT', `/os-quota-sets/${member.projectId}`, { body: { quota_set: { volumes: 5 } } }), 403);
    const admin = await api(c, 'PUT', `/volume/v3/${c.adminProjectId}/os-quota-sets/${member.projectId}`, { token: c.adminToken, body: { quota_set: { volumes: 5 } } });
    ok('updateVolumeQuotaSet', admin, 200);
    expect(admin.body.quota_set.volumes).toBe(5);
    ok('showVolumeQuotaSetDefaults', await api(c, 'GET', `/volume/v3/os-quota-sets/${member.projectId}/defaults`, { token: member.token }), 200);
    // A snapshot deleted on its own (1 more GB: 17 of 20).
    await runAgent();
    const lone = await call('POST', '/snapshots', { body: { snapshot: { volume_id: small.body.volume.id, name: 'lone' } } });
    ok('createSnapshot', lone, 202);
    await runAgent();
    ok('deleteSnapshot', await call('DELETE', `/snapshots/${lone.body.snapshot.id}`), 202);
    await runAgent();
    ok('showSnapshot', await call('GET', `/snapshots/${lone.body.snapshot.id}`), 404);
    // Delete with snapshots needs cascade.
    ok('deleteVolume', await call('DELETE', `/volumes/${vol.id}`), 400);
    ok('deleteVolume', await call('DELETE', `/volumes/${vol.id}?cascade=perhaps`), 400);
    ok('deleteVolume', await call('DELETE', `/volumes/${vol.id}?cascade=True`), 202);
    await runAgent();
    ok('showSnapshot', await call('GET', `/snapshots/${snap.body.snapshot.id}`), 404);
    ok('showVolume', await call('GET', `/volumes/${vol.id}`), 404);
  });

  it('lets an admin pick one project of all_tenants with project_id, and filters snapshots by metadata', async () => {
    const p1 = await c.createProjectUser('member');
    const p2 = await c.createProjectUser('member');
    const own = (p: { token: string; projectId: string }, path: string, o: { body?: unknown } = {}) =>
      api(c, o.body ? 'POST' : 'GET', `/volume/v3/${p.projectId}${path}`, { token: p.token, headers: MV, ...o });
    const v1 = (await own(p1, '/volumes', { body: { volume: { size: 1, name: 'v-p1' } } })).body.volume;
    const v2 = (await own(p2, '/volumes', { body: { volume: { size: 1, name: 'v-p2' } } })).body.volume;
    await runAgent();
    const s1 = (await own(p1, '/snapshots', { body: { snapshot: { volume_id: v1.id, name: 's-p1', metadata: { tier: 'gold' } } } })).body.snapshot;
    const s2 = (await own(p2, '/snapshots', { body: { snapshot: { volume_id: v2.id, name: 's-p2', metadata: { tier: 'silver' } } } })).body.snapshot;
    await runAgent();
    const admin = (path: string) => api(c, 'GET', `/volume/v3/${c.adminProjectId}${path}`, { token: c.adminToken, headers: MV });
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

    const vols = await admin(`/volumes/detail?all_tenants=1&project_id=${p1.projectId}`);
    ok('listVolumesDetailed', vols, 200);
    expect(ids(vols.body.volumes)).toEqual([v1.id]);
    ok('listVolumes', await admin(`/volumes?all_tenants=1&project_id=${p2.projectId}`), 200);
    expect(ids((await admin(`/volumes?all_tenants=1&project_id=${p2.projectId}`)).body.volumes)).toEqual([v2.id]);
    const snaps = await admin(`/snapshots/detail?all_tenants=1&project_id=${p2.projectId}`);
    ok('listSnapshotsDetailed', snaps, 200);
    expect(ids(snaps.body.snapshots)).toEqual([s2.id]);
    // all_tenants alone still means every project; project_id alone is the admin's own project.
    const every = ids((await admin('/snapshots?all_tenants=1')).body.snapshots);
    expect(every).toEqual(expect.arrayContaining([s1.id, s2.id].sort()));
    expect(ids((await admin(`/snapshots?project_id=${p1.projectId}`)).body.snapshots)).not.toContain(s1.id);
    // A member's project_id (with or without all_tenants) never reaches another project.
    expect(ids((await own(p1, `/snapshots?all_tenants=1&project_id=${p2.projectId}`)).body.snapshots)).toEqual([s1.id]);
    expect(ids((await own(p1, `/volumes/detail?all_tenants=1&project_id=${p2.projectId}`)).body.volumes)).toEqual([v1.id]);

    // metadata filter, JSON or Python-style as cinderclient sends it.
    expect(ids((await admin(`/snapshots/detail?all_tenants=1&metadata=${encodeURIComponent('{"tier": "gold"}')}`)).body.snapshots)).toEqual([s1.id]);
    expect(ids((await own(p2, `/snapshots?metadata=${encodeURIComponent("{'tier': 'silver'}")}`)).body.snapshots)).toEqual([s2.id]);
    expect((await own(p2, `/snapshots?metadata=${encodeURIComponent('{"tier": "gold"}')}`)).body.snapshots).toEqual([]);
    const bad = await own(p2, '/snapshots?metadata=notjson');
    ok('listSnapshots', bad, 400);
    expect(bad.body.badRequest.message).toContain('invalid metadata filter');
  });

  it('manages volume types and answers misc routes', async () => {
    const types = await call('GET', '/types');
    ok('listVolumeTypes', types, 200);
    expect(types.body.volume_types.map((t: { name: string }) => t.name)).toContain('__DEFAULT__');
    ok('showDefaultVolumeType', await call('GET', '/types/default'), 200);
    ok('createVolumeType', await call('POST', '/types', { body: { volume_type: { name: 'fast' } } }), 403);
    const adm = (m: string, p: string, body?: unknown) => api(c, m, `/volume/v3/${c.adminProjectId}${p}`, { token: c.adminToken, body });
    const t = await adm('POST', '/types', { volume_type: { name: 'fast', extra_specs: { tier: 'ssd' } } });
    ok('createVolumeType', t, 200);
    // Per call, as Cinder: create has the access flag but no qos_specs_id; update has neither;
    // show and list (admin) have both; the default type has qos_specs_id only.
    expect(Object.keys(t.body.volume_type).sort()).toEqual(['description', 'extra_specs', 'id', 'is_public', 'name', 'os-volume-type-access:is_public']);
    ok('createVolumeType', await adm('POST', '/types', { volume_type: { name: 'fast' } }), 409);
    ok('showVolumeType', await call('GET', `/types/${t.body.volume_type.id}`), 200);
    const admShown = await adm('GET', `/types/${t.body.volume_type.id}`);
    ok('showVolumeType', admShown, 200);
    expect(admShown.body.volume_type).toMatchObject({ qos_specs_id: null, 'os-volume-type-access:is_public': true });
    const admList = await adm('GET', '/types');
    ok('listVolumeTypes', admList, 200);
    expect(admList.body.volume_types[0]).toHaveProperty('qos_specs_id', null);
    const admDefault = await adm('GET', '/types/default');
    ok('showDefaultVolumeType', admDefault, 200);
    expect(admDefault.body.volume_type).toHaveProperty('qos_specs_id', null);
    expect(admDefault.body.volume_type).not.toHaveProperty('os-volume-type-access:is_public');
    const upd = await adm('PUT', `/types/${t.body.volume_type.id}`, { volume_type: { description: 'SSD' } });
    ok('updateVolumeType', upd, 200);
    expect(Object.keys(upd.body.volume_type).sort()).toEqual(['description', 'extra_specs', 'id', 'is_public', 'name']);
    ok('listVolumeTypeExtraSpecs', await adm('GET', `/types/${t.body.volume_type.id}/extra_specs`), 200);
    ok('createVolumeTypeExtraSpecs', await adm('POST', `/types/${t.body.volume_type.id}/extra_specs`, { extra_specs: { k: 'v' } }), 200);
    // A type in use cannot be deleted; once its volume is gone it can.
    const typed = await adm('POST', '/volumes', { volume: { size: 1, volume_type: 'fast' } });
    ok('createVolume', typed, 202);
    expect(typed.body.volume.volume_type).toBe('fast');
    ok('deleteVolumeType', await adm('DELETE', `/types/${t.body.volume_type.id}`), 400);
    await runAgent();
    ok('deleteVolume', await adm('DELETE', `/volumes/${typed.body.volume.id}`), 202);
    await runAgent();
    ok('deleteVolumeType', await adm('DELETE', `/types/${t.body.volume_type.id}`), 202);
    ok('showVolumeType', await call('GET', `/types/${t.body.volume_type.id}`), 404);
    ok('showVolumeType', await call('GET', `/types/${randomUUID()}`), 404);
    ok('listVolumeAvailabilityZones', await call('GET', '/os-availability-zone'), 200);
    ok('listVolumeExtensions', await call('GET', '/extensions'), 200);
    ok('listVolumeServices', await adm('GET', '/os-services'), 200);
    ok('listVolumeServices', await call('GET', '/os-services'), 403);
  });

  it('runs the legacy attach flow and the readonly, retype, image metadata and admin actions', async () => {
    const vol = (await call('POST', '/volumes', { body: { volume: { size: 1 } } })).body.volume;
    await runAgent();
    const act = (body: unknown, as: 'member' | 'admin' = 'member') =>
      as === 'member' ? call('POST', `/volumes/${vol.id}/action`, { body }) : api(c, 'POST', `/volume/v3/${c.adminProjectId}/volumes/${vol.id}/action`, { token: c.adminToken, body, headers: MV });
    const show = async () => (await call('GET', `/volumes/${vol.id}`)).body.volume;
    // Legacy reserve/unreserve only move the status (Cinder: attaching), attach makes the attachment.
    ok('volumeAction', await act({ 'os-reserve': null }), 202);
    expect((await show()).status).toBe('attaching');
    ok('volumeAction', await act({ 'os-reserve': null }), 400);
    ok('volumeAction', await act({ 'os-unreserve': null }), 202);
    expect((await show()).status).toBe('available');
    ok('volumeAction', await act({ 'os-reserve': null }), 202);
    const server = await insertServer(member.projectId);
    ok('volumeAction', await act({ 'os-attach': { instance_uuid: server, mountpoint: '/dev/vdb' } }), 202);
    expect(await show()).toMatchObject({ status: 'in-use', attachments: [{ server_id: server, device: '/dev/vdb' }] });
    ok('volumeAction', await act({ 'os-detach': {} }), 202);
    expect(await show()).toMatchObject({ status: 'available', attachments: [] });
    // Detaching a volume that is not attached is fine (Cinder sets it available).
    ok('volumeAction', await act({ 'os-detach': {} }), 202);

    // readonly: admin metadata shown in `metadata`, over the user's key of the same name.
    ok('volumeAction', await act({ 'os-update_readonly_flag': { readonly: true } }), 202);
    await call('POST', `/volumes/${vol.id}/metadata`, { body: { metadata: { readonly: 'nope', k: 'v' } } });
    expect((await show()).metadata).toEqual({ readonly: 'True', k: 'v' });
    ok('volumeAction', await act({ 'os-update_readonly_flag': { readonly: 'false' } }), 202);
    expect((await show()).metadata.readonly).toBe('False');
    ok('volumeAction', await act({ 'os-update_readonly_flag': { readonly: 'maybe' } }), 400);

    // Image metadata.
    const set = await act({ 'os-set_image_metadata': { metadata: { kernel_id: 'k1', os_distro: 'tiny' } } });
    ok('volumeAction', set, 200);
    expect(set.body.metadata).toEqual({ kernel_id: 'k1', os_distro: 'tiny' });
    ok('volumeAction', await act({ 'os-unset_image_metadata': { key: 'kernel_id' } }), 200);
    ok('volumeAction', await act({ 'os-unset_image_metadata': { key: 'kernel_id' } }), 404);
    const shownMd = await act({ 'os-show_image_metadata': null });
    ok('volumeAction', shownMd, 200);
    expect(shownMd.body.metadata).toEqual({ os_distro: 'tiny' });
    expect((await show()).volume_image_metadata).toEqual({ os_distro: 'tiny' });

    // Retype: a pure type change here; the same type is refused.
    const gold = await api(c, 'POST', `/volume/v3/${c.adminProjectId}/types`, { token: c.adminToken, body: { volume_type: { name: 'gold' } } });
    ok('volumeAction', await act({ 'os-retype': { new_type: 'gold', migration_policy: 'never' } }), 202);
    expect((await show()).volume_type).toBe('gold');
    ok('volumeAction', await act({ 'os-retype': { new_type: 'gold' } }), 400);
    ok('volumeAction', await act({ 'os-retype': { new_type: 'nope' } }), 404);

    // Admin: force detach whatever the state, then force delete.
    ok('volumeAction', await act({ 'os-attach': { instance_uuid: server, mountpoint: '/dev/vdb' } }), 202);
    const attachmentId = (await show()).attachments[0].attachment_id as string;
    ok('volumeAction', await act({ 'os-reset_status': { status: 'error' } }, 'admin'), 202);
    ok('volumeAction', await act({ 'os-force_detach': { attachment_id: attachmentId, connector: null } }), 403);
    ok('volumeAction', await act({ 'os-force_detach': { attachment_id: attachmentId, connector: null } }, 'admin'), 202);
    expect(await show()).toMatchObject({ status: 'available', attachments: [] });
    ok('volumeAction', await act({ 'os-reset_status': { status: 'maintenance' } }, 'admin'), 202);
    ok('volumeAction', await act({ 'os-force_delete': {} }), 403);
    ok('volumeAction', await act({ 'os-force_delete': {} }, 'admin'), 202);
    expect((await show()).status).toBe('deleting');
    await runAgent();
    ok('showVolume', await call('GET', `/volumes/${vol.id}`), 404);
    // Cinder's actions this cloud lacks: 404 for a missing volume first, then a clear 400.
    ok('volumeAction', await call('POST', `/volumes/${vol.id}/action`, { body: { 'os-migrate_volume': { host: 'x' } } }), 404);
    const other = (await call('POST', '/volumes', { body: { volume: { size: 1 } } })).body.volume;
    await runAgent();
    const unsupported = await call('POST', `/volumes/${other.id}/action`, { body: { 'os-migrate_volume': { host: 'x' } } });
    ok('volumeAction', unsupported, 400);
    expect(unsupported.body.badRequest.message).toBe("Action 'os-migrate_volume' is not supported by this cloud.");
    const bogus = await call('POST', `/volumes/${other.id}/action`, { body: { 'os-bogus': {} } });
    expect(bogus.body.badRequest.message).toBe('There is no such action: os-bogus');
    await call('DELETE', `/volumes/${other.id}`);
    await runAgent();
    await api(c, 'DELETE', `/volume/v3/${c.adminProjectId}/types/${gold.body.volume_type.id}`, { token: c.adminToken });
  });

  it('manages volume and snapshot metadata items, snapshot actions and extra spec items', async () => {
    const own = await c.createProjectUser('member');
    const as = (who: { token: string; projectId: string }) => (method: string, path: string, body?: unknown) =>
      api(c, method, `/volume/v3/${who.projectId}${path}`, { token: who.token, body, headers: MV });
    const me = as(own);
    const stranger = as(other);
    const adm = as({ token: c.adminToken, projectId: c.adminProjectId });
    const vol = (await me('POST', '/volumes', { volume: { size: 1, metadata: { a: '1' } } })).body.volume;
    await runAgent();
    const snap = (await me('POST', '/snapshots', { snapshot: { volume_id: vol.id, metadata: { s: '1' } } })).body.snapshot;
    await runAgent();
    for (const [kind, id, prefix] of [['Volume', vol.id, 'volumes'], ['Snapshot', snap.id, 'snapshots']] as const) {
      const base = `/${prefix}/${id}/metadata`;
      ok(`create${kind}Metadata`, await me('POST', base, { metadata: { b: '2', c: '3' } }), 200);
      const item = await me('GET', `${base}/b`);
      ok(`show${kind}MetadataItem`, item, 200);
      expect(item.body).toEqual({ meta: { b: '2' } });
      const set = await me('PUT', `${base}/b`, { meta: { b: 'two' } });
      ok(`update${kind}MetadataItem`, set, 200);
      expect(set.body).toEqual({ meta: { b: 'two' } });
      ok(`update${kind}MetadataItem`, await me('PUT', `${base}/b`, { meta: { x: '1' } }), 400);
      ok(`update${kind}MetadataItem`, await me('PUT', `${base}/b`, { meta: { b: '1', x: '1' } }), 400);
      ok(`update${kind}MetadataItem`, await me('PUT', `${base}/b`, { meta: 'b' }), 400);
      ok(`delete${kind}MetadataItem`, await me('DELETE', `${base}/c`), 200);
      const gone = await me('GET', `${base}/c`);
      ok(`show${kind}MetadataItem`, gone, 404);
      expect(gone.body.itemNotFound.message).toBe(`${kind} ${id} has no metadata with key c.`);
      ok(`delete${kind}MetadataItem`, await me('DELETE', `${base}/c`), 404);
      const all = await me('GET', base);
      ok(`show${kind}Metadata`, all, 200);
      expect(all.body.metadata).toEqual({ [kind === 'Volume' ? 'a' : 's']: '1', b: 'two' });
      ok(`update${kind}Metadata`, await me('PUT', base, { metadata: { only: 'this' } }), 200);
      expect((await me('GET', base)).body.metadata).toEqual({ only: 'this' });
      // Another project's resource is not found, whatever the call.
      ok(`show${kind}MetadataItem`, await stranger('GET', `${base}/only`), 404);
      ok(`delete${kind}MetadataItem`, await stranger('DELETE', `${base}/only`), 404);
      ok(`update${kind}MetadataItem`, await me('PUT', `/${prefix}/${randomUUID()}/metadata/k`, { meta: { k: 'v' } }), 404);
    }

    // Snapshot actions: admin reset and force delete, the owner's status report.
    const action = (who: typeof me, id: string, body: unknown) => who('POST', `/snapshots/${id}/action`, body);
    ok('snapshotAction', await action(me, snap.id, { 'os-reset_status': { status: 'creating' } }), 403);
    ok('snapshotAction', await action(adm, snap.id, { 'os-reset_status': { status: 'bogus' } }), 400);
    ok('snapshotAction', await action(adm, snap.id, { 'os-reset_status': { status: 'creating' } }), 202);
    ok('snapshotAction', await action(me, snap.id, { 'os-update_snapshot_status': { status: 'deleting' } }), 400);
    ok('snapshotAction', await action(me, snap.id, { 'os-update_snapshot_status': { status: 'error', progress: '80%' } }), 202);
    const reported = (await me('GET', `/snapshots/${snap.id}`)).body.snapshot;
    expect(reported).toMatchObject({ status: 'error', 'os-extended-snapshot-attributes:progress': '80%' });
    ok('snapshotAction', await action(me, snap.id, { 'os-update_snapshot_status': { status: 'available' } }), 400);
    ok('snapshotAction', await action(stranger, snap.id, { 'os-update_snapshot_status': { status: 'error' } }), 404);
    ok('snapshotAction', await action(adm, snap.id, { 'os-reset_status': { status: 'deleting' } }), 202);
    ok('snapshotAction', await action(me, snap.id, { 'os-force_delete': {} }), 403);
    ok('snapshotAction', await action(adm, snap.id, { 'os-force_delete': {} }), 202);
    expect((await me('GET', `/snapshots/${snap.id}`)).body.snapshot.status).toBe('deleting');
    expect(await runAgent()).toMatchObject([{ type: 'delete_snapshot', payload: { snapshot_id: snap.id } }]);
    ok('showSnapshot', await me('GET', `/snapshots/${snap.id}`), 404);
    ok('snapshotAction', await action(adm, randomUUID(), { 'os-force_delete': {} }), 404);

    // Snapshot lists sort by Cinder's legacy display_name.
    for (const name of ['b-snap', 'a-snap']) await me('POST', '/snapshots', { snapshot: { volume_id: vol.id, name } });
    await runAgent();
    const sorted = await me('GET', '/snapshots?sort_key=display_name&sort_dir=asc');
    ok('listSnapshots', sorted, 200);
    expect(sorted.body.snapshots.map((s: { name: string }) => s.name)).toEqual(['a-snap', 'b-snap']);

    // Extra spec items (admin), with Cinder's negatives.
    const t = (await adm('POST', '/types', { volume_type: { name: 'specs', extra_specs: { spec1: 'val1' } } })).body.volume_type;
    const spec = `/types/${t.id}/extra_specs`;
    const shown = await adm('GET', `${spec}/spec1`);
    ok('showVolumeTypeExtraSpec', shown, 200);
    expect(shown.body).toEqual({ spec1: 'val1' });
    const put = await adm('PUT', `${spec}/spec1`, { spec1: 'val2' });
    ok('updateVolumeTypeExtraSpec', put, 200);
    expect(put.body).toEqual({ spec1: 'val2' });
    ok('updateVolumeTypeExtraSpec', await adm('PUT', `${spec}/spec1`, {}), 400);
    ok('updateVolumeTypeExtraSpec', await adm('PUT', `${spec}/None`, { spec1: 'v' }), 400);
    ok('updateVolumeTypeExtraSpec', await adm('PUT', `${spec}/spec1`, { spec1: 'v', spec2: 'w' }), 400);
    ok('updateVolumeTypeExtraSpec', await adm('PUT', `/types/${randomUUID()}/extra_specs/k`, { k: 'v' }), 404);
    ok('updateVolumeTypeExtraSpec', await me('PUT', `${spec}/spec1`, { spec1: 'v' }), 403);
    ok('showVolumeTypeExtraSpec', await adm('GET', `${spec}/nope`), 404);
    ok('deleteVolumeTypeExtraSpec', await me('DELETE', `${spec}/spec1`), 403);
    ok('deleteVolumeTypeExtraSpec', await adm('DELETE', `${spec}/spec1`), 202);
    ok('deleteVolumeTypeExtraSpec', await adm('DELETE', `${spec}/spec1`), 404);
    expect((await adm('GET', spec)).body.extra_specs).toEqual({});
    ok('deleteVolumeType', await adm('DELETE', `/types/${t.id}`), 202);

    // Services show `cluster` from 3.7 only.
    const old = await api(c, 'GET', `/volume/v3/${c.adminProjectId}/os-services`, { token: c.adminToken, headers: { 'openstack-api-version': 'volume 3.6' } });
    ok('listVolumeServices', old, 200);
    expect(old.body.services[0]).not.toHaveProperty('cluster');
    expect((await adm('GET', '/os-services')).body.services[0]).toHaveProperty('cluster', null);
    const schedulers = await adm('GET', '/os-services?binary=cinder-scheduler');
    expect(schedulers.body.services).toHaveLength(1);
    expect(schedulers.body.services[0]).not.toHaveProperty('frozen');

    // An admin disables the cinder-volume of storage1 (not its compute service): no new volumes land there.
    const svc = (action: string, body: unknown, who = adm) => who('PUT', `/os-services/${action}`, body);
    ok('updateVolumeService', await svc('disable-log-reason', { host: 'storage1@file', binary: 'cinder-volume', disabled_reason: null }), 400);
    ok('updateVolumeService', await svc('disable', { host: 'nowhere@file', binary: 'cinder-volume' }), 404);
    ok('updateVolumeService', await svc('disable', { host: 'storage1@file', binary: 'cinder-bogus' }), 404);
    ok('updateVolumeService', await svc('disable', { host: 'storage1@file', binary: 'cinder-volume' }, me), 403);
    ok('updateVolumeService', await svc('shutdown', { host: 'storage1@file', binary: 'cinder-volume' }), 400);
    const off = await svc('disable-log-reason', { host: 'storage1@file', binary: 'cinder-volume', disabled_reason: 'disk swap' });
    ok('updateVolumeService', off, 200);
    expect(off.body).toEqual({ host: 'storage1@file', service: 'cinder-volume', binary: 'cinder-volume', disabled: true, status: 'disabled', disabled_reason: 'disk swap' });
    const listed = (await adm('GET', '/os-services?binary=cinder-volume')).body.services[0];
    expect(listed).toMatchObject({ status: 'disabled', disabled_reason: 'disk swap' });
    const nowhere = await me('POST', '/volumes', { volume: { size: 1 } });
    expect(nowhere.body.volume.status).toBe('error');
    const compute = await c.db.selectFrom('hosts').select('disabled').where('id', '=', hostId).executeTakeFirstOrThrow();
    expect(compute.disabled).toBe(0);
    const on = await svc('enable', { host: 'storage1@file', binary: 'cinder-volume' });
    ok('updateVolumeService', on, 200);
    expect(on.body).toMatchObject({ disabled: false, status: 'enabled', disabled_reason: null });
    ok('deleteVolume', await me('DELETE', `/volumes/${nowhere.body.volume.id}`), 202);

    // Hosts, pools and capabilities (admin only): storage1 is the back end storage1@file.
    const hosts = await adm('GET', '/os-hosts');
    ok('listVolumeHosts', hosts, 200);
    expect(hosts.body.hosts).toContainEqual(expect.objectContaining({ host_name: 'storage1@file', service: 'cinder-volume', 'service-state': 'enabled', 'service-status': 'available' }));
    expect(hosts.body.hosts.map((h: { service: string }) => h.service)).toContain('cinder-scheduler');
    ok('listVolumeHosts', await me('GET', '/os-hosts'), 403);
    const usage = await adm('GET', '/os-hosts/storage1@file');
    ok('showVolumeHost', usage, 200);
    expect(usage.body.host[0].resource).toMatchObject({ project: '(total)', host: 'storage1@file' });
    const mine = usage.body.host.find((r: { resource: { project: string } }) => r.resource.project === own.projectId).resource;
    expect(mine).toEqual({ host: 'storage1@file', project: own.projectId, volume_count: '1', total_volume_gb: '1', snapshot_count: '2', total_snapshot_gb: '2' });
    ok('showVolumeHost', await adm('GET', '/os-hosts/nowhere@file'), 404);
    const pools = await adm('GET', '/scheduler-stats/get_pools');
    ok('listVolumePools', pools, 200);
    expect(pools.body.pools).toContainEqual({ name: 'storage1@file#file' });
    const detailed = await adm('GET', '/scheduler-stats/get_pools?detail=true');
    ok('listVolumePools', detailed, 200);
    const pool = detailed.body.pools.find((p: { name: string }) => p.name === 'storage1@file#file');
    expect(pool.capabilities).toMatchObject({ total_capacity_gb: 100, vendor_name: 'Open Source', volume_backend_name: 'file' });
    expect(pool.capabilities.free_capacity_gb).toBe(100 - pool.capabilities.allocated_capacity_gb);
    ok('listVolumePools', await me('GET', '/scheduler-stats/get_pools'), 403);
    const caps = await adm('GET', '/capabilities/storage1@file#file');
    ok('showVolumeBackendCapabilities', caps, 200);
    expect(caps.body).toMatchObject({ vendor_name: pool.capabilities.vendor_name, storage_protocol: pool.capabilities.storage_protocol, volume_backend_name: 'file' });
    ok('showVolumeBackendCapabilities', await adm('GET', '/capabilities/storage2@file'), 404);

    // A private type: invisible to a project until it is given access, then usable.
    const priv = (await adm('POST', '/types', { volume_type: { name: 'private', 'os-volume-type-access:is_public': false } })).body.volume_type;
    const access = `/types/${priv.id}/action`;
    ok('createVolume', await me('POST', '/volumes', { volume: { size: 1, volume_type: priv.id } }), 404);
    ok('volumeTypeAction', await me('POST', access, { addProjectAccess: { project: own.projectId } }), 403);
    ok('volumeTypeAction', await adm('POST', access, { addProjectAccess: { project: own.projectId } }), 202);
    ok('volumeTypeAction', await adm('POST', access, { addProjectAccess: { project: own.projectId } }), 409);
    ok('volumeTypeAction', await adm('POST', access, { addProjectAccess: {} }), 400);
    ok('volumeTypeAction', await adm('POST', `/types/${randomUUID()}/action`, { addProjectAccess: { project: own.projectId } }), 404);
    const list = await adm('GET', `/types/${priv.id}/os-volume-type-access`);
    ok('listVolumeTypeAccess', list, 200);
    expect(list.body.volume_type_access).toEqual([{ volume_type_id: priv.id, project_id: own.projectId }]);
    ok('listVolumeTypeAccess', await me('GET', `/types/${priv.id}/os-volume-type-access`), 403);
    expect((await me('GET', '/types')).body.volume_types.map((x: { id: string }) => x.id)).toContain(priv.id);
    expect((await stranger('GET', '/types')).body.volume_types.map((x: { id: string }) => x.id)).not.toContain(priv.id);
    ok('showVolumeType', await stranger('GET', `/types/${priv.id}`), 404);
    const typed = await me('POST', '/volumes', { volume: { size: 1, volume_type: priv.id } });
    ok('createVolume', typed, 202);
    expect(typed.body.volume.volume_type).toBe('private');
    await runAgent();
    ok('deleteVolume', await me('DELETE', `/volumes/${typed.body.volume.id}`), 202);
    await runAgent();
    ok('volumeTypeAction', await adm('POST', access, { removeProjectAccess: { project: own.projectId } }), 202);
    ok('volumeTypeAction', await adm('POST', access, { removeProjectAccess: { project: own.projectId } }), 404);
    ok('showVolumeType', await me('GET', `/types/${priv.id}`), 404);
    const defaultId = (await adm('GET', '/types/default')).body.volume_type.id;
    ok('volumeTypeAction', await adm('POST', `/types/${defaultId}/action`, { addProjectAccess: { project: own.projectId } }), 400);
    ok('listVolumeTypeAccess', await adm('GET', `/types/${defaultId}/os-volume-type-access`), 404);
    ok('volumeTypeAction', await adm('POST', access, { addProjectAccess: { project: own.projectId } }), 202);
    ok('deleteVolumeType', await adm('DELETE', `/types/${priv.id}`), 202);

    // Deleting a project's quotas brings the defaults back.
    const quotas = `/os-quota-sets/${own.projectId}`;
    ok('updateVolumeQuotaSet', await adm('PUT', quotas, { quota_set: { volumes: 7 } }), 200);
    ok('deleteVolumeQuotaSet', await me('DELETE', quotas), 403);
    ok('deleteVolumeQuotaSet', await adm('DELETE', quotas), 200);
    expect((await adm('GET', quotas)).body.quota_set.volumes).toBe(3);
  });

  it('clones a volume on its host (source_volid)', async () => {
    const own = await c.createProjectUser('member');
    const me = (method: string, path: string, body?: unknown) => api(c, method, `/volume/v3/${own.projectId}${path}`, { token: own.token, body, headers: MV });
    const src = (await me('POST', '/volumes', { volume: { size: 2, name: 'src' } })).body.volume;
    ok('createVolume', await me('POST', '/volumes', { volume: { source_volid: src.id } }), 400); // still creating
    await runAgent();
    const clone = await me('POST', '/volumes', { volume: { source_volid: src.id, size: 3 } });
    ok('createVolume', clone, 202);
    expect(clone.body.volume).toMatchObject({ source_volid: src.id, size: 3, volume_type: '__DEFAULT__' });
    expect(await runAgent()).toEqual([{ type: 'create_volume', payload: { volume_id: clone.body.volume.id, size_gb: 3, source_volume_id: src.id } }]);
    expect((await me('GET', `/volumes/${clone.body.volume.id}`)).body.volume).toMatchObject({ status: 'available', source_volid: src.id });
    ok('createVolume', await me('POST', '/volumes', { volume: { source_volid: src.id, size: 1 } }), 400);
    ok('createVolume', await me('POST', '/volumes', { volume: { source_volid: randomUUID() } }), 404);
    const foreign = await api(c, 'POST', `/volume/v3/${other.projectId}/volumes`, { token: other.token, headers: MV, body: { volume: { source_volid: src.id } } });
    ok('createVolume', foreign, 404);
    for (const id of [clone.body.volume.id, src.id]) ok('deleteVolume', await me('DELETE', `/volumes/${id}`), 202);
    await runAgent();
  });

  it('transfers a volume and its snapshots to another project with the auth key', async () => {
    const giver = await c.createProjectUser('member');
    const taker = await c.createProjectUser('member');
    const as = (who: { token: string; projectId: string }, mvh = 'volume 3.57') => (method: string, path: string, body?: unknown) =>
      api(c, method, `/volume/v3/${who.projectId}${path}`, { token: who.token, body, headers: { 'openstack-api-version': mvh } });
    const give = as(giver);
    const take = as(taker);
    const vol = (await give('POST', '/volumes', { volume: { size: 2 } })).body.volume;
    await runAgent();
    await give('POST', '/snapshots', { snapshot: { volume_id: vol.id } });
    await runAgent();
    // The 3.55 API is not there below 3.55; the legacy one is.
    ok('createVolumeTransfer', await as(giver, 'volume 3.54')('POST', '/volume-transfers', { transfer: { volume_id: vol.id } }), 404);
    ok('createVolumeTransfer', await take('POST', '/volume-transfers', { transfer: { volume_id: vol.id } }), 404);
    const created = await give('POST', '/volume-transfers', { transfer: { volume_id: vol.id, name: 'gift' } });
    ok('createVolumeTransfer', created, 202);
    const tr = created.body.transfer;
    expect(tr).toMatchObject({ name: 'gift', volume_id: vol.id, source_project_id: giver.projectId, destination_project_id: null, accepted: false });
    expect(tr.auth_key).toMatch(/^[0-9a-f]{16}$/);
    expect((await give('GET', `/volumes/${vol.id}`)).body.volume.status).toBe('awaiting-transfer');
    ok('createVolumeTransfer', await give('POST', '/volume-transfers', { transfer: { volume_id: vol.id } }), 400);
    const shown = await give('GET', `/volume-transfers/${tr.id}`);
    ok('showVolumeTransfer', shown, 200);
    expect(shown.body.transfer).not.toHaveProperty('auth_key');
    ok('showVolumeTransfer', await take('GET', `/volume-transfers/${tr.id}`), 404);
    const legacy = await as(giver, 'volume 3.0')('GET', '/os-volume-transfer/detail');
    ok('listVolumeTransfersLegacyDetailed', legacy, 200);
    expect(legacy.body.transfers).toHaveLength(1);
    expect(legacy.body.transfers[0]).not.toHaveProperty('accepted');
    const brief = await give('GET', '/volume-transfers');
    ok('listVolumeTransfers', brief, 200);
    expect(brief.body.transfers.map((t: { id: string }) => t.id)).toEqual([tr.id]);
    expect((await take('GET', '/volume-transfers')).body.transfers).toEqual([]);
    // A wrong key is refused; the taker's quota must hold the volume and its snapshot.
    ok('acceptVolumeTransfer', await take('POST', `/volume-transfers/${tr.id}/accept`, { accept: { auth_key: 'wrong' } }), 400);
    ok('acceptVolumeTransfer', await take('POST', `/volume-transfers/${randomUUID()}/accept`, { accept: { auth_key: tr.auth_key } }), 404);
    await api(c, 'PUT', `/volume/v3/${c.adminProjectId}/os-quota-sets/${taker.projectId}`, { token: c.adminToken, body: { quota_set: { snapshots: 0 } } });
    ok('acceptVolumeTransfer', await take('POST', `/volume-transfers/${tr.id}/accept`, { accept: { auth_key: tr.auth_key } }), 413);
    await api(c, 'DELETE', `/volume/v3/${c.adminProjectId}/os-quota-sets/${taker.projectId}`, { token: c.adminToken });
    const accepted = await take('POST', `/volume-transfers/${tr.id}/accept`, { accept: { auth_key: tr.auth_key } });
    ok('acceptVolumeTransfer', accepted, 202);
    expect(accepted.body.transfer).toMatchObject({ id: tr.id, volume_id: vol.id });
    const moved = await take('GET', `/volumes/${vol.id}`);
    expect(moved.body.volume).toMatchObject({ status: 'available', user_id: taker.userId, 'os-vol-tenant-attr:tenant_id': taker.projectId });
    ok('showVolume', await give('GET', `/volumes/${vol.id}`), 404);
    const usage = async (who: typeof giver) =>
      (await api(c, 'GET', `/volume/v3/${who.projectId}/os-quota-sets/${who.projectId}?usage=true`, { token: who.token })).body.quota_set;
    expect((await usage(taker))).toMatchObject({ volumes: { in_use: 1 }, snapshots: { in_use: 1 }, gigabytes: { in_use: 4 } });
    expect((await usage(giver))).toMatchObject({ volumes: { in_use: 0 }, snapshots: { in_use: 0 }, gigabytes: { in_use: 0 } });
    ok('showVolumeTransfer', await give('GET', `/volume-transfers/${tr.id}`), 404);
    // Deleting a transfer gives the volume back.
    const legacyCreated = await take('POST', '/os-volume-transfer', { transfer: { volume_id: vol.id } });
    ok('createVolumeTransferLegacy', legacyCreated, 202);
    const again = legacyCreated.body.transfer;
    ok('showVolumeTransferLegacy', await take('GET', `/os-volume-transfer/${again.id}`), 200);
    const legacyList = await take('GET', '/os-volume-transfer');
    ok('listVolumeTransfersLegacy', legacyList, 200);
    expect(legacyList.body.transfers.map((t: { id: string }) => t.id)).toEqual([again.id]);
    const detailed = await take('GET', '/volume-transfers/detail');
    ok('listVolumeTransfersDetailed', detailed, 200);
    expect(detailed.body.transfers).toEqual([expect.objectContaining({ id: again.id, volume_id: vol.id, accepted: false })]);
    ok('deleteVolumeTransferLegacy', await give('DELETE', `/os-volume-transfer/${again.id}`), 404);
    ok('deleteVolumeTransferLegacy', await take('DELETE', `/os-volume-transfer/${again.id}`), 202);
    expect((await take('GET', `/volumes/${vol.id}`)).body.volume.status).toBe('available');
    // The 3.55 delete, and the legacy accept moving the volume back to the giver.
    const third = (await take('POST', '/volume-transfers', { transfer: { volume_id: vol.id } })).body.transfer;
    ok('deleteVolumeTransfer', await take('DELETE', `/volume-transfers/${third.id}`), 202);
    const back = (await take('POST', '/os-volume-transfer', { transfer: { volume_id: vol.id } })).body.transfer;
    const legacyAccepted = await as(giver, 'volume 3.0')('POST', `/os-volume-transfer/${back.id}/accept`, { accept: { auth_key: back.auth_key } });
    ok('acceptVolumeTransferLegacy', legacyAccepted, 202);
    expect((await give('GET', `/volumes/${vol.id}`)).body.volume).toMatchObject({ status: 'available', 'os-vol-tenant-attr:tenant_id': giver.projectId });
  });

  it('answers bad bodies and ids with 400/404 in Cinder shape', async () => {
    ok('createVolume', await call('POST', '/volumes', { body: { volume: { size: 0 } } }), 400);
    ok('createVolume', await call('POST', '/volumes', { body: { volume: {} } }), 400);
    ok('createVolume', await call('POST', '/volumes', { body: { nope: 1 } }), 400);
    ok('createVolume', await call('POST', '/volumes', { body: { volume: { size: 1, imageRef: randomUUID() } } }), 400);
    ok('createVolume', await call('POST', '/volumes', { body: { volume: { size: 1, volume_type: 'nope' } } }), 404);
    ok('showVolume', await call('GET', '/volumes/not-a-uuid'), 404);
    ok('volumeAction', await call('POST', `/volumes/${randomUUID()}/action`, { body: { 'os-extend': { new_size: 3 } } }), 404);
    ok('volumeAction', await call('POST', `/volumes/${randomUUID()}/action`, { body: { 'os-bogus': {} } }), 400);
    // Cinder answers 404 for an unknown or null volume_id, and for an unknown marker.
    ok('createSnapshot', await call('POST', '/snapshots', { body: { snapshot: { volume_id: randomUUID() } } }), 404);
    ok('createSnapshot', await call('POST', '/snapshots', { body: { snapshot: { volume_id: null } } }), 404);
    ok('createSnapshot', await call('POST', '/snapshots', { body: { snapshot: { volume_id: 7 } } }), 400);
    ok('listSnapshots', await call('GET', `/snapshots?marker=${randomUUID()}`), 404);
    ok('createAttachment', await call('POST', '/attachments', { body: { attachment: { volume_uuid: randomUUID() } } }), 404);
    ok('listVolumes', await call('GET', '/volumes?sort=bogus:asc'), 400);
    ok('listVolumes', await call('GET', `/volumes?marker=${randomUUID()}`), 404);
    ok('showVolume', await api(c, 'GET', `/volume/v3/${member.projectId}/volumes/${randomUUID()}`), 401);
  });
});
