/**
 * Issue 22, finding 2: refused image uploads crashed the controller. Dozens of uploads the
 * format check refuses (a qcow2 naming a backing file, a VMDK descriptor, data too small for
 * its declared qcow2) made the abort path destroy a file stream with a write in flight, whose
 * ERR_STREAM_DESTROYED had no listener: an uncaught exception that killed the process.
 * Here 60 of each kind in a row must each be answered 4xx in Glance's shape, put the image
 * back to `queued` (as Glance's upload does on failure), leave no temporary file, raise no
 * uncaught error, and leave the controller answering.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageService } from '../../src/image/service.js';
import { api, backends, startTestController, type TestController } from '../helpers.js';
import { glanceErrorProblem, refusedUploads, send } from '../hostile-bodies.js';

const ROUNDS = 60;

describe.each(backends())('refused image uploads in a row (%s)', (backend) => {
  let c: TestController;
  let member: { token: string };
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown): void => {
    uncaught.push(err);
  };

  beforeAll(async () => {
    // Vitest reports uncaught errors too; recording them here also fails the test itself.
    process.on('uncaughtException', onUncaught);
    c = await startTestController({ backend });
    member = await c.createProjectUser('member');
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await c?.close();
  });

  const createImage = async (diskFormat: string): Promise<string> => {
    const r = await api(c, 'POST', '/image/v2/images', { token: member.token, body: { name: 'hostile', disk_format: diskFormat, container_format: 'bare' } });
    expect(r.status, r.text).toBe(201);
    return r.body.id as string;
  };
  // Small pieces, as over a network: refusals then land while earlier chunks are being written.
  const upload = (id: string, data: Buffer, chunkSize?: number) =>
    send(c.url, 'PUT', `/image/v2/images/${id}/file`, { 'x-auth-token': member.token, 'content-type': 'application/octet-stream' }, data, chunkSize);

  it(`answers ${ROUNDS} refused uploads of each kind with 4xx, keeps the image queued, leaves no file and keeps answering`, async () => {
    const storeDir = imageService(c.ctx).settings.storeDir;
    const problems: string[] = [];
    const ids: string[] = [];
    for (const { kind, diskFormat, data } of refusedUploads()) {
      for (let i = 0; i < ROUNDS; i++) {
        const id = await createImage(diskFormat);
        ids.push(id);
        const res = await upload(id, data, i % 2 === 0 ? 4096 : undefined);
        if (res.status < 400 || res.status >= 500) problems.push(`${kind} #${i}: ${res.status} ${res.text.slice(0, 200)}`);
        const shape = glanceErrorProblem(res.status, res.body);
        if (shape) problems.push(`${kind} #${i}: not Glance's error shape: ${shape}`);
        if (!res.headers['x-openstack-request-id']) problems.push(`${kind} #${i}: no request id`);
        const shown = await api(c, 'GET', `/image/v2/images/${id}`, { token: member.token });
        if (shown.body?.status !== 'queued') problems.push(`${kind} #${i}: image status ${String(shown.body?.status)}, not queued`);
      }
      expect(problems, kind).toEqual([]);
      expect(uncaught.map((e) => String(e)), `uncaught errors after ${kind}`).toEqual([]);
    }
    // Nothing left behind: no temporary file, no data file of a refused image.
    const left = readdirSync(storeDir).filter((f) => f.startsWith('.tmp-') || ids.some((id) => f.includes(id)));
    expect(left).toEqual([]);
    // Still answering, and a refused image takes good data afterwards (it is queued again).
    expect((await api(c, 'GET', '/image/v2/images', { token: member.token })).status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'hostile-streams-'));
    let qcow2: Buffer;
    try {
      execFileSync('qemu-img', ['create', '-f', 'qcow2', join(dir, 'ok.qcow2'), '1M'], { stdio: 'ignore' });
      qcow2 = readFileSync(join(dir, 'ok.qcow2'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const good = await upload(ids[0]!, qcow2);
    expect(good.status, good.text).toBe(204);
    expect((await api(c, 'GET', `/image/v2/images/${ids[0]}`, { token: member.token })).body).toMatchObject({ status: 'active', size: qcow2.length });
    expect(uncaught.map((e) => String(e))).toEqual([]);
  }, 240_000);
});
