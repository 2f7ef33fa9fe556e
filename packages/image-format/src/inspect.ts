/**
 * Disk image format inspection: which format the bytes are, whether that format is safe to
 * hand to QEMU (no reference to any other file), and whether it agrees with the declared
 * Glance `disk_format`. It reads only the first {@link HEADER_BYTES} of the data, so the
 * controller can run it on a stream while an upload arrives and the agent on a file header.
 *
 * Refused, whatever is declared:
 * - qcow2 with a backing file, an external data file, unknown incompatible features, or a
 *   header the data is too short for;
 * - VMDK descriptor files (text naming extents), and sparse VMDKs unless their embedded
 *   descriptor lies in the first 64 KiB, is of createType monolithicSparse or streamOptimized,
 *   names exactly one SPARSE extent that is a bare file name, and has no parent;
 * - differencing VHDs (parent locators), QED (no service runs it) and LUKS (needs a key);
 * - any of those formats' content declared as another format, e.g. `raw`.
 * @see https://docs.openstack.org/glance/latest/admin/image-format-inspection.html (idea only)
 */

/** Formats recognised by their content, named as Glance's `disk_format` where Glance has one (`vhd` is qemu's vpc). */
export type DiskFormat = 'raw' | 'qcow2' | 'vmdk' | 'vhd' | 'vhdx' | 'vdi' | 'qed' | 'luks' | 'iso';

/** Bytes of the data inspected (the ISO 9660 volume descriptor is at 32769; VMDK descriptors must end within it). */
export const HEADER_BYTES = 64 * 1024;

/** What inspection found. */
export interface Inspection {
  format: DiskFormat;
  /** Virtual disk size in bytes when the format records it in its header (raw/iso: the data size). */
  virtualSize: number | null;
}

/** Refused data: the message says why and can be shown to the client. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Options of {@link inspect}. */
export interface InspectOptions {
  /** Formats the caller can use; anything else is refused even when declared (the agent runs raw and qcow2 only). */
  allowed?: ReadonlySet<DiskFormat>;
}

const QCOW2_MAGIC = 0x514649fb; // 'QFI\xfb'
/** qcow2 incompatible feature bits qemu knows: dirty, corrupt, external data file, compression type, extended L2. */
const QCOW2_KNOWN_INCOMPAT = 0x1fn;
const QCOW2_INCOMPAT_DATA_FILE = 1n << 2n;
const QCOW2_EXT_END = 0;
const QCOW2_EXT_DATA_FILE = 0x44415441; // 'DATA'
const QCOW2_V2_HEADER = 72;
const QCOW2_V3_HEADER = 104;

const VMDK_MAGIC = 0x564d444b; // 'KDMV' read little-endian
const VMDK_SPARSE_HEADER = 77;
const VMDK_DESCRIPTOR_SIGNATURE = '# Disk DescriptorFile';
/** VMDK create types whose data is in the one file. */
const VMDK_SELF_CONTAINED = new Set(['monolithicSparse', 'streamOptimized']);

const VHD_COOKIE = 'conectix';
/** VHD disk types: 2 fixed, 3 dynamic; 4 (differencing) names a parent file. */
const VHD_SELF_CONTAINED = new Set([2, 3]);
const VHD_FOOTER = 512;

const VDI_SIGNATURE = 0xbeda107f;
const QED_MAGIC = 'QED\0';
const LUKS_MAGIC = 'LUKS\xba\xbe';
const ISO_SIGNATURE_OFFSET = 0x8001;

/** Glance disk formats that are plain bytes. */
const RAW_DECLARED: ReadonlySet<string> = new Set(['raw', 'ami', 'aki', 'ari']);

const text = (head: Buffer, offset: number, length: number): string => (head.length >= offset + length ? head.toString('latin1', offset, offset + length) : '');

/**
 * Whether `head` is a VMDK descriptor in text. Like qemu's probe: skipping blank and comment
 * lines, the first line is `version=N`; or the file starts with the descriptor's signature.
 */
function isVmdkDescriptorText(head: Buffer): boolean {
  if (text(head, 0, VMDK_DESCRIPTOR_SIGNATURE.length) === VMDK_DESCRIPTOR_SIGNATURE) return true;
  const sample = head.toString('latin1', 0, Math.min(head.length, 4096));
  for (const raw of sample.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^version\s*=\s*[123]$/.test(line);
  }
  return false;
}

/** Recognises the format of `head` (the first bytes of the data) by magic numbers; `raw` when nothing matches. */
export function detectFormat(head: Buffer): DiskFormat {
  if (head.length >= 4 && head.readUInt32BE(0) === QCOW2_MAGIC) return 'qcow2';
  if (head.length >= 4 && head.readUInt32LE(0) === VMDK_MAGIC) return 'vmdk';
  if (text(head, 0, 4) === QED_MAGIC) return 'qed';
  if (text(head, 0, 6) === LUKS_MAGIC) return 'luks';
  if (text(head, 0, 8) === 'vhdxfile') return 'vhdx';
  if (text(head, 0, 8) === VHD_COOKIE) return 'vhd';
  if (head.length >= 0x44 && head.readUInt32LE(0x40) === VDI_SIGNATURE) return 'vdi';
  if (isVmdkDescriptorText(head)) return 'vmdk';
  if (text(head, ISO_SIGNATURE_OFFSET, 5) === 'CD001') return 'iso';
  return 'raw';
}

/** Checks a qcow2 header; returns the virtual size. */
function checkQcow2(head: Buffer): number {
  const tooShort = (): FormatError => new FormatError('Image data is a qcow2 image too short for its header');
  if (head.length < QCOW2_V2_HEADER) throw tooShort();
  const version = head.readUInt32BE(4);
  if (version !== 2 && version !== 3) throw new FormatError(`Image data is a qcow2 image of unsupported version ${version}`);
  if (head.readBigUInt64BE(8) !== 0n) throw new FormatError('Image data is a qcow2 image with a backing file, which is not allowed');
  const clusterBits = head.readUInt32BE(20);
  if (clusterBits < 9 || clusterBits > 21) throw new FormatError(`Image data is not a valid qcow2 image: cluster_bits ${clusterBits}`);
  const virtualSize = head.readBigUInt64BE(24);
  let extensionsAt = QCOW2_V2_HEADER;
  if (version === 3) {
    if (head.length < QCOW2_V3_HEADER) throw tooShort();
    const incompatible = head.readBigUInt64BE(72);
    if (incompatible & QCOW2_INCOMPAT_DATA_FILE) {
      throw new FormatError('Image data is a qcow2 image with an external data file, which is not allowed');
    }
    if (incompatible & ~QCOW2_KNOWN_INCOMPAT) throw new FormatError('Image data is a qcow2 image with unknown incompatible features');
    extensionsAt = head.readUInt32BE(100);
    if (extensionsAt < QCOW2_V3_HEADER || extensionsAt > 1 << clusterBits) {
      throw new FormatError(`Image data is not a valid qcow2 image: header_length ${extensionsAt}`);
    }
    if (head.length < extensionsAt) throw tooShort();
  }
  // Header extensions run to the end-of-extensions marker within the first cluster. A data-file
  // extension is refused even without its feature bit: it has no business in an upload.
  let off = extensionsAt;
  while (off + 8 <= head.length && off + 8 <= 1 << clusterBits) {
    const type = head.readUInt32BE(off);
    if (type === QCOW2_EXT_END) break;
    if (type === QCOW2_EXT_DATA_FILE) throw new FormatError('Image data is a qcow2 image with an external data file, which is not allowed');
    off += 8 + Math.ceil(head.readUInt32BE(off + 4) / 8) * 8;
  }
  if (virtualSize > BigInt(Number.MAX_SAFE_INTEGER)) throw new FormatError('Image data is a qcow2 image of an impossible virtual size');
  return Number(virtualSize);
}

/** One extent line of a VMDK descriptor: `RW 2048 SPARSE "disk.vmdk"`. */
interface VmdkExtent {
  type: string;
  file: string | null;
}

/** The createType, parent hint and extents of a VMDK descriptor text. */
function parseVmdkDescriptor(desc: string): { createType: string | null; parent: string | null; extents: VmdkExtent[] } {
  let createType: string | null = null;
  let parent: string | null = null;
  const extents: VmdkExtent[] = [];
  for (const raw of desc.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const kv = /^([A-Za-z][\w.]*)\s*=\s*"?([^"]*)"?$/.exec(line);
    if (kv) {
      if (kv[1] === 'createType') createType = kv[2]!;
      if (kv[1] === 'parentFileNameHint') parent = kv[2]!;
      continue;
    }
    const ext = /^(RW|RDONLY|NOACCESS)\s+\d+\s+(\S+)(?:\s+"([^"]*)")?/.exec(line);
    // Anything else is not a line qemu would take as harmless: count it as an unknown extent.
    extents.push(ext ? { type: ext[2]!, file: ext[3] ?? null } : { type: line, file: null });
  }
  return { createType, parent, extents };
}

/** Checks a sparse VMDK (hosted sparse extent header plus embedded descriptor); returns the virtual size. */
function checkVmdk(head: Buffer, size: number): number {
  if (head.readUInt32LE(0) !== VMDK_MAGIC) {
    throw new FormatError('Image data is a VMDK descriptor file, which may reference other files and is not allowed');
  }
  if (head.length < VMDK_SPARSE_HEADER) throw new FormatError('Image data is a VMDK image too short for its header');
  const capacity = head.readBigUInt64LE(12) * 512n;
  const descStart = head.readBigUInt64LE(28) * 512n;
  const descEnd = descStart + head.readBigUInt64LE(36) * 512n;
  if (descStart === 0n || descEnd === descStart) throw new FormatError('Image data is a VMDK image without an embedded descriptor, which is not allowed');
  if (descEnd > BigInt(HEADER_BYTES)) {
    throw new FormatError(`Image data is a VMDK image whose descriptor lies beyond the first ${HEADER_BYTES / 1024} KiB, which is not allowed`);
  }
  if (descEnd > BigInt(Math.min(head.length, size))) throw new FormatError('Image data is a VMDK image too short for its descriptor');
  const raw = head.toString('latin1', Number(descStart), Number(descEnd));
  const nul = raw.indexOf('\0');
  const { createType, parent, extents } = parseVmdkDescriptor(nul >= 0 ? raw.slice(0, nul) : raw);
  if (!createType || !VMDK_SELF_CONTAINED.has(createType)) {
    throw new FormatError(`Image data is a VMDK of createType ${createType ?? '(none)'}, which is not allowed`);
  }
  if (parent !== null) throw new FormatError('Image data is a VMDK image with a parent, which is not allowed');
  // The one extent of a self-contained VMDK is its own sparse data; a FLAT/VMFS/… extent or a
  // path would make qemu read another file.
  const ext = extents.length === 1 ? extents[0]! : null;
  if (!ext || ext.type !== 'SPARSE' || !ext.file || /[/\\]/.test(ext.file) || ext.file === '..' || ext.file === '.') {
    throw new FormatError('Image data is a VMDK image whose descriptor names an extent other than the file itself, which is not allowed');
  }
  if (capacity > BigInt(Number.MAX_SAFE_INTEGER)) throw new FormatError('Image data is a VMDK image of an impossible capacity');
  return Number(capacity);
}

/** Checks a VHD footer copy (dynamic disks start with it); returns the virtual size. */
function checkVhd(head: Buffer): number {
  if (head.length < VHD_FOOTER) throw new FormatError('Image data is a VHD image too short for its footer');
  const diskType = head.readUInt32BE(60);
  if (!VHD_SELF_CONTAINED.has(diskType)) throw new FormatError(`Image data is a VHD image of disk type ${diskType} (differencing disks name a parent), which is not allowed`);
  return Number(head.readBigUInt64BE(48));
}

/** Runs the format's safety check on `head`; returns the virtual size (null when the header does not say). */
function checkSafe(format: DiskFormat, head: Buffer, size: number): number | null {
  switch (format) {
    case 'qcow2':
      return checkQcow2(head);
    case 'vmdk':
      return checkVmdk(head, size);
    case 'vhd':
      return checkVhd(head);
    case 'qed':
      throw new FormatError('Image data is a QED image, which is not supported');
    case 'luks':
      throw new FormatError('Image data is a LUKS encrypted volume, which is not supported');
    case 'raw':
    case 'iso':
      return size;
    case 'vhdx':
    case 'vdi':
      return null;
  }
}

/** Throws unless the detected format is what `declared` (a Glance disk_format) allows. */
function checkDeclared(declared: string, format: DiskFormat): void {
  if (format === declared) return;
  // An ISO 9660 image is a plain byte sequence to QEMU and names no other file; hybrid ISOs
  // (MBR + ISO 9660, e.g. installer images) are routinely uploaded as raw disks.
  if (format === 'iso' && RAW_DECLARED.has(declared)) return;
  if (format === 'raw') {
    if (declared === 'iso') throw new FormatError("Image data is not an ISO 9660 image but the image's disk_format is iso");
    if (declared === 'qcow2' || declared === 'vmdk' || declared === 'vhd' || declared === 'vhdx' || declared === 'vdi') {
      throw new FormatError(`Image data does not match the image's disk_format ${declared}`);
    }
    return; // raw, ami, aki, ari, ploop...: plain bytes
  }
  throw new FormatError(`Image data is ${format} but the image's disk_format is ${declared}`);
}

/**
 * Inspects the data whose first bytes are `head` (at least {@link HEADER_BYTES} of them, or
 * all of it) and whose total size is `size`: recognises the format, refuses unsafe content,
 * and (when `declared` is given) content that does not agree with the declared disk_format.
 */
export function inspect(head: Buffer, size: number, declared: string | null | undefined, opts: InspectOptions = {}): Inspection {
  const format = detectFormat(head);
  const virtualSize = checkSafe(format, head, size);
  if (declared) checkDeclared(declared, format);
  if (opts.allowed && !opts.allowed.has(format)) throw new FormatError(`Image data is ${format}, which this service cannot use`);
  return { format, virtualSize };
}
