import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatError, ImageInspector, detectFormat, inspect as inspectHead } from '../../src/image/format.js';

let dir: string;
const qemuImg = (...args: string[]): void => {
  execFileSync('qemu-img', args, { stdio: 'ignore' });
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oscloud-fmt-'));
  qemuImg('create', '-f', 'qcow2', join(dir, 'base.qcow2'), '1M');
  qemuImg('create', '-f', 'qcow2', '-b', join(dir, 'base.qcow2'), '-F', 'qcow2', join(dir, 'overlay.qcow2'));
  qemuImg('create', '-f', 'qcow2', '-o', `data_file=${join(dir, 'data.raw')}`, join(dir, 'external.qcow2'), '1M');
  qemuImg('create', '-f', 'vmdk', join(dir, 'disk.vmdk'), '1M');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inspect = (declared: string, data: Buffer): ReturnType<ImageInspector['finish']> => {
  const i = new ImageInspector(declared);
  for (let off = 0; off < data.length; off += 7000) i.update(data.subarray(off, off + 7000));
  return i.finish();
};

describe('image format inspection', () => {
  it('recognises qcow2 and reads its virtual size', () => {
    const data = readFileSync(join(dir, 'base.qcow2'));
    expect(detectFormat(data)).toBe('qcow2');
    const r = inspect('qcow2', data);
    expect(r.format).toBe('qcow2');
    expect(r.virtualSize).toBe(1024 * 1024);
    expect(r.size).toBe(data.length);
  });

  it('refuses a qcow2 with a backing file', () => {
    const data = readFileSync(join(dir, 'overlay.qcow2'));
    expect(() => inspect('qcow2', data)).toThrow(/backing file/);
  });

  it('refuses a qcow2 with an external data file', () => {
    const data = readFileSync(join(dir, 'external.qcow2'));
    expect(() => inspect('qcow2', data)).toThrow(/external data file/);
  });

  it('refuses qcow2 data declared raw, and raw data declared qcow2', () => {
    expect(() => inspect('raw', readFileSync(join(dir, 'base.qcow2')))).toThrow(FormatError);
    expect(() => inspect('qcow2', Buffer.alloc(4096, 1))).toThrow(/does not match/);
  });

  it('accepts raw data as raw with hashes', () => {
    const r = inspect('raw', Buffer.from('hello world'));
    expect(r.md5).toBe('5eb63bbbe01eeed093cb22bb8f5acdc3');
    expect(r.sha512).toMatch(/^309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f/);
    expect(r.virtualSize).toBe(11);
  });

  it('recognises vmdk (monolithicSparse) and iso', () => {
    const vmdk = readFileSync(join(dir, 'disk.vmdk'));
    expect(detectFormat(vmdk)).toBe('vmdk');
    expect(inspect('vmdk', vmdk).virtualSize).toBe(1024 * 1024);
    expect(() => inspect('vmdk', Buffer.from('# Disk DescriptorFile\nRW 2048 FLAT "/etc/shadow" 0\n'))).toThrow(/descriptor/);
    const iso = Buffer.alloc(0x9000);
    iso.write('CD001', 0x8001, 'latin1');
    expect(detectFormat(iso)).toBe('iso');
    expect(inspectHead(iso, iso.length, 'iso').format).toBe('iso');
    expect(() => inspectHead(Buffer.alloc(100), 100, 'iso')).toThrow(/ISO/);
  });
});
