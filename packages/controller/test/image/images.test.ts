import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getImageForBoot, openImageData } from '../../src/image/internal.js';
import { imageService } from '../../src/image/service.js';
import { cutUpload } from './cut-upload.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

const PATCH = 'application/openstack-images-v2.1-json-patch';

/** Uploads raw bytes. */
async function upload(c: TestController, token: string, id: string, data: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${c.url}/image/v2/images/${id}/file`, {
    method: 'PUT',
    headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream', ...headers },
    body: data,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** Asserts the body matches the spec and returns it. */
function ok(op: string, res: { status: number; body: unknown }, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(checkResponse('image', op, res.status, res.body)).toBeNull();
}

describe.each(backends())('image service on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };
  let qdir: string;

  beforeAll(async () => {
    c = await startTestController({ backend, config: { services: { image: { image_count_total: 50 } } } });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
    qdir = mkdtempSync(join(tmpdir(), 'oscloud-img-'));
  });
  afterAll(async () => {
    await c?.close();
    rmSync(qdir, { recursive: true, force: true });
  });

  const create = async (body: Record<string, unknown>, token = member.token) => {
    const res = await api(c, 'POST', '/image/v2/images', { token, body });
    ok('createImage', res, 201);
    return res.body as Record<string, unknown> & { id: string };
  };

  it('serves the version documents', async () => {
    const r = await api(c, 'GET', '/image/');
    ok('listImageApiVersions', r, 300);
    ok('listImageApiVersionsExplicit', await api(c, 'GET', '/image/versions'), 200);
    // Glance without multiple stores answers the store discovery with 404 (clients expect it).
    ok('listImageStores', await api(c, 'GET', '/image/v2/info/stores', { token: member.token }), 404);
  });

  it('uploads and downloads with checksum, sha512 and Range', async () => {
    const img = await create({ name: 'blob', disk_format: 'raw', container_format: 'bare', hw_disk_bus: 'virtio', tags: ['a'] });
    expect(img).toMatchObject({ status: 'queued', visibility: 'shared', owner: member.projectId, hw_disk_bus: 'virtio' });
    const data = randomBytes(2_500_000); // above the 1 MiB JSON body limit
    const up = await upload(c, member.token, img.id, data);
    ok('uploadImageData', up, 204);
    const shown = await api(c, 'GET', `/image/v2/images/${img.id}`, { token: member.token });
    ok('showImage', shown, 200);
    expect(shown.body).toMatchObject({
      status: 'active',
      size: data.length,
      virtual_size: data.length,
      checksum: createHash('md5').update(data).digest('hex'),
      os_hash_algo: 'sha512',
      os_hash_value: createHash('sha512').update(data).digest('hex'),
    });
    const dl = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token } });
    ok('downloadImageData', { status: dl.status, body: undefined }, 200);
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
    expect(dl.headers.get('content-md5')).toBe(shown.body.checksum);
    expect(Buffer.from(await dl.arrayBuffer()).equals(data)).toBe(true);
    const part = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token, range: 'bytes=100-199' } });
    ok('downloadImageData', { status: part.status, body: undefined }, 206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${data.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(data.subarray(100, 200))).toBe(true);
    // Invalid and multi-range headers are ignored: the whole image (RFC 9110).
    for (const range of ['bytes=0-1,5-6', 'bytes=abc', 'lines=1-2', 'bytes=9-2']) {
      const whole = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token, range } });
      expect(whole.status, range).toBe(200);
      expect(whole.headers.get('content-range'), range).toBeNull();
      expect(Buffer.from(await whole.arrayBuffer()).equals(data), range).toBe(true);
    }
    const suffix = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token, range: 'bytes=-10' } });
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer()).equals(data.subarray(data.length - 10))).toBe(true);
    const bad = await fetch(`${c.url}/image/v2/images/${img.id}/file`, { headers: { 'x-auth-token': member.token, range: `bytes=${data.length}-` } });
    expect(bad.status).toBe(416);
    await bad.text();
    // A second upload is a conflict.
    const again = await upload(c, member.token, img.id, data);
    expect(again.status).toBe(409);
    expect(checkResponse('image', 'uploadImageData', again.status, again.body)).toBeNull();
    // Internal API.
    const boot = await getImageForBoot(c.db, img.id, member.projectId);
    expect(boot).toMatchObject({ id: img.id, disk_format: 'raw', size: data.length, properties: { hw_disk_bus: 'virtio' } });
    await expect(getImageForBoot(c.db, img.id, other.projectId)).rejects.toMatchObject({ status: 404 });
    const r = await openImageData(c.ctx, img.id, { start: 10, end: 19 });
    const chunks: Buffer[] = [];
    for await (const ch of r.stream) chunks.push(ch as Buffer);
    expect(Buffer.concat(chunks).equals(data.subarray(10, 20))).toBe(true);
    expect(r).toMatchObject({ size: data.length, start: 10, end: 19 });
  });

  it('puts an upload cut mid-stream back to queued (as Glance) and leaves no file', async () => {
    const img = await create({ name: 'cut', disk_format: 'raw', container_format: 'bare' });
    const status = await cutUpload(c, member.token, img.id, 200_000);
    expect(status).toBe('queued');
    const dir = imageService(c.ctx).settings.storeDir;
    expect(readdirSync(dir).filter((f) => f.includes(img.id))).toEqual([]);
    const dl = await api(c, 'GET', `/image/v2/images/${img.id}/file`, { token: member.token });
    expect(dl.status).toBe(204);
  });

  it('refuses a qcow2 with a backing file (back to queued) and accepts a plain qcow2', async () => {
    execFileSync('qemu-img', ['create', '-f', 'qcow2', join(qdir, 'base.qcow2'), '1M'], { stdio: 'ignore' });
    execFileSync('qemu-img', ['create', '-f', 'qcow2', '-b', join(qdir, 'base.qcow2'), '-F', 'qcow2', join(qdir, 'x.qcow2')], { stdio: 'ignore' });
    const bad = await create({ name: 'overlay', disk_format: 'qcow2', container_format: 'bare' });
    const res = await upload(c, member.token, bad.id, readFileSync(join(qdir, 'x.qcow2')));
    expect(res.status).toBe(400);
    expect(checkResponse('image', 'uploadImageData', res.status, res.body)).toBeNull();
    expect(String(res.body?.message)).toMatch(/backing file/);
    expect((await api(c, 'GET', `/image/v2/images/${bad.id}`, { token: member.token })).body.status).toBe('queued');
    expect(readdirSync(imageService(c.ctx).settings.storeDir).filter((f) => f.includes(bad.id))).toEqual([]);

    const good = await create({ name: 'base', disk_format: 'qcow2', container_format: 'bare' });
    expect((await upload(c, member.token, good.id, readFileSync(join(qdir, 'base.qcow2')))).status).toBe(204);
    const shown = await api(c, 'GET', `/image/v2/images/${good.id}`, { token: member.token });
    expect(shown.body).toMatchObject({ status: 'active', virtual_size: 1024 * 1024 });

    const mismatch = await create({ name: 'liar', disk_format: 'raw', container_format: 'bare' });
    const m = await upload(c, member.token, mismatch.id, readFileSync(join(qdir, 'base.qcow2')));
    expect(m.status).toBe(400);
    expect(String(m.body?.message)).toMatch(/disk_format/);
  });

  it('requires formats before upload and checks the declared size', async () => {
    const img = await create({ name: 'noformat' });
    const r = await upload(c, member.token, img.id, Buffer.from('abc'));
    expect(r.status).toBe(400);
    expect((await api(c, 'GET', `/image/v2/images/${img.id}`, { token: member.token })).body.status).toBe('queued');
    const img2 = await create({ name: 'sized', disk_format: 'raw', container_format: 'bare' });
    const r2 = await upload(c, member.token, img2.id, Buffer.from('abc'), { 'x-openstack-image-size': '5' });
    expect(r2.status).toBe(400);
    const wrongType = await fetch(`${c.url}/image/v2/images/${img2.id}/file`, {
      method: 'PUT', headers: { 'x-auth-token': member.token, 'content-type': 'text/plain' }, body: 'x',
    });
    expect(wrongType.status).toBe(415);
    expect(checkResponse('image', 'uploadImageData', 415, await wrongType.json())).toBeNull();
  });

  it('applies JSON patches like Glance', async () => {
    const img = await create({ name: 'p', disk_format: 'raw', container_format: 'bare', foo: 'bar' });
    const patch = (ops: unknown, token = member.token) =>
      api(c, 'PATCH', `/image/v2/images/${img.id}`, { token, rawBody: JSON.stringify(ops), headers: { 'content-type': PATCH } });
    const r = await patch([
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'add', path: '/os_distro', value: 'debian' },
      { op: 'remove', path: '/foo' },
      { op: 'add', path: '/tags', value: ['t1', 't2'] },
      { op: 'replace', path: '/min_disk', value: 2 },
    ]);
    ok('updateImage', r, 200);
    expect(r.body).toMatchObject({ name: 'renamed', os_distro: 'debian', tags: ['t1', 't2'], min_disk: 2 });
    expect(r.body.foo).toBeUndefined();
    ok('updateImage', await patch([{ op: 'replace', path: '/status', value: 'active' }]), 403);
    ok('updateImage', await patch([{ op: 'replace', path: '/missing', value: 'x' }]), 409);
    ok('updateImage', await patch([{ op: 'replace', path: '/visibility', value: 'public' }]), 403);
    ok('updateImage', await patch([{ op: 'bogus', path: '/name', value: 'x' }]), 400);
    ok('updateImage', await patch({ not: 'a list' }), 400);
    const badJson = await api(c, 'PATCH', `/image/v2/images/${img.id}`, { token: member.token, rawBody: '[{', headers: { 'content-type': PATCH } });
    ok('updateImage', badJson, 400);
    const wrongCt = await api(c, 'PATCH', `/image/v2/images/${img.id}`, { token: member.token, body: [] });
    ok('updateImage', wrongCt, 415);
    ok('updateImage', await patch([{ op: 'replace', path: '/name', value: 'x' }], other.token), 404);
    const admin = await patch([{ op: 'replace', path: '/visibility', value: 'public' }], c.adminToken);
    ok('updateImage', admin, 200);
    // Public now: the other project sees it but cannot change it.
    ok('showImage', await api(c, 'GET', `/image/v2/images/${img.id}`, { token: other.token }), 200);
    ok('updateImage', await patch([{ op: 'replace', path: '/name', value: 'x' }], other.token), 403);
    // Tags.
    ok('addImageTag', await api(c, 'PUT', `/image/v2/images/${img.id}/tags/t3`, { token: member.token }), 204);
    ok('deleteImageTag', await api(c, 'DELETE', `/image/v2/images/${img.id}/tags/t1`, { token: member.token }), 204);
    ok('deleteImageTag', await api(c, 'DELETE', `/image/v2/images/${img.id}/tags/nope`, { token: member.token }), 404);
    expect((await api(c, 'GET', `/image/v2/images/${img.id}`, { token: member.token })).body.tags).toEqual(['t2', 't3']);
  });

  it('accepts the older v2.0 patch dialect (operation as the key), as Glance and Tempest do', async () => {
    const img = await create({ name: 'v20', disk_format: 'raw', container_format: 'bare', foo: 'bar' });
    const v20 = (ops: unknown) =>
      api(c, 'PATCH', `/image/v2/images/${img.id}`, {
        token: member.token,
        rawBody: JSON.stringify(ops),
        headers: { 'content-type': 'application/openstack-images-v2.0-json-patch' },
      });
    const r = await v20([{ replace: '/name', value: 'renamed-v20' }, { add: '/os_distro', value: 'debian' }, { remove: '/foo' }]);
    ok('updateImage', r, 200);
    expect(r.body).toMatchObject({ name: 'renamed-v20', os_distro: 'debian' });
    expect(r.body.foo).toBeUndefined();
    ok('updateImage', await v20([{ replace: '/name', remove: '/foo' }]), 400);
    ok('updateImage', await v20([{ op: 'replace', path: '/name', value: 'x' }]), 400);
  });

  it('refuses to delete a protected image, then deletes it', async () => {
    const img = await create({ name: 'prot', protected: true, disk_format: 'raw', container_format: 'bare' });
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${img.id}`, { token: member.token }), 403);
    await api(c, 'PATCH', `/image/v2/images/${img.id}`, { token: member.token, rawBody: JSON.stringify([{ op: 'replace', path: '/protected', value: false }]), headers: { 'content-type': PATCH } });
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${img.id}`, { token: member.token }), 204);
    ok('showImage', await api(c, 'GET', `/image/v2/images/${img.id}`, { token: member.token }), 404);
    // An empty id (GET /v2/images/) is not the list.
    ok('listImages', await api(c, 'GET', '/image/v2/images/', { token: member.token }), 404);
  });

  it('validates create bodies and ids', async () => {
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { status: 'active' } }), 403);
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { disk_format: 'floppy' } }), 400);
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { custom: 5 } }), 400);
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { id: 'not-a-uuid' } }), 400);
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { visibility: 'public' } }), 403);
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, rawBody: '{bad', headers: { 'content-type': 'application/json' } }), 400);
    const id = randomUUID();
    await create({ id, name: 'fixed' });
    ok('createImage', await api(c, 'POST', '/image/v2/images', { token: member.token, body: { id } }), 409);
    ok('showImage', await api(c, 'GET', '/image/v2/images/nope', { token: member.token }), 404);
    ok('showImage', await api(c, 'GET', `/image/v2/images/${randomUUID()}`, { token: member.token }), 404);
    ok('showImage', await api(c, 'GET', `/image/v2/images/${id}`, { token: other.token }), 404);
    ok('showImage', await api(c, 'GET', `/image/v2/images/${id}`), 401);
    ok('deleteImage', await api(c, 'DELETE', `/image/v2/images/${randomUUID()}`, { token: member.token }), 404);
  });

  it('lists with filters, sorting and next links', async () => {
    const proj = await c.createProjectUser('member');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create({ name: `L${i}`, disk_format: 'raw', container_format: 'bare', kind: i % 2 ? 'odd' : 'even' }, proj.token)).id);
    const first = await api(c, 'GET', `/image/v2/images?limit=2&sort=name:asc&owner=${proj.projectId}`, { token: proj.token });
    ok('listImages', first, 200);
    expect(first.body.images.map((i: { name: string }) => i.name)).toEqual(['L0', 'L1']);
    expect(first.body.next).toMatch(/marker=/);
    const second = await api(c, 'GET', `/image${first.body.next}`, { token: proj.token });
    expect(second.body.images.map((i: { name: string }) => i.name)).toEqual(['L2', 'L3']);
    const third = await api(c, 'GET', `/image${second.body.next}`, { token: proj.token });
    expect(third.body.images.map((i: { name: string }) => i.name)).toEqual(['L4']);
    expect(third.body.next).toBeUndefined();
    // size is an exact match on the data size (queued images have none).
    expect((await upload(c, proj.token, ids[0]!, Buffer.from('abc'))).status).toBe(204);
    const bySize = await api(c, 'GET', `/image/v2/images?size=3&owner=${proj.projectId}`, { token: proj.token });
    ok('listImages', bySize, 200);
    expect(bySize.body.images.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const odd = await api(c, 'GET', '/image/v2/images?kind=odd', { token: proj.token });
    expect(odd.body.images.length).toBe(2);
    const inNames = await api(c, 'GET', '/image/v2/images?name=in:L1,L3&status=queued', { token: proj.token });
    expect(inNames.body.images.length).toBe(2);
    const since = await api(c, 'GET', `/image/v2/images?created_at=gte:2000-01-01T00:00:00Z&owner=${proj.projectId}`, { token: proj.token });
    expect(since.body.images.length).toBe(5);
    ok('listImages', await api(c, 'GET', '/image/v2/images?sort_key=bogus', { token: proj.token }), 400);
    ok('listImages', await api(c, 'GET', `/image/v2/images?marker=${randomUUID()}`, { token: proj.token }), 400);
    ok('listImages', await api(c, 'GET', '/image/v2/images?limit=-1', { token: proj.token }), 400);
    ok('listImages', await api(c, 'GET', '/image/v2/images?created_at=gt:yesterday', { token: proj.token }), 400);
    // Another project does not list them.
    const others = await api(c, 'GET', '/image/v2/images', { token: other.token });
    expect(others.body.images.filter((i: { id: string }) => ids.includes(i.id))).toEqual([]);
  });

  it('shares images with members', async () => {
    const img = await create({ name: 'shared', disk_format: 'raw', container_format: 'bare' });
    const m = await api(c, 'POST', `/image/v2/images/${img.id}/members`, { token: member.token, body: { member: other.projectId } });
    ok('createImageMember', m, 200);
    expect(m.body.status).toBe('pending');
    ok('createImageMember', await api(c, 'POST', `/image/v2/images/${img.id}/members`, { token: member.token, body: { member: other.projectId } }), 409);
    ok('createImageMember', await api(c, 'POST', `/image/v2/images/${img.id}/members`, { token: member.token, body: {} }), 400);
    // Pending: visible by id, not in the default list.
    ok('showImage', await api(c, 'GET', `/image/v2/images/${img.id}`, { token: other.token }), 200);
    const listed = async () => (await api(c, 'GET', '/image/v2/images', { token: other.token })).body.images.some((i: { id: string }) => i.id === img.id);
    expect(await listed()).toBe(false);
    ok('updateImageMember', await api(c, 'PUT', `/image/v2/images/${img.id}/members/${other.projectId}`, { token: member.token, body: { status: 'accepted' } }), 403);
    const acc = await api(c, 'PUT', `/image/v2/images/${img.id}/members/${other.projectId}`, { token: other.token, body: { status: 'accepted' } });
    ok('updateImageMember', acc, 200);
    expect(await listed()).toBe(true);
    ok('listImageMembers', await api(c, 'GET', `/image/v2/images/${img.id}/members`, { token: member.token }), 200);
    ok('showImageMember', await api(c, 'GET', `/image/v2/images/${img.id}/members/${other.projectId}`, { token: other.token }), 200);
    ok('deleteImageMember', await api(c, 'DELETE', `/image/v2/images/${img.id}/members/${other.projectId}`, { token: member.token }), 204);
    ok('showImage', await api(c, 'GET', `/image/v2/images/${img.id}`, { token: other.token }), 404);
    const priv = await create({ name: 'private', visibility: 'private' });
    ok('createImageMember', await api(c, 'POST', `/image/v2/images/${priv.id}/members`, { token: member.token, body: { member: other.projectId } }), 403);
  });

  it('deactivates and reactivates (owner or admin)', async () => {
    const img = await create({ name: 'd', disk_format: 'raw', container_format: 'bare' });
    expect((await upload(c, member.token, img.id, Buffer.from('data'))).status).toBe(204);
    // Another project neither sees the private image nor may (de)activate it.
    ok('deactivateImage', await api(c, 'POST', `/image/v2/images/${img.id}/actions/deactivate`, { token: other.token }), 404);
    ok('deactivateImage', await api(c, 'POST', `/image/v2/images/${img.id}/actions/deactivate`, { token: member.token }), 204);
    ok('reactivateImage', await api(c, 'POST', `/image/v2/images/${img.id}/actions/reactivate`, { token: member.token }), 204);
    ok('deactivateImage', await api(c, 'POST', `/image/v2/images/${img.id}/actions/deactivate`, { token: c.adminToken }), 204);
    ok('downloadImageData', await api(c, 'GET', `/image/v2/images/${img.id}/file`, { token: member.token }), 403);
    await expect(getImageForBoot(c.db, img.id, member.projectId)).rejects.toMatchObject({ status: 409 });
    ok('reactivateImage', await api(c, 'POST', `/image/v2/images/${img.id}/actions/reactivate`, { token: c.adminToken }), 204);
    const dl = await api(c, 'GET', `/image/v2/images/${img.id}/file`, { token: member.token });
    expect(dl.status).toBe(200);
    expect(dl.text).toBe('data');
  });

  it('serves schemas and discovery', async () => {
    for (const [path, op] of [['image', 'showImageSchema'], ['images', 'showImagesSchema'], ['member', 'showImageMemberSchema'], ['members', 'showImageMembersSchema']]) {
      ok(op!, await api(c, 'GET', `/image/v2/schemas/${path}`, { token: member.token }), 200);
    }
    ok('showImageImportInfo', await api(c, 'GET', '/image/v2/info/import', { token: member.token }), 200);
    ok('listImageStores', await api(c, 'GET', '/image/v2/info/stores', { token: member.token }), 404);
  });

  it('enforces the image count and size quotas', async () => {
    const small = await startTestController({ backend, config: { services: { image: { image_count_total: 2, image_size_total: 1 } } } });
    try {
      const p = await small.createProjectUser('member');
      const mk = () => api(small, 'POST', '/image/v2/images', { token: p.token, body: { disk_format: 'raw', container_format: 'bare' } });
      const a = await mk();
      expect(a.status).toBe(201);
      expect((await mk()).status).toBe(201);
      const third = await mk();
      ok('createImage', third, 413);
      const big = await upload(small, p.token, a.body.id, randomBytes(2 * 1024 * 1024));
      expect(big.status).toBe(413);
      expect((await api(small, 'GET', `/image/v2/images/${a.body.id}`, { token: p.token })).body.status).toBe('queued');
    } finally {
      await small.close();
    }
  });
});
