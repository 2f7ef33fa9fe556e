/**
 * The object store's data path: a cut upload leaves nothing visible and nothing behind;
 * concurrent overwrites of one object end with one writer's whole data (never a mix), the
 * replaced data removed; readers during the overwrites each see one whole version.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestController, type TestController } from '../helpers.js';

const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');

/** Polls `check` until it returns true (generous: a loaded 2-core machine). */
async function eventually(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(backends())('object data path on %s', (backend) => {
  let c: TestController;
  let token: string;
  let acct: string;
  let storeDir: string;
  const call = async (method: string, path: string, body?: Buffer): Promise<{ status: number; headers: Headers; bytes: Buffer }> => {
    const res = await fetch(`${c.url}/object-store${acct}${path}`, { method, headers: { 'x-auth-token': token }, body });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  beforeAll(async () => {
    c = await startTestController({ backend });
    const m = await c.createProjectUser('member');
    token = m.token;
    acct = `/v1/AUTH_${m.projectId}`;
    storeDir = join(c.config.dataDir, 'objects');
  }, 60_000);
  afterAll(async () => {
    await c?.close();
  });

  it('a cut upload leaves the old object whole and no file behind', async () => {
    expect((await call('PUT', '/cut')).status).toBe(201);
    const old = Buffer.alloc(100_000, 'o');
    expect((await call('PUT', '/cut/obj', old)).status).toBe(201);
    const filesBefore = readdirSync(storeDir).sort();
    // Announce 4 MiB, send 1 MiB, then drop the connection.
    const u = new URL(c.url);
    await new Promise<void>((resolve, reject) => {
      const sock = connect(Number(u.port), u.hostname, () => {
        sock.write(`PUT /object-store${acct}/cut/obj HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${token}\r\nContent-Length: ${4 * 1024 * 1024}\r\n\r\n`);
        sock.write(Buffer.alloc(1024 * 1024, 'n'), () => {
          sock.destroy();
          resolve();
        });
      });
      sock.on('error', reject);
    });
    const fresh = Buffer.alloc(10, 'f');
    // The same for a new name: nothing may appear under it.
    await new Promise<void>((resolve, reject) => {
      const sock = connect(Number(u.port), u.hostname, () => {
        sock.write(`PUT /object-store${acct}/cut/new HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${token}\r\nTransfer-Encoding: chunked\r\n\r\n`);
        sock.write(`${(512 * 1024).toString(16)}\r\n`);
        sock.write(Buffer.alloc(512 * 1024, 'n'), () => {
          sock.destroy();
          resolve();
        });
      });
      sock.on('error', reject);
    });
    // Once the server has noticed, no temporary file is left and the listing is unchanged.
    await eventually(() => readdirSync(storeDir).every((f) => !f.startsWith('.tmp-')));
    expect(readdirSync(storeDir).sort()).toEqual(filesBefore);
    const got = await call('GET', '/cut/obj');
    expect(got.status).toBe(200);
    expect(got.bytes.equals(old)).toBe(true);
    expect((await call('HEAD', '/cut/new')).status).toBe(404);
    const list = await call('GET', '/cut');
    expect(list.bytes.toString()).toBe('obj\n');
    // The service still works after it.
    expect((await call('PUT', '/cut/new', fresh)).status).toBe(201);
    for (const p of ['/cut/obj', '/cut/new', '/cut']) expect((await call('DELETE', p)).status).toBe(204);
    expect(readdirSync(storeDir)).toEqual([]);
  }, 60_000);

  it('concurrent overwrites: the last writer wins whole, readers see whole versions, replaced data is removed', async () => {
    expect((await call('PUT', '/race')).status).toBe(201);
    const size = 2 * 1024 * 1024;
    const versions = Array.from({ length: 8 }, (_, i) => Buffer.alloc(size, 0x41 + i));
    const sums = new Set(versions.map(md5));
    await call('PUT', '/race/o', versions[0]);
    const reads: Promise<{ status: number; bytes: Buffer }>[] = [];
    const writes = versions.map(async (v, i) => {
      if (i % 2 === 0) reads.push(call('GET', '/race/o'));
      return call('PUT', '/race/o', v);
    });
    const results = await Promise.all(writes);
    expect(results.map((r) => r.status)).toEqual(versions.map(() => 201));
    for (const r of await Promise.all(reads)) {
      expect(r.status).toBe(200);
      expect(r.bytes.length).toBe(size);
      // One version, whole: every byte the same and the sum one of the uploads'.
      expect(sums.has(md5(r.bytes))).toBe(true);
    }
    const final = await call('GET', '/race/o');
    expect(final.bytes.length).toBe(size);
    expect(sums.has(md5(final.bytes))).toBe(true);
    expect(final.headers.get('etag')).toBe(md5(final.bytes));
    // One data file remains; the container counts one object of `size` bytes.
    expect(readdirSync(storeDir).filter((f) => !f.startsWith('.tmp-'))).toHaveLength(1);
    const head = await call('HEAD', '/race');
    expect(head.headers.get('x-container-object-count')).toBe('1');
    expect(head.headers.get('x-container-bytes-used')).toBe(String(size));
    expect((await call('DELETE', '/race/o')).status).toBe(204);
    expect((await call('DELETE', '/race')).status).toBe(204);
    expect(readdirSync(storeDir)).toEqual([]);
  }, 60_000);
});
