import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDirectoryStore } from '../../src/image/store.js';

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
});
