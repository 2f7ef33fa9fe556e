import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWebDownloadUri } from '../../src/image/import.js';
import { imageService } from '../../src/image/service.js';
import { api, backends, checkResponse, startTestController, type TestController } from '../helpers.js';

/** Asserts the status and that the body matches the spec. */
function ok(op: string, res: { status: number; body: unknown }, status: number): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(checkResponse('image', op, res.status, res.body)).toBeNull();
}

async function stage(c: TestController, token: string, id: string, data: Buffer) {
  const res = await fetch(`${c.url}/image/v2/images/${id}/stage`, { method: 'PUT', headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream' }, body: data });
  const text = await res.text();
  const out = { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  expect(checkResponse('image', 'stageImageData', out.status, out.body)).toBeNull();
  return out;
}

describe('web-download URI filter', () => {
  it('takes http(s) URLs of allowed hosts only', () => {
    expect(checkWebDownloadUri('http://127.0.0.1:8080/x', ['127.0.0.1']).port).toBe('8080');
    expect(checkWebDownloadUri('https://[::1]/x', ['::1']).hostname).toBe('[::1]');
    for (const bad of ['http://localhost/x', 'file:///etc/passwd', 'ftp://127.0.0.1/x', 'http://u:p@127.0.0.1/x', 'not a url', 'http://127.0.0.2/x']) {
      expect(() => checkWebDownloadUri(bad, ['127.0.0.1']), bad).toThrow(/web-download/);
    }
    expect(() => checkWebDownloadUri('http://127.0.0.1/x', []), 'empty allowlist').toThrow(/not allowed/);
  });
});

describe.each(backends())('image import on %s', (backend) => {
  let c: TestController;
  let member: { token: string; projectId: string };
  let other: { token: string; projectId: string };
  let server: Server;
  let base: string;
  const payload = Buffer.from('web-download payload '.repeat(100));

  beforeAll(async () => {
    // A loopback HTTP server: the only place web-download may fetch from here.
    server = createServer((req, res) => {
      if (req.url === '/image.raw') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(payload.length) });
        res.end(payload);
      } else if (req.url === '/redirect') {
        res.writeHead(302, { location: 'http://example.com/' });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    c = await startTestController({ backend, config: { services: { image: { web_download_allowed_hosts: ['127.0.0.1'] } } } });
    member = await c.createProjectUser('member');
    other = await c.createProjectUser('member');
  });
  afterAll(async () => {
    await c?.close();
    await new Promise((r) => server?.close(r));
  });

  const create = async (body: Record<string, unknown> = { disk_format: 'raw', container_format: 'bare' }) => {
    const res = await api(c, 'POST', '/image/v2/images', { token: member.token, body });
    ok('createImage', res, 201);
    return res.body as { id: string };
  };
  const show = async (id: string) => (await api(c, 'GET', `/image/v2/images/${id}`, { token: member.token })).body as Record<string, unknown>;
  const importReq = (id: string, body: unknown, token = member.token) => api(c, 'POST', `/image/v2/images/${id}/import`, { token, body });

  it('advertises glance-direct, web-download and glance-download', async () => {
    const info = await api(c, 'GET', '/image/v2/info/import', { token: member.token });
    ok('showImageImportInfo', info, 200);
    expect((info.body as { 'import-methods': { value: string[] } })['import-methods'].value).toEqual(['glance-direct', 'web-download', 'glance-download']);
  });

  it('stages then imports with glance-direct, recording a task', async () => {
    const img = await create();
    const data = Buffer.from('staged bytes');
    ok('importImage', await importReq(img.id, { method: { name: 'glance-direct' } }), 409);
    expect((await stage(c, other.token, img.id, data)).status).toBe(404);
    expect((await stage(c, member.token, img.id, data)).status).toBe(204);
    const staged = await show(img.id);
    expect(staged).toMatchObject({ status: 'uploading', size: null, checksum: null });
    expect((await stage(c, member.token, img.id, data)).status).toBe(409);
    ok('importImage', await importReq(img.id, { method: { name: 'glance-direct' } }, other.token), 404);
    ok('importImage', await importReq(img.id, { method: { name: 'copy-image' } }), 400);
    ok('importImage', await importReq(img.id, { method: { name: 'glance-direct' }, stores: ['fast'] }), 400);
    ok('importImage', await importReq(img.id, { method: {} }), 400);
    const res = await importReq(img.id, { method: { name: 'glance-direct' }, all_stores: true });
    ok('importImage', res, 202);
    expect(await show(img.id)).toMatchObject({ status: 'active', size: data.length, checksum: createHash('md5').update(data).digest('hex') });
    const dl = await api(c, 'GET', `/image/v2/images/${img.id}/file`, { token: member.token });
    expect(dl.text).toBe('staged bytes');
    const tasks = await api(c, 'GET', `/image/v2/images/${img.id}/tasks`, { token: member.token });
    ok('listImageTasks', tasks, 200);
    const list = (tasks.body as { tasks: Array<Record<string, unknown>> }).tasks;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ type: 'api_image_import', status: 'success', request_id: res.headers.get('x-openstack-request-id'), input: { import_req: { method: { name: 'glance-direct' } } } });
    // Nothing left to import.
    ok('importImage', await importReq(img.id, { method: { name: 'glance-direct' } }), 409);
  });

  it('refuses staged data that is not the declared format, back to queued', async () => {
    const img = await create({ disk_format: 'qcow2', container_format: 'bare' });
    const r = await stage(c, member.token, img.id, Buffer.from('not a qcow2 at all'));
    expect(r.status).toBe(400);
    expect(await show(img.id)).toMatchObject({ status: 'queued' });
  });

  it('web-downloads from an allowed host only', async () => {
    const img = await create();
    for (const uri of ['http://localhost/image.raw', 'file:///etc/passwd', 'http://192.0.2.1/image.raw']) {
      ok('importImage', await importReq(img.id, { method: { name: 'web-download', uri } }), 400);
    }
    expect(await show(img.id)).toMatchObject({ status: 'queued' });
    ok('importImage', await importReq(img.id, { method: { name: 'web-download', uri: `${base}/image.raw` } }), 202);
    await imageService(c.ctx).imports.get(img.id);
    expect(await show(img.id)).toMatchObject({ status: 'active', size: payload.length });
    const tasks = (await api(c, 'GET', `/image/v2/images/${img.id}/tasks`, { token: member.token })).body as { tasks: Array<{ status: string }> };
    expect(tasks.tasks.map((t) => t.status)).toEqual(['success']);
  });

  it('a failed web-download leaves the image queued with a failed task; redirects are not followed', async () => {
    for (const path of ['/missing', '/redirect']) {
      const img = await create();
      ok('importImage', await importReq(img.id, { method: { name: 'web-download', uri: `${base}${path}` } }), 202);
      await imageService(c.ctx).imports.get(img.id);
      expect(await show(img.id)).toMatchObject({ status: 'queued', size: null });
      const tasks = (await api(c, 'GET', `/image/v2/images/${img.id}/tasks`, { token: member.token })).body as { tasks: Array<{ status: string; message: string }> };
      expect(tasks.tasks).toMatchObject([{ status: 'failure', message: expect.stringMatching(/HTTP (404|302)/) }]);
    }
  });

  it('glance-downloads an image of this cloud: data, formats and the hardware properties', async () => {
    const src = await create({ disk_format: 'raw', container_format: 'bare', hw_cpu_cores: '5', os_distro: 'rhel', speed: '88mph' });
    expect((await stage(c, member.token, src.id, Buffer.from('source data'))).status).toBe(204);
    ok('importImage', await importReq(src.id, { method: { name: 'glance-direct' } }), 202);
    const dst = await create({ disk_format: 'iso', container_format: 'ovf', hw_cpu_cores: '1', os_distro: 'windows' });
    const params = (id: string, region = 'RegionOne', iface = 'public') => ({ method: { name: 'glance-download', glance_image_id: id, glance_region: region, glance_service_interface: iface } });
    ok('importImage', await importReq(dst.id, params('foo')), 400);
    ok('importImage', await importReq(dst.id, params(src.id)), 202);
    await imageService(c.ctx).imports.get(dst.id);
    const got = await show(dst.id);
    expect(got).toMatchObject({ status: 'active', disk_format: 'raw', container_format: 'bare', hw_cpu_cores: '5', os_distro: 'rhel', size: 11 });
    expect(got.speed).toBeUndefined();

    // A region without an image endpoint, a missing source, another project's private image:
    // the task fails and the image stays queued with its own properties.
    const other2 = await api(c, 'POST', '/image/v2/images', { token: other.token, body: { disk_format: 'raw', container_format: 'bare' } });
    for (const p of [params(src.id, 'not a region', 'not an interface'), params('36d4b546-64a2-4bb9-bdd0-ba676aa48f2c'), params((other2.body as { id: string }).id)]) {
      const img = await create({ disk_format: 'raw', container_format: 'bare', hw_cpu_cores: '1' });
      ok('importImage', await importReq(img.id, p), 202);
      await imageService(c.ctx).imports.get(img.id);
      expect(await show(img.id)).toMatchObject({ status: 'queued', hw_cpu_cores: '1' });
      const tasks = (await api(c, 'GET', `/image/v2/images/${img.id}/tasks`, { token: member.token })).body as { tasks: Array<{ status: string }> };
      expect(tasks.tasks.map((t) => t.status)).toEqual(['failure']);
    }
  });
});
