/**
 * Streaming inspection of uploaded image data: hashes (md5 + sha512), size, and the disk
 * format recognised from magic numbers in the first bytes. qcow2 images that point to a
 * backing file or an external data file are refused (they would make qemu read host files),
 * and the data must match the declared `disk_format` (a qcow2 declared `raw` is refused).
 * @see https://docs.openstack.org/glance/latest/admin/image-format-inspection.html (idea only)
 */
import { createHash, type Hash } from 'node:crypto';

/** Formats the inspector recognises by their magic numbers. */
export type DetectedFormat = 'raw' | 'qcow2' | 'vmdk' | 'vhdx' | 'vdi' | 'iso';

/** Bytes kept from the start of the data for inspection (ISO's descriptor is at 32769). */
export const HEADER_BYTES = 64 * 1024;

/** The result of inspecting a complete upload. */
export interface InspectionResult {
  size: number;
  md5: string;
  sha512: string;
  format: DetectedFormat;
  /** Virtual disk size in bytes when the format records it (raw/iso: the data size). */
  virtualSize: number | null;
}

/** A refused upload: the message is shown to the client. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

const QCOW2_MAGIC = 0x514649fb; // 'QFI\xfb'
const QCOW2_INCOMPAT_DATA_FILE = 1n << 2n;
const QCOW2_EXT_DATA_FILE = 0x44415441; // 'DATA'
const VMDK_MAGIC = 0x564d444b; // 'KDMV' read little-endian
const VDI_SIGNATURE = 0xbeda107f;
/** VMDK create types that carry all their data in the one file. */
const VMDK_SAFE_TYPES = new Set(['monolithicSparse', 'streamOptimized']);

/** Recognises the format of `head` (the first bytes of the data); `complete` means head is the whole file. */
export function detectFormat(head: Buffer): DetectedFormat {
  if (head.length >= 4 && head.readUInt32BE(0) === QCOW2_MAGIC) return 'qcow2';
  if (head.length >= 4 && head.readUInt32LE(0) === VMDK_MAGIC) return 'vmdk';
  if (head.length >= 21 && head.subarray(0, 21).toString('latin1') === '# Disk DescriptorFile') return 'vmdk';
  if (head.length >= 8 && head.subarray(0, 8).toString('latin1') === 'vhdxfile') return 'vhdx';
  if (head.length >= 0x44 && head.readUInt32LE(0x40) === VDI_SIGNATURE) return 'vdi';
  if (head.length >= 0x8006 && head.subarray(0x8001, 0x8006).toString('latin1') === 'CD001') return 'iso';
  return 'raw';
}

/** Checks a qcow2 header: no backing file, no external data file. Returns the virtual size. */
export function checkQcow2(head: Buffer): number {
  if (head.length < 72) throw new FormatError('Image data is not a valid qcow2 image: header truncated');
  const version = head.readUInt32BE(4);
  if (version !== 2 && version !== 3) throw new FormatError(`Image data is a qcow2 image of unsupported version ${version}`);
  const backingOffset = head.readBigUInt64BE(8);
  if (backingOffset !== 0n) throw new FormatError('Image data is a qcow2 image with a backing file, which is not allowed');
  const virtualSize = Number(head.readBigUInt64BE(24));
  if (version === 3) {
    if (head.length < 104) throw new FormatError('Image data is not a valid qcow2 image: header truncated');
    const incompatible = head.readBigUInt64BE(72);
    if (incompatible & QCOW2_INCOMPAT_DATA_FILE) {
      throw new FormatError('Image data is a qcow2 image with an external data file, which is not allowed');
    }
    // Header extensions follow the header (header_length at offset 100).
    let off = head.readUInt32BE(100);
    while (off + 8 <= head.length) {
      const type = head.readUInt32BE(off);
      const len = head.readUInt32BE(off + 4);
      if (type === 0) break;
      if (type === QCOW2_EXT_DATA_FILE) {
        throw new FormatError('Image data is a qcow2 image with an external data file, which is not allowed');
      }
      off += 8 + Math.ceil(len / 8) * 8;
    }
  }
  return virtualSize;
}

/** Checks a VMDK: only single-file sparse images (monolithicSparse, streamOptimized). Returns the virtual size. */
export function checkVmdk(head: Buffer): number | null {
  if (head.readUInt32LE(0) !== VMDK_MAGIC) {
    throw new FormatError('Image data is a VMDK descriptor file, which may reference other files and is not allowed');
  }
  if (head.length < 44) throw new FormatError('Image data is not a valid VMDK image: header truncated');
  const capacity = Number(head.readBigUInt64LE(12)) * 512;
  const descOffset = Number(head.readBigUInt64LE(28)) * 512;
  const descSize = Number(head.readBigUInt64LE(36)) * 512;
  if (descOffset > 0 && descOffset < head.length) {
    const text = head.subarray(descOffset, Math.min(head.length, descOffset + descSize)).toString('latin1');
    const m = /createType\s*=\s*"([^"]*)"/.exec(text);
    if (m && !VMDK_SAFE_TYPES.has(m[1]!)) throw new FormatError(`Image data is a VMDK of createType ${m[1]}, which is not allowed`);
  }
  return capacity;
}

/** The disk formats that can be told apart by their content; the others are only checked not to be one of these. */
const CONTAINER_FORMATS: ReadonlySet<string> = new Set(['qcow2', 'vmdk', 'vhdx', 'vdi']);

/**
 * Verifies the data (given by its head and detected format) against the declared disk format.
 * Returns the virtual size (null when unknown).
 */
export function verifyFormat(declared: string, head: Buffer, size: number): { format: DetectedFormat; virtualSize: number | null } {
  const format = detectFormat(head);
  if (format === 'qcow2') {
    if (declared !== 'qcow2') throw new FormatError(`Image data is qcow2 but the image's disk_format is ${declared}`);
    return { format, virtualSize: checkQcow2(head) };
  }
  if (format === 'vmdk') {
    if (declared !== 'vmdk') throw new FormatError(`Image data is vmdk but the image's disk_format is ${declared}`);
    return { format, virtualSize: checkVmdk(head) };
  }
  if (CONTAINER_FORMATS.has(format)) {
    if (declared !== format) throw new FormatError(`Image data is ${format} but the image's disk_format is ${declared}`);
    return { format, virtualSize: null };
  }
  if (CONTAINER_FORMATS.has(declared)) {
    throw new FormatError(`Image data does not match the image's disk_format ${declared}`);
  }
  if (declared === 'iso' && format !== 'iso') throw new FormatError("Image data is not an ISO 9660 image but the image's disk_format is iso");
  return { format, virtualSize: declared === 'raw' || declared === 'iso' ? size : null };
}

/**
 * Accumulates hashes, size and the head of a stream. Feed it with `update()`; `checkEarly()`
 * refuses bad qcow2/vmdk headers as soon as enough bytes arrived, so a refused upload stops early.
 */
export class ImageInspector {
  private readonly md5: Hash = createHash('md5');
  private readonly sha512: Hash = createHash('sha512');
  private readonly headChunks: Buffer[] = [];
  private headLen = 0;
  private checked = false;
  /** Bytes seen so far. */
  size = 0;

  constructor(private readonly declared: string) {}

  /** Adds a chunk; throws FormatError as soon as the header proves the data unacceptable. */
  update(chunk: Buffer): void {
    this.md5.update(chunk);
    this.sha512.update(chunk);
    this.size += chunk.length;
    if (this.headLen < HEADER_BYTES) {
      const take = chunk.subarray(0, HEADER_BYTES - this.headLen);
      this.headChunks.push(take);
      this.headLen += take.length;
      if (!this.checked && this.headLen >= HEADER_BYTES) {
        this.checked = true;
        verifyFormat(this.declared, this.head(), this.size);
      }
    }
  }

  /** The first bytes of the data (up to HEADER_BYTES). */
  head(): Buffer {
    if (this.headChunks.length > 1) this.headChunks.splice(0, this.headChunks.length, Buffer.concat(this.headChunks));
    return this.headChunks[0] ?? Buffer.alloc(0);
  }

  /** Finishes the inspection of the complete data; throws FormatError when refused. */
  finish(): InspectionResult {
    const { format, virtualSize } = verifyFormat(this.declared, this.head(), this.size);
    return { size: this.size, md5: this.md5.digest('hex'), sha512: this.sha512.digest('hex'), format, virtualSize };
  }
}
