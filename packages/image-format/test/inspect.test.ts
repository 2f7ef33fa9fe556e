import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatError, HEADER_BYTES, StreamInspector, detectFormat, inspect, inspectFile } from '../src/index.js';

let dir: string;
const MiB = 1024 * 1024;
const path = (name: string): string => join(dir, name);
const file = (name: string): Buffer => readFileSync(path(name));
/**
 * Runs qemu-img. A LUKS create times its PBKDF with getrusage and fails now and then on this
 * VM ("Unable to get accurate CPU usage", about one run in six): it is tried up to 8 times.
 */
const qemuImg = (...args: string[]): void => {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('qemu-img', args, { stdio: 'ignore' });
      return;
    } catch (err) {
      if (attempt >= 8 || !args.includes('luks')) throw err;
    }
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oscloud-image-format-'));
  qemuImg('create', '-f', 'qcow2', path('base.qcow2'), '1M');
  qemuImg('create', '-f', 'qcow2', '-o', 'compat=0.10', path('v2.qcow2'), '1M');
  qemuImg('create', '-f', 'qcow2', '-b', path('base.qcow2'), '-F', 'qcow2', path('overlay.qcow2'));
  qemuImg('create', '-f', 'qcow2', '-o', `data_file=${path('data.raw')}`, path('external.qcow2'), '1M');
  qemuImg('create', '-f', 'vmdk', path('sparse.vmdk'), '1M');
  qemuImg('create', '-f', 'vmdk', '-o', 'subformat=streamOptimized', path('stream.vmdk'), '1M');
  qemuImg('create', '-f', 'vmdk', '-o', 'subformat=monolithicFlat', path('flat.vmdk'), '1M');
  qemuImg('create', '-f', 'qed', path('disk.qed'), '1M');
  qemuImg('create', '-f', 'vpc', path('disk.vhd'), '1M');
  qemuImg('create', '-f', 'vhdx', path('disk.vhdx'), '1M');
  qemuImg('create', '-f', 'vdi', path('disk.vdi'), '1M');
  qemuImg('create', '--object', 'secret,id=s0,data=hostile', '-f', 'luks', '-o', 'key-secret=s0,iter-time=10', path('disk.luks'), '1M');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Feeds `data` to a StreamInspector in odd-sized chunks, as an upload arrives. */
const streamed = (declared: string, data: Buffer): ReturnType<StreamInspector['finish']> => {
  const s = new StreamInspector(declared);
  for (let off = 0; off < data.length; off += 7000) s.update(data.subarray(off, off + 7000));
  return s.finish();
};

/** Replaces the embedded descriptor of a sparse VMDK (keeping its place and size). */
function withDescriptor(vmdk: Buffer, descriptor: string): Buffer {
  const out = Buffer.from(vmdk);
  const start = Number(out.readBigUInt64LE(28)) * 512;
  const size = Number(out.readBigUInt64LE(36)) * 512;
  expect(descriptor.length).toBeLessThanOrEqual(size);
  out.fill(0, start, start + size);
  out.write(descriptor, start, 'latin1');
  return out;
}

/** The embedded descriptor of a sparse VMDK, as text. */
const descriptorOf = (vmdk: Buffer): string => {
  const start = Number(vmdk.readBigUInt64LE(28)) * 512;
  return vmdk.toString('latin1', start, start + Number(vmdk.readBigUInt64LE(36)) * 512).replace(/\0+$/, '');
};

describe('qcow2', () => {
  it('accepts a self-contained qcow2 (v2 and v3) and reads its virtual size', () => {
    for (const name of ['base.qcow2', 'v2.qcow2']) {
      expect(detectFormat(file(name))).toBe('qcow2');
      expect(streamed('qcow2', file(name))).toEqual({ format: 'qcow2', virtualSize: MiB });
    }
  });

  it('refuses a qcow2 with a backing file', () => {
    expect(() => streamed('qcow2', file('overlay.qcow2'))).toThrow(/backing file/);
  });

  it('refuses a qcow2 with an external data file (feature bit or header extension)', () => {
    const data = file('external.qcow2');
    expect(() => streamed('qcow2', data)).toThrow(/external data file/);
    // Clear the feature bit: the DATA header extension alone is refused too.
    const noBit = Buffer.from(data);
    noBit.writeBigUInt64BE(noBit.readBigUInt64BE(72) & ~4n, 72);
    expect(() => streamed('qcow2', noBit)).toThrow(/external data file/);
  });

  it('refuses a qcow2 too small for its header', () => {
    const data = file('base.qcow2');
    expect(() => inspect(data.subarray(0, 60), 60, 'qcow2')).toThrow(/too short for its header/);
    expect(() => inspect(data.subarray(0, 90), 90, 'qcow2')).toThrow(/too short for its header/);
    // Declared raw, a truncated qcow2 header is refused all the same.
    expect(() => inspect(data.subarray(0, 60), 60, 'raw')).toThrow(FormatError);
  });

  it('refuses unknown incompatible features', () => {
    const data = Buffer.from(file('base.qcow2'));
    data.writeBigUInt64BE(1n << 40n, 72);
    expect(() => streamed('qcow2', data)).toThrow(/unknown incompatible features/);
  });
});

describe('vmdk', () => {
  it('accepts monolithicSparse and streamOptimized with their own sparse extent', () => {
    for (const name of ['sparse.vmdk', 'stream.vmdk']) {
      expect(detectFormat(file(name))).toBe('vmdk');
      expect(streamed('vmdk', file(name))).toEqual({ format: 'vmdk', virtualSize: MiB });
    }
  });

  it('refuses a VMDK descriptor file', () => {
    const desc = file('flat.vmdk');
    expect(desc.toString('latin1')).toMatch(/FLAT/);
    expect(detectFormat(desc)).toBe('vmdk');
    expect(() => streamed('vmdk', desc)).toThrow(/descriptor file/);
    // Found by its `version=` line (as qemu probes it) even without the signature comment.
    const bare = Buffer.from('\n# hostile\nversion=1\ncreateType="monolithicFlat"\nRW 2048 FLAT "/etc/shadow" 0\n');
    expect(detectFormat(bare)).toBe('vmdk');
    expect(() => streamed('raw', bare)).toThrow(FormatError);
  });

  it('refuses a sparse VMDK whose embedded descriptor names a FLAT extent on /etc/passwd', () => {
    const sparse = file('sparse.vmdk');
    const hostile = withDescriptor(sparse, descriptorOf(sparse).replace(/RW (\d+) SPARSE "[^"]*"/, 'RW $1 FLAT "/etc/passwd" 0'));
    expect(descriptorOf(hostile)).toMatch(/FLAT "\/etc\/passwd"/);
    expect(() => streamed('vmdk', hostile)).toThrow(/extent other than the file itself/);
  });

  it('refuses extents that are paths, extra extents, parents and other create types', () => {
    const sparse = file('sparse.vmdk');
    const desc = descriptorOf(sparse);
    const cases: [string, RegExp][] = [
      [desc.replace(/SPARSE "[^"]*"/, 'SPARSE "../other-image"'), /extent other than the file itself/],
      [desc.replace(/(RW \d+ SPARSE "[^"]*")/, '$1\nRW 2048 SPARSE "second.vmdk"'), /extent other than the file itself/],
      [desc.replace(/(createType=)/, 'parentFileNameHint="/var/lib/base.vmdk"\n$1'), /parent/],
      [desc.replace(/createType="[^"]*"/, 'createType="vmfs"'), /createType vmfs/],
      [desc.replace(/createType="[^"]*"\n/, ''), /createType \(none\)/],
    ];
    for (const [text, want] of cases) expect(() => streamed('vmdk', withDescriptor(sparse, text)), text).toThrow(want);
  });

  it('refuses an embedded descriptor beyond the first 64 KiB', () => {
    const sparse = file('sparse.vmdk');
    const desc = descriptorOf(sparse);
    const moved = Buffer.alloc(HEADER_BYTES + 64 * 1024);
    sparse.copy(moved, 0, 0, 512);
    moved.writeBigUInt64LE(BigInt(HEADER_BYTES / 512), 28); // descriptor at 64 KiB
    moved.write(desc, HEADER_BYTES, 'latin1');
    expect(() => streamed('vmdk', moved)).toThrow(/beyond the first 64 KiB/);
    // One straddling the boundary is refused too.
    moved.writeBigUInt64LE(BigInt(HEADER_BYTES / 512 - 1), 28);
    expect(() => streamed('vmdk', moved)).toThrow(/beyond the first 64 KiB/);
  });

  it('refuses a sparse VMDK without an embedded descriptor', () => {
    const data = Buffer.from(file('sparse.vmdk'));
    data.writeBigUInt64LE(0n, 28);
    expect(() => streamed('vmdk', data)).toThrow(/without an embedded descriptor/);
  });
});

describe('other formats', () => {
  it('detects QED, VHD, VHDX, VDI, LUKS and ISO by their magic', () => {
    expect(detectFormat(file('disk.qed'))).toBe('qed');
    expect(detectFormat(file('disk.vhd'))).toBe('vhd');
    expect(detectFormat(file('disk.vhdx'))).toBe('vhdx');
    expect(detectFormat(file('disk.vdi'))).toBe('vdi');
    expect(detectFormat(file('disk.luks'))).toBe('luks');
    const iso = Buffer.alloc(0x9000);
    iso.write('CD001', 0x8001, 'latin1');
    expect(detectFormat(iso)).toBe('iso');
    expect(detectFormat(Buffer.alloc(4096, 7))).toBe('raw');
  });

  it('accepts VHD, VHDX and VDI declared as themselves', () => {
    expect(streamed('vhd', file('disk.vhd')).format).toBe('vhd');
    expect(streamed('vhdx', file('disk.vhdx')).format).toBe('vhdx');
    expect(streamed('vdi', file('disk.vdi')).format).toBe('vdi');
  });

  it('refuses a differencing VHD', () => {
    const data = Buffer.from(file('disk.vhd'));
    data.writeUInt32BE(4, 60);
    expect(() => streamed('vhd', data)).toThrow(/differencing/);
  });

  it('refuses QED and LUKS whatever is declared', () => {
    for (const declared of ['raw', 'qcow2', 'qed', 'luks']) {
      expect(() => streamed(declared, file('disk.qed'))).toThrow(/QED/);
      expect(() => streamed(declared, file('disk.luks'))).toThrow(/LUKS/);
    }
  });

  it('refuses raw-declared content that is QED, VHD, VHDX, VDI, LUKS, qcow2 or VMDK', () => {
    for (const name of ['disk.qed', 'disk.vhd', 'disk.vhdx', 'disk.vdi', 'disk.luks', 'base.qcow2', 'sparse.vmdk', 'flat.vmdk']) {
      expect(() => streamed('raw', file(name)), name).toThrow(FormatError);
      expect(() => streamed('ami', file(name)), name).toThrow(FormatError);
    }
  });

  it('accepts an ISO as iso or raw (hybrid installer images), and refuses non-ISO data declared iso', () => {
    const iso = Buffer.alloc(0x9000);
    iso.write('CD001', 0x8001, 'latin1');
    expect(streamed('iso', iso)).toEqual({ format: 'iso', virtualSize: iso.length });
    expect(streamed('raw', iso).format).toBe('iso');
    expect(() => streamed('iso', Buffer.alloc(100))).toThrow(/ISO 9660/);
    expect(() => streamed('qcow2', iso)).toThrow(/iso but the image's disk_format is qcow2/);
  });

  it('refuses raw data declared as a container format, and accepts raw as raw with its size', () => {
    expect(() => streamed('qcow2', Buffer.alloc(4096, 1))).toThrow(/does not match/);
    expect(() => streamed('vmdk', Buffer.alloc(4096, 1))).toThrow(/does not match/);
    expect(streamed('raw', Buffer.from('hello world'))).toEqual({ format: 'raw', virtualSize: 11 });
  });
});

describe('StreamInspector and inspectFile', () => {
  it('refuses as soon as the first 64 KiB are in, before the rest arrives', () => {
    const s = new StreamInspector('raw');
    const data = file('base.qcow2');
    expect(data.length).toBeGreaterThan(HEADER_BYTES);
    expect(() => s.update(data.subarray(0, HEADER_BYTES))).toThrow(/qcow2 but the image's disk_format is raw/);
  });

  it('honours the allowed formats (the agent runs raw, iso and qcow2 only)', async () => {
    const allowed = new Set(['raw', 'qcow2', 'iso'] as const);
    expect(await inspectFile(path('base.qcow2'), 'qcow2', { allowed })).toEqual({ format: 'qcow2', virtualSize: MiB });
    await expect(inspectFile(path('sparse.vmdk'), 'vmdk', { allowed })).rejects.toThrow(/cannot use/);
    await expect(inspectFile(path('overlay.qcow2'), null, { allowed })).rejects.toThrow(/backing file/);
    writeFileSync(path('small.raw'), Buffer.alloc(1000, 3));
    expect(await inspectFile(path('small.raw'), undefined)).toEqual({ format: 'raw', virtualSize: 1000 });
  });
});
