/**
 * Glance's cache API (/v2/cache) over the controller's local image cache (src/image/cache.ts):
 * admin only, queueing only active images, the copy checked against the image record, downloads
 * served from the cache (the store's file removed: the data still comes), clearing the cache or
 * the queue, removal with the image, and entries found again after a restart.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageCache } from '../../src/image/cache.js';
import { imageService } from '../../src/image/service.js';
import type { LocalDirectoryStore } from '../../src/image/store.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

function ok(op: string, res: { status: number; body: unknown }, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(checkResponse('image', op, res.status, res.body)).toBeNull();
}

describe.each(backends())('image cache on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  const svc = () => imageService(c.ctx);
  const cacheDir = () => svc().settings.cacheDir;
  const fileStore = () => svc().stores.get('file') as LocalDirectoryStore;

  beforeAll(async () => {
    c = await startTestController({ backend });
    member = await c.createProjectUser('member');
  });
  afterAll(async () => {
    await c?.close();
  });

  const image = async (data?: Buffer): Promise<string> => {
    const res = await api(c, 'POST', '/image/v2/images', { token: member.token, body: { name: 'cached', disk_format: 'raw', container_format: 'bare' } });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    if (data) {
      const up = await fetch(`${c.url}/image/v2/images/${id}/file`, { method: 'PUT', headers: { 'x-auth-token': member.token, 'content-type': 'application/octet-stream' }, body: data });
      expect(up.status).toBe(204);
    }
    return id;
  };
  const list = async () => {
    const res = await api(c, 'GET', '/image/v2/cache', { token: c.adminToken });
    ok('listImageCache', res, 200);
    return res.body as { cached_images: { image_id: string; hits: number; size: number; last_accessed: number; last_modified: number }[]; queued_images: string[] };
  };
  const download = async (id: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${c.url}/image/v2/images/${id}/file`, { headers: { 'x-auth-token': member.token, ...headers } });
    return { status: res.status, data: Buffer.from(await res.arrayBuffer()) };
  };

  it('is the admin\'s only', async () => {
    const id = await image(randomBytes(100));
    ok('listImageCache', await api(c, 'GET', '/image/v2/cache', { token: member.token }), 403);
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${id}`, { token: member.token }), 403);
    ok('deleteImageCache', await api(c, 'DELETE', `/image/v2/cache/${id}`, { token: member.token }), 403);
    ok('clearImageCache', await api(c, 'DELETE', '/image/v2/cache', { token: member.token }), 403);
    expect((await list()).queued_images).toEqual([]);
  });

  it('caches an active image and serves downloads from the cache', async () => {
    const data = randomBytes(70_000);
    const id = await image(data);
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${id}`, { token: c.adminToken }), 202);
    await svc().cache.idle();
    const entry = (await list()).cached_images.find((e) => e.image_id === id);
    expect(entry).toMatchObject({ image_id: id, size: data.length, hits: 0 });
    expect(entry!.last_modified).toBeGreaterThan(Date.now() / 1000 - 600);
    expect(existsSync(join(cacheDir(), id))).toBe(true);
    // The store's copy gone: downloads (whole and ranges) still come, from the cache.
    await fileStore().delete(id);
    const whole = await download(id);
    expect(whole.status).toBe(200);
    expect(whole.data.equals(data)).toBe(true);
    const part = await download(id, { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.data.equals(data.subarray(10, 20))).toBe(true);
    expect((await list()).cached_images.find((e) => e.image_id === id)?.hits).toBe(2);
    // Queueing it again changes nothing.
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${id}`, { token: c.adminToken }), 202);
    expect((await list()).queued_images).toEqual([]);
    // Removed from the cache: the file goes, and (the store's copy gone) there is no data left.
    ok('deleteImageCache', await api(c, 'DELETE', `/image/v2/cache/${id}`, { token: c.adminToken }), 204);
    expect(existsSync(join(cacheDir(), id))).toBe(false);
    expect((await list()).cached_images.map((e) => e.image_id)).not.toContain(id);
    expect((await download(id)).status).toBe(404);
  });

  it('refuses unknown and non-active images, and never caches data that differs from the record', async () => {
    ok('queueImageCache', await api(c, 'PUT', '/image/v2/cache/non-existing-image-id', { token: c.adminToken }), 404);
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${randomUUID()}`, { token: c.adminToken }), 404);
    ok('deleteImageCache', await api(c, 'DELETE', `/image/v2/cache/${randomUUID()}`, { token: c.adminToken }), 404);
    const queued = await image();
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${queued}`, { token: c.adminToken }), 400);
    // The stored data no longer matches the checksum: the copy is refused, nothing stays.
    const id = await image(randomBytes(5000));
    writeFileSync(fileStore().path(id), randomBytes(5000));
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${id}`, { token: c.adminToken }), 202);
    await svc().cache.idle();
    const state = await list();
    expect(state.cached_images.map((e) => e.image_id)).not.toContain(id);
    expect(state.queued_images).toEqual([]);
    expect(existsSync(join(cacheDir(), id))).toBe(false);
  });

  it('clears the cache, the queue or both (x-image-cache-clear-target), and 400 for another target', async () => {
    const a = await image(randomBytes(300));
    const b = await image(randomBytes(400));
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${a}`, { token: c.adminToken }), 202);
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${b}`, { token: c.adminToken }), 202);
    await svc().cache.idle();
    expect((await list()).cached_images.map((e) => e.image_id).sort()).toEqual([a, b].sort());
    ok('clearImageCache', await api(c, 'DELETE', '/image/v2/cache', { token: c.adminToken, headers: { 'x-image-cache-clear-target': 'invalid' } }), 400);
    ok('clearImageCache', await api(c, 'DELETE', '/image/v2/cache', { token: c.adminToken, headers: { 'x-image-cache-clear-target': 'queue' } }), 204);
    expect((await list()).cached_images).toHaveLength(2);
    ok('clearImageCache', await api(c, 'DELETE', '/image/v2/cache', { token: c.adminToken, headers: { 'x-image-cache-clear-target': 'cache' } }), 204);
    expect((await list()).cached_images).toEqual([]);
    expect(existsSync(join(cacheDir(), a))).toBe(false);
    ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${a}`, { token: c.adminToken }), 202);
    await svc().cache.idle();
    ok('clearImageCache', await api(c, 'DELETE', '/image/v2/cache', { token: c.adminToken }), 204);
    expect(await list()).toEqual({ cached_images: [], queued_images: [] });
  });

  it('drops the entry with the image, and finds its entries again after a restart', async () => {
    const gone = await image(randomBytes(200));
    const kept = await image(randomBytes(250));
    for (const id of [gone, kept]) ok('queueImageCache', await api(c, 'PUT', `/image/v2/cache/${id}`, { token: c.adminToken }), 202);
    await svc().cache.idle();
    expect((await api(c, 'DELETE', `/image/v2/images/${gone}`, { token: member.token })).status).toBe(204);
    expect(existsSync(join(cacheDir(), gone))).toBe(false);
    expect((await list()).cached_images.map((e) => e.image_id)).toEqual([kept]);
    // A leftover temporary file of an interrupted copy is dropped; whole files are entries.
    writeFileSync(join(cacheDir(), `.tmp-${kept}-x`), 'partial');
    const again = new ImageCache(cacheDir(), c.ctx.db, svc().stores, c.ctx.logger);
    expect(again.state().cached_images).toEqual([expect.objectContaining({ image_id: kept, size: 250, hits: 0 })]);
    expect(existsSync(join(cacheDir(), `.tmp-${kept}-x`))).toBe(false);
    await svc().cache.clear('both');
  });
});
