/**
 * Disk format inspection before any qemu-img call touches an untrusted image: only raw and
 * self-contained qcow2 are accepted (no backing file, no external data file), and the bytes
 * must agree with the declared disk_format.
 */
import { open } from 'node:fs/promises';
import { InvalidError } from '../errors.js';

/** What the header says. */
export interface Inspection {
  format: 'qcow2' | 'raw';
  /** Declared virtual size for qcow2; file size for raw. */
  virtualSize: number;
}

const QCOW2_MAGIC = 0x514649fb;

/** Magics of formats we refuse to run (they could reference other files or need conversion). */
const REFUSED: { name: string; offset: number; magic: string }[] = [
  { name: 'vmdk', offset: 0, magic: 'KDMV' },
  { name: 'vmdk', offset: 0, magic: '# Disk DescriptorFile' },
  { name: 'vhdx', offset: 0, magic: 'vhdxfile' },
  { name: 'vpc', offset: 0, magic: 'conectix' },
  { name: 'vdi', offset: 64, magic: '\x7f\x10\xda\xbe' },
  { name: 'qed', offset: 0, magic: 'QED\0' },
  { name: 'luks', offset: 0, magic: 'LUKS\xba\xbe' },
];

/** Reads the header of `path` and classifies it; throws InvalidError for refused content. */
export async function inspectImage(path: string): Promise<Inspection> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const buf = Buffer.alloc(512);
    await fh.read(buf, 0, 512, 0);
    if (size >= 104 && buf.readUInt32BE(0) === QCOW2_MAGIC) {
      const version = buf.readUInt32BE(4);
      if (version !== 2 && version !== 3) throw new InvalidError(`qcow2 version ${version} is not supported`);
      if (buf.readBigUInt64BE(8) !== 0n) throw new InvalidError('qcow2 image has a backing file: refused');
      if (version === 3 && (buf.readBigUInt64BE(72) & 0b100n) !== 0n) throw new InvalidError('qcow2 image has an external data file: refused');
      return { format: 'qcow2', virtualSize: Number(buf.readBigUInt64BE(24)) };
    }
    for (const r of REFUSED) {
      if (buf.toString('latin1', r.offset, r.offset + r.magic.length) === r.magic) throw new InvalidError(`image format ${r.name} is not allowed`);
    }
    return { format: 'raw', virtualSize: size };
  } finally {
    await fh.close();
  }
}

/** Glance disk_format values that are plain bytes for us. */
const RAW_LIKE = new Set(['raw', 'ami', 'aki', 'ari', 'iso']);

/** Throws unless the inspected format agrees with Glance's declared disk_format. */
export function checkDeclaredFormat(declared: string | null | undefined, actual: Inspection['format']): void {
  if (!declared) return;
  const want = RAW_LIKE.has(declared) ? 'raw' : declared;
  if (want !== actual) throw new InvalidError(`image declared ${declared} but its content is ${actual}`);
}
