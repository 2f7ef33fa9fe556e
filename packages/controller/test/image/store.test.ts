import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_CHUNK_BYTES, LocalDirectoryStore } from '../../src/image/store.js';

const dir = mkdtempSync(join(tmpdir(), 'oscloud-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (s: NodeJS.ReadableStream): Promise<string> => {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(Buffer.from(c as Buffer));
  return Buffer.concat(parts).toString();
};

describe('LocalDirectoryStore', () => {
  const store = new LocalDirectoryStore(dir);
  it('commits atomically and reads ranges', async () => {
    const id = randomUUID();
    const w = await store.write(id);
    w.stream.write('hello ');
    w.stream.end('world');
    await new Promise((r) => w.stream.once('finish', r));
    expect(await store.size(id)).toBeNull(); // not visible before commit
    await w.commit();
    expect(await store.size(id)).toBe(11);
    expect(await collect((await store.read(id))!.stream)).toBe('hello world');
    expect(await collect((await store.read(id, { start: 6, end: 10 }))!.stream)).toBe('world');
    await store.delete(id);
    expect(await store.read(id)).toBeNull();
  });
  it('leaves nothing behind on abort', async () => {
    const id = randomUUID();
    const w = await store.write(id);
    w.stream.write('partial');
    await w.abort();
    expect(readdirSync(dir).filter((f) => f.includes(id))).toEqual([]);
    expect(() => store.path('../etc/passwd')).toThrow();
  });
  it('reads and buffers writes in FILE_CHUNK_BYTES pieces, not Node\'s 64 KiB / 16 KiB defaults', async () => {
    const id = randomUUID();
    const data = Buffer.alloc(2 * FILE_CHUNK_BYTES + 5, 7);
    const w = await store.write(id);
    expect(w.stream.writableHighWaterMark).toBe(FILE_CHUNK_BYTES);
    w.stream.end(data);
    await new Promise((r) => w.stream.once('finish', r));
    await w.commit();
    const sizes: number[] = [];
    for await (const c of (await store.read(id))!.stream) sizes.push((c as Buffer).length);
    expect(sizes).toEqual([FILE_CHUNK_BYTES, FILE_CHUNK_BYTES, 5]);
    await store.delete(id);
  });
});
