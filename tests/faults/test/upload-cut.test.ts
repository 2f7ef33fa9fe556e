/**
 * Issue 9, fault 4: an image upload cut mid-stream. The client sends half the bytes of a
 * PUT /v2/images/{id}/file and then destroys the connection: the image must end `queued` (Glance
 * restores a failed upload so it can be retried) and no partial file may stay in the
 * controller's image store (<data-dir>/images).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cloud, until } from './cloud.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('image upload cut mid-stream', () => {
  const cloud = new Cloud();
  beforeAll(async () => {
    await cloud.start({ agent: false });
  });
  afterAll(async () => {
    await cloud.stop();
  });

  it('leaves the image queued and no partial file in the image store', async () => {
    const created = await cloud.api('image', 'POST', '/v2/images', { name: 'cut', disk_format: 'raw', container_format: 'bare' });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const total = 8 * 1024 * 1024;
    const url = new URL(`${cloud.endpoints.image}/v2/images/${id}/file`);
    const token = cloud.token;
    const store = join(cloud.controllerDir, 'images');
    const outcome = await new Promise<string>((resolve) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { 'x-auth-token': token, 'content-type': 'application/octet-stream', 'content-length': String(total) } },
        (res) => resolve(`response ${res.statusCode}`),
      );
      req.on('error', (err) => resolve(`error ${err.message}`));
      const chunk = Buffer.alloc(256 * 1024, 7);
      let sent = 0;
      const pump = (): void => {
        while (sent < total / 2) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        // Half sent: wait until the controller has started writing, then cut the connection.
        setTimeout(() => req.destroy(new Error('cut by the test')), 500);
      };
      pump();
    });
    expect(outcome).not.toMatch(/response 2\d\d/);
    const image = await until('the image to be queued again', async () => (await cloud.api('image', 'GET', `/v2/images/${id}`)).body, (b) => b?.status === 'queued', 15_000);
    expect(image.status).toBe('queued');
    // No partial data left behind (give the controller a moment to clean up).
    const left = await until('the partial file to be removed', async () => filesUnder(store).filter((f) => f.includes(id) || /\.(part|tmp)/.test(f)), (l) => l.length === 0, 10_000).catch(() => filesUnder(store));
    expect(left, `files left in ${store}`).toEqual([]);
    expect(filesUnder(store).filter((f) => statSync(f).size > 0 && f.includes(id))).toEqual([]);
  });
});
