/**
 * Issue 22 (make hostile input harmless), finding 5: image data that would make qemu read a
 * host file is refused on upload by the shared inspector (@oscloud/image-format), whatever
 * the format trick: a sparse VMDK whose embedded descriptor names a FLAT extent on
 * /etc/passwd, a descriptor past the first 64 KiB, QED/VHD/LUKS content declared raw.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestController, type TestController } from '../helpers.js';
import { errorShapeProblem, rawRequest } from './common.js';

describe('hostile image data (sqlite)', () => {
  let c: TestController;
  let a: { token: string; projectId: string; userId: string };
  let dir: string;

  beforeAll(async () => {
    c = await startTestController({ backend: 'sqlite' });
    a = await c.createProjectUser('member');
    dir = mkdtempSync(join(tmpdir(), 'hostile-image-'));
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A refused upload leaves the image without data: never active. (Glance restores it to
   * `queued`; whether this controller says queued or killed is image/routes.ts's business.)
   */
  function expectNoData(after: Record<string, unknown>): void {
    expect(after.status).not.toBe('active');
    expect(after).toMatchObject({ size: null, checksum: null });
  }

  /** Creates an image declared `diskFormat`, uploads `data`, and returns the upload's response and the image afterwards. */
  async function upload(diskFormat: string, data: Buffer): Promise<{ up: Awaited<ReturnType<typeof rawRequest>>; after: Record<string, unknown> }> {
    const img = await api(c, 'POST', '/image/v2/images', { token: a.token, body: { name: `hostile-${diskFormat}`, disk_format: diskFormat, container_format: 'bare' } });
    expect(img.status, img.text).toBe(201);
    const up = await rawRequest(c.url, 'PUT', `/image/v2/images/${img.body.id}/file`, { headers: { 'x-auth-token': a.token, 'content-type': 'application/octet-stream' }, body: data });
    const after = (await api(c, 'GET', `/image/v2/images/${img.body.id}`, { token: a.token })).body;
    return { up, after };
  }

  /** A qemu-made monolithicSparse VMDK whose embedded descriptor is rewritten by `edit`. */
  function sparseVmdk(edit: (descriptor: string) => string): Buffer {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.vmdk`);
    execFileSync('qemu-img', ['create', '-f', 'vmdk', file, '1M'], { stdio: 'ignore' });
    const data = readFileSync(file);
    const start = Number(data.readBigUInt64LE(28)) * 512;
    const size = Number(data.readBigUInt64LE(36)) * 512;
    const next = edit(data.toString('latin1', start, start + size).replace(/\0+$/, ''));
    expect(next.length).toBeLessThanOrEqual(size);
    data.fill(0, start, start + size);
    data.write(next, start, 'latin1');
    return data;
  }

  it('finding 5: a sparse VMDK whose embedded descriptor names a FLAT extent on /etc/passwd is refused (400, the image gets no data)', async () => {
    const evil = sparseVmdk((d) => d.replace(/RW (\d+) SPARSE "[^"]*"/, 'RW $1 FLAT "/etc/passwd" 0'));
    expect(evil.toString('latin1')).toContain('FLAT "/etc/passwd"');
    const { up, after } = await upload('vmdk', evil);
    expect(up.status, up.text).toBe(400);
    expect(errorShapeProblem('image', up.status, up.body)).toBeNull();
    expect(up.text).toMatch(/extent other than the file itself/);
    expectNoData(after);
    // The same VMDK with its own sparse extent is a fine image.
    const good = await upload('vmdk', sparseVmdk((d) => d));
    expect(good.up.status, good.up.text).toBe(204);
    expect(good.after).toMatchObject({ status: 'active', virtual_size: 1024 * 1024 });
  });

  it('finding 5: a sparse VMDK whose descriptor lies past the first 64 KiB is refused', async () => {
    const base = sparseVmdk((d) => d);
    const desc = base.toString('latin1', 512, 512 + 20 * 512).replace(/\0+$/, '');
    const data = Buffer.alloc(256 * 1024);
    base.copy(data, 0, 0, 512);
    data.writeBigUInt64LE(256n, 28); // descriptor at 128 KiB
    data.write(desc, 128 * 1024, 'latin1');
    const { up, after } = await upload('vmdk', data);
    expect(up.status, up.text).toBe(400);
    expect(up.text).toMatch(/beyond the first 64 KiB/);
    expectNoData(after);
  });

  it('finding 5: QED, VHD and LUKS content declared raw is refused', async () => {
    const make = (fmt: string, ...extra: string[]): Buffer => {
      const file = join(dir, `disk.${fmt}`);
      const args = ['create', ...extra, '-f', fmt, ...(fmt === 'luks' ? ['-o', 'key-secret=s0,iter-time=10'] : []), file, '1M'];
      // A LUKS create times its PBKDF with getrusage and fails now and then on this VM ("Unable
      // to get accurate CPU usage", about one run in six): tried up to 8 times.
      for (let attempt = 1; ; attempt++) {
        try {
          execFileSync('qemu-img', args, { stdio: 'ignore' });
          break;
        } catch (err) {
          if (attempt >= 8 || fmt !== 'luks') throw err;
        }
      }
      return readFileSync(file);
    };
    for (const data of [make('qed'), make('vpc'), make('luks', '--object', 'secret,id=s0,data=x')]) {
      const { up, after } = await upload('raw', data);
      expect(up.status, up.text).toBe(400);
      expect(errorShapeProblem('image', up.status, up.body)).toBeNull();
      expectNoData(after);
    }
  });
});
