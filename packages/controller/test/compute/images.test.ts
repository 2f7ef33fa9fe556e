/**
 * Nova's image proxy (/v2.1/images, microversions 2.1-2.35) over the image service's images:
 * Nova's view and statuses, its list filters and paging, image metadata, delete, the owner checks
 * and the 404 from 2.36.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, backends, type TestController } from '../helpers.js';
import { computeCall, startComputeController } from './fixtures.js';

const V35 = { 'OpenStack-API-Version': 'compute 2.35' };

describe.each(backends())('compute image proxy on %s', (backend) => {
  let c: TestController;
  let member: { token: string; userId: string; projectId: string };
  let other: { token: string; projectId: string };
  let publicId: string;
  let snapId: string;
  const serverId = randomUUID();

  const insert = async (o: { name: string; status: string; owner: string; visibility: string; minDisk?: number; props?: Record<string, string>; updated?: string }): Promise<string> => {
    const id = randomUUID();
    const at = o.updated ?? new Date().toISOString();
    await c.db
      .insertInto('img_images')
      .values({
        id, name: o.name, status: o.status, visibility: o.visibility, protected: 0, os_hidden: 0, checksum: null, os_hash_algo: null, os_hash_value: null,
        size: o.status === 'active' ? 4096 : null, virtual_size: null, disk_format: 'qcow2', container_format: 'bare', min_disk: o.minDisk ?? 0, min_ram: 0, owner: o.owner,
        properties: JSON.stringify(o.props ?? {}), tags: '[]', created_at: at, updated_at: at,
      })
      .execute();
    return id;
  };

  beforeAll(async () => {
    c = await startComputeController(backend, { images: true });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    publicId = await insert({ name: 'cirros', status: 'active', owner: c.adminProjectId, visibility: 'public', props: { os_distro: 'cirros' }, updated: '2026-01-01T00:00:00.000Z' });
    snapId = await insert({ name: 'snap', status: 'queued', owner: member.projectId, visibility: 'private', minDisk: 5, props: { image_type: 'snapshot', instance_uuid: serverId } });
  }, 60000);
  afterAll(async () => {
    await c?.close();
  });

  const get = (path: string, token = member.token, headers: Record<string, string> = V35) => computeCall(c, 'GET', path, path.includes('/metadata') ? (path.split('/metadata')[1] ? 'showComputeImageMetadataItem' : 'listComputeImageMetadata') : path.startsWith('/v2.1/images/detail') ? 'listComputeImagesDetailed' : path.match(/^\/v2\.1\/images\/[^/?]+$/) ? 'showComputeImage' : 'listComputeImages', { token, headers });

  it('lists and shows images in Nova\'s view, filters and pages them, and is gone from 2.36', async () => {
    const list = await get('/v2.1/images');
    expect(list.status).toBe(200);
    const ids = list.body.images.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([publicId, snapId]));
    expect(ids).toHaveLength(2);
    expect(list.body.images[0]).toEqual({ id: expect.any(String), name: expect.any(String), links: [expect.objectContaining({ rel: 'self' }), expect.objectContaining({ rel: 'bookmark' }), expect.objectContaining({ rel: 'alternate', type: 'application/vnd.openstack.image' })] });
    // Another project does not see the private snapshot.
    expect((await get('/v2.1/images', other.token)).body.images.map((i: { id: string }) => i.id)).toEqual([publicId]);
    const snap = (await get(`/v2.1/images/${snapId}`)).body.image;
    expect(snap).toMatchObject({ id: snapId, name: 'snap', status: 'SAVING', progress: 25, minDisk: 5, minRam: 0, metadata: { image_type: 'snapshot', instance_uuid: serverId }, 'OS-EXT-IMG-SIZE:size': null, server: { id: serverId } });
    const pub = (await get(`/v2.1/images/${publicId}`)).body.image;
    expect(pub).toMatchObject({ status: 'ACTIVE', progress: 100, 'OS-EXT-IMG-SIZE:size': 4096, metadata: { os_distro: 'cirros' }, created: '2026-01-01T00:00:00Z' });
    expect(pub).not.toHaveProperty('server');
    // Filters: status, name, type, server (id or URL), minDisk, changes-since.
    const only = async (q: string) => (await get(`/v2.1/images/detail?${q}`)).body.images.map((i: { id: string }) => i.id);
    expect(await only('status=SAVING')).toEqual([snapId]);
    expect(await only('status=ACTIVE')).toEqual([publicId]);
    expect(await only('name=cirros')).toEqual([publicId]);
    expect(await only('type=snapshot')).toEqual([snapId]);
    expect(await only(`server=${encodeURIComponent(`http://x/compute/v2.1/servers/${serverId}`)}`)).toEqual([snapId]);
    expect(await only('minDisk=5')).toEqual([snapId]);
    expect(await only('changes-since=2026-06-01T00:00:00Z')).toEqual([snapId]);
    // Paging: limit and marker, the next link; an unknown marker is 400.
    const first = await get('/v2.1/images?limit=1');
    expect(first.body.images).toHaveLength(1);
    expect(first.body.images_links[0]).toMatchObject({ rel: 'next', href: expect.stringContaining(`marker=${first.body.images[0].id}`) });
    const second = await get(`/v2.1/images?limit=1&marker=${first.body.images[0].id}`);
    expect(second.body.images).toHaveLength(1);
    expect(second.body.images[0].id).not.toBe(first.body.images[0].id);
    expect(second.body).not.toHaveProperty('images_links');
    expect((await get(`/v2.1/images?marker=${randomUUID()}`)).status).toBe(400);
    // Missing: Nova's 404; from 2.36 every route is 404.
    const missing = await get(`/v2.1/images/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe('Image not found.');
    expect((await get('/v2.1/images', member.token, { 'OpenStack-API-Version': 'compute 2.36' })).status).toBe(404);
    expect((await get(`/v2.1/images/${publicId}`, member.token, { 'OpenStack-API-Version': 'compute 2.36' })).status).toBe(404);
  });

  it('reads and writes image metadata (the image\'s properties) as the owner; deletes images', async () => {
    const call = (method: string, path: string, op: string, body?: unknown, token = member.token) => computeCall(c, method, path, op, { token, body, headers: V35 });
    const base = `/v2.1/images/${snapId}/metadata`;
    expect((await call('POST', base, 'updateComputeImageMetadata', { metadata: { color: 'red' } })).body.metadata).toEqual({ image_type: 'snapshot', instance_uuid: serverId, color: 'red' });
    expect((await call('PUT', `${base}/color`, 'updateComputeImageMetadataItem', { meta: { color: 'blue' } })).body).toEqual({ meta: { color: 'blue' } });
    expect((await get(`${base}/color`)).body).toEqual({ meta: { color: 'blue' } });
    expect((await call('PUT', `${base}/color`, 'updateComputeImageMetadataItem', { meta: { other: 'x' } })).status).toBe(400);
    expect((await call('DELETE', `${base}/color`, 'deleteComputeImageMetadataItem')).status).toBe(204);
    expect((await get(`${base}/color`)).status).toBe(404);
    expect((await call('DELETE', `${base}/color`, 'deleteComputeImageMetadataItem')).status).toBe(404);
    expect((await call('PUT', base, 'replaceComputeImageMetadata', { metadata: { only: 'this' } })).body.metadata).toEqual({ only: 'this' });
    expect((await get(base)).body.metadata).toEqual({ only: 'this' });
    // The Glance view sees the same properties.
    expect((await api(c, 'GET', `/image/v2/images/${snapId}`, { token: member.token })).body).toMatchObject({ only: 'this' });
    // Over 128 properties: Nova's 403; the public image is not the member's to change (403), another project's private one not found (404).
    const many = Object.fromEntries(Array.from({ length: 129 }, (_, i) => [`k${i}`, 'v']));
    expect((await call('PUT', base, 'replaceComputeImageMetadata', { metadata: many })).status).toBe(403);
    expect((await call('POST', `/v2.1/images/${publicId}/metadata`, 'updateComputeImageMetadata', { metadata: { a: 'b' } })).status).toBe(403);
    expect((await call('POST', base, 'updateComputeImageMetadata', { metadata: { a: 'b' } }, other.token)).status).toBe(404);
    // Delete: not the public image, the own snapshot (then 404).
    expect((await call('DELETE', `/v2.1/images/${publicId}`, 'deleteComputeImage')).status).toBe(403);
    expect((await call('DELETE', `/v2.1/images/${snapId}`, 'deleteComputeImage')).status).toBe(204);
    expect((await get(`/v2.1/images/${snapId}`)).status).toBe(404);
    expect((await call('DELETE', `/v2.1/images/${snapId}`, 'deleteComputeImage')).status).toBe(404);
  });
});
