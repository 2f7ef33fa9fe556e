/**
 * Glance multi-store with the `swift` store (image data as objects of the object service) as
 * the default and `file` beside it: where uploads, imports and copies put the data, the stores
 * API, and that nothing is left behind by deletes and cut uploads.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImageData } from '../../src/image/internal.js';
import { imageService } from '../../src/image/service.js';
import { objectSize } from '../../src/object/internal.js';
import { objectService } from '../../src/object/service.js';
import { migrateToLatest, openDb } from '../../src/db/index.js';
import * as storesMigration from '../../src/db/migrations/200_image_stores.js';
import { cutUpload } from './cut-upload.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

function ok(op: string, res: { status: number; body: unknown }, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(checkResponse('image', op, res.status, res.body)).toBeNull();
}

async function put(c: TestController, token: string, path: string, data: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${c.url}/image/v2/images/${path}`, { method: 'PUT', headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream', ...headers }, body: data });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** Files of the object store's data directory (object data and temporary files). */
function objectFiles(c: TestController): string[] {
  return readdirSync((objectService(c.ctx).store as unknown as { dir: string }).dir);
}

describe.each(backends())('image stores (swift default) on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  const accountOf = (ct: TestController) => imageService(ct.ctx).settings.swiftAccount;

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { image: { enabled_backends: ['swift', 'file'], default_backend: 'swift' } } } });
    member = await c.createProjectUser('member');
  });
  afterAll(async () => {
    await c?.close();
  });

  const create = async (extra: Record<string, unknown> = {}) => {
    const res = await api(c, 'POST', '/image/v2/images', { token: member.token, body: { name: 'img', disk_format: 'raw', container_format: 'bare', ...extra } });
    ok('createImage', res, 201);
    return res.body as { id: string };
  };
  const show = async (id: string) => (await api(c, 'GET', `/image/v2/images/${id}`, { token: member.token })).body as Record<string, unknown>;
  const inSwift = (id: string) => objectSize(c.ctx, accountOf(c), 'glance', id);
  const inFile = (id: string) => imageService(c.ctx).stores.get('file')!.size(id);

  it('lists the stores (swift the default); the detail is the admin\'s', async () => {
    const res = await api(c, 'GET', '/image/v2/info/stores', { token: member.token });
    ok('listImageStores', res, 200);
    expect(res.body.stores).toEqual([
      { id: 'swift', description: expect.any(String), default: true },
      { id: 'file', description: expect.any(String) },
    ]);
    ok('listImageStoresDetail', await api(c, 'GET', '/image/v2/info/stores/detail', { token: member.token }), 403);
    const detail = await api(c, 'GET', '/image/v2/info/stores/detail', { token: c.adminToken });
    ok('listImageStoresDetail', detail, 200);
    expect(detail.body.stores[0]).toMatchObject({ id: 'swift', type: 'swift', default: true, properties: { container: 'glance' } });
    const info = await api(c, 'GET', '/image/v2/info/import', { token: member.token });
    expect(info.body['import-methods'].value).toContain('copy-image');
  });

  it('stores an upload as an object of the service account, streams it back, deletes it with the image', async () => {
    const img = await create();
    const data = randomBytes(3_000_000);
    ok('uploadImageData', await put(c, member.token, `${img.id}/file`, data), 204);
    const shown = await show(img.id);
    expect(shown).toMatchObject({ status: 'active', size: data.length, stores: 'swift', checksum: createHash('md5').update(data).digest('hex') });
    expect(await inSwift(img.id)).toBe(data.length);
    expect(await inFile(img.id)).toBeNull();
    // The object's ETag is the data's MD5, like any Swift object.
    const row = await c.db.selectFrom('objects').innerJoin('object_containers', 'object_containers.id', 'objects.container_id')
      .select(['objects.etag', 'objects.bytes']).where('object_containers.project_id', '=', accountOf(c)).where('objects.name', '=', img.id).executeTakeFirstOrThrow();
    expect(row.etag).toBe(shown.checksum);
    // Download: the same bytes, whole and ranged, and through the agents' internal API.
    const dl = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token } });
    expect(dl.status).toBe(200);
    expect(Buffer.from(await dl.arrayBuffer()).equals(data)).toBe(true);
    const part = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token, range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(1000, 2000))).toBe(true);
    const r = await openImageData(c.ctx, img.id, { start: 5, end: 9 });
    const chunks: Buffer[] = [];
    for await (const ch of r.stream) chunks.push(ch as Buffer);
    expect(Buffer.concat(chunks).equals(data.subarray(5, 10))).toBe(true);
    // Users do not see the service account: not in their own account, and not theirs to read.
    const mine = await fetch(`${c.url}/object-store/v1/AUTH_${member.projectId}?format=json`, { headers: { 'x-auth-token': member.token } });
    expect(await mine.text()).not.toContain('glance');
    const theirs = await fetch(`${c.url}/object-store/v1/AUTH_${accountOf(c)}/glance/${img.id}`, { headers: { 'x-auth-token': member.token } });
    expect(theirs.status).toBe(403);
    await theirs.text();
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${img.id}`, { token: member.token }), 204);
    expect(await inSwift(img.id)).toBeNull();
  });

  it('honours X-Image-Meta-Store (400 for a store that is not enabled)', async () => {
    const img = await create();
    const data = randomBytes(10_000);
    ok('uploadImageData', await put(c, member.token, `${img.id}/file`, data, { 'x-image-meta-store': 'ceph' }), 400);
    ok('uploadImageData', await put(c, member.token, `${img.id}/file`, data, { 'x-image-meta-store': 'file' }), 204);
    expect(await show(img.id)).toMatchObject({ status: 'active', stores: 'file' });
    expect(await inFile(img.id)).toBe(data.length);
    expect(await inSwift(img.id)).toBeNull();
    const dl = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token } });
    expect(Buffer.from(await dl.arrayBuffer()).equals(data)).toBe(true);
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${img.id}`, { token: member.token }), 204);
    expect(await inFile(img.id)).toBeNull();
  });

  it('leaves no object and no data behind an upload cut mid-stream', async () => {
    const img = await create();
    const before = objectFiles(c).length;
    const status = await cutUpload(c, member.token, img.id, 300_000);
    expect(status).toBe('queued');
    expect(await inSwift(img.id)).toBeNull();
    expect(objectFiles(c).length).toBe(before);
    expect(objectFiles(c).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });

  it('imports staged data to all stores and to chosen ones', async () => {
    const data = randomBytes(50_000);
    const all = await create();
    expect((await put(c, member.token, `${all.id}/stage`, data)).status).toBe(204);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${all.id}/import`, { token: member.token, body: { method: { name: 'glance-direct' }, all_stores: true } }), 202);
    await imageService(c.ctx).imports.get(all.id);
    expect(await show(all.id)).toMatchObject({ status: 'active', stores: 'file,swift', os_glance_importing_to_stores: '', os_glance_failed_import: '' });
    expect(await inFile(all.id)).toBe(data.length);
    expect(await inSwift(all.id)).toBe(data.length);
    // Only to file: the staged copy (in the default store, swift) is moved there.
    const one = await create();
    expect((await put(c, member.token, `${one.id}/stage`, data)).status).toBe(204);
    expect(await inSwift(one.id)).toBe(data.length);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${one.id}/import`, { token: member.token, body: { method: { name: 'glance-direct' }, stores: ['file'] } }), 202);
    await imageService(c.ctx).imports.get(one.id);
    expect(await show(one.id)).toMatchObject({ status: 'active', stores: 'file' });
    expect(await inSwift(one.id)).toBeNull();
    // Bad requests: an unknown store, all_stores with stores.
    const bad = await create();
    expect((await put(c, member.token, `${bad.id}/stage`, data)).status).toBe(204);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${bad.id}/import`, { token: member.token, body: { method: { name: 'glance-direct' }, stores: ['nope'] } }), 400);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${bad.id}/import`, { token: member.token, body: { method: { name: 'glance-direct' }, stores: ['file'], all_stores: true } }), 400);
    // os_glance_* stay read-only.
    const patch = await api(c, 'PATCH', `/image/v2/images/${all.id}`, { token: member.token, headers: { 'content-type': 'application/openstack-images-v2.1-json-patch' }, body: [{ op: 'replace', path: '/os_glance_failed_import', value: 'x' }] });
    expect(patch.status).toBe(403);
    for (const id of [all.id, one.id, bad.id]) ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${id}`, { token: member.token }), 204);
    for (const id of [all.id, one.id, bad.id]) {
      expect(await inSwift(id)).toBeNull();
      expect(await inFile(id)).toBeNull();
    }
  });

  it('copies an image to more stores (copy-image, admin) and removes one copy', async () => {
    const img = await create();
    const data = randomBytes(20_000);
    ok('uploadImageData', await put(c, member.token, `${img.id}/file`, data), 204);
    const body = { method: { name: 'copy-image' }, all_stores: true, all_stores_must_succeed: false };
    ok('importImage', await api(c, 'POST', `/image/v2/images/${img.id}/import`, { token: member.token, body }), 403);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${img.id}/import`, { token: c.adminToken, body }), 202);
    await imageService(c.ctx).imports.get(img.id);
    expect(await show(img.id)).toMatchObject({ status: 'active', stores: 'file,swift', os_glance_importing_to_stores: '', os_glance_failed_import: '' });
    expect(await inFile(img.id)).toBe(data.length);
    ok('importImage', await api(c, 'POST', `/image/v2/images/${img.id}/import`, { token: c.adminToken, body: { method: { name: 'copy-image' }, stores: ['file'] } }), 409);

    ok('deleteImageFromStore', await api(c, 'DELETE', `/image/v2/stores/swift/${img.id}`, { token: member.token }), 403);
    ok('deleteImageFromStore', await api(c, 'DELETE', `/image/v2/stores/swift/${img.id}`, { token: c.adminToken }), 204);
    expect(await show(img.id)).toMatchObject({ stores: 'file' });
    expect(await inSwift(img.id)).toBeNull();
    const dl = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token } });
    expect(Buffer.from(await dl.arrayBuffer()).equals(data)).toBe(true);
    ok('deleteImageFromStore', await api(c, 'DELETE', `/image/v2/stores/swift/${img.id}`, { token: c.adminToken }), 404);
    ok('deleteImageFromStore', await api(c, 'DELETE', `/image/v2/stores/file/${img.id}`, { token: c.adminToken }), 403);
    ok('deleteImageFromStore', await api(c, 'DELETE', `/image/v2/stores/ceph/${img.id}`, { token: c.adminToken }), 409);
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${img.id}`, { token: member.token }), 204);
    expect(await inFile(img.id)).toBeNull();
  });
});

describe('migration 200 (image stores)', () => {
  it('marks the data of images uploaded before stores existed as file\'s', async () => {
    const h = openDb('sqlite::memory:');
    try {
      await migrateToLatest(h.db);
      // Back to before the migration, two images (one with data), then the migration again.
      await storesMigration.down(h.db as never);
      const now = new Date().toISOString();
      const base = { visibility: 'private', protected: 0, os_hidden: 0, checksum: null, os_hash_algo: null, os_hash_value: null, virtual_size: null, disk_format: 'raw', container_format: 'bare', min_disk: 0, min_ram: 0, owner: 'p', properties: '{}', tags: '[]', created_at: now, updated_at: now };
      const db = h.db as unknown as { insertInto: (t: string) => { values: (v: unknown) => { execute: () => Promise<unknown> } } };
      await db.insertInto('img_images').values({ ...base, id: 'a', name: 'a', status: 'active', size: 5 }).execute();
      await db.insertInto('img_images').values({ ...base, id: 'q', name: 'q', status: 'queued', size: null }).execute();
      await storesMigration.up(h.db as never);
      const rows = await h.db.selectFrom('img_images').select(['id', 'stores']).orderBy('id').execute();
      expect(rows).toEqual([{ id: 'a', stores: 'file' }, { id: 'q', stores: '' }]);
    } finally {
      await h.close();
    }
  });
});
