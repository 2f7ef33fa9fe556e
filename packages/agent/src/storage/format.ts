/**
 * Disk format inspection before any qemu-img call touches an untrusted image, by the inspector
 * shared with the controller (@oscloud/image-format); the agent runs only raw (ISO included)
 * and self-contained qcow2, and reports refusals as InvalidError.
 */
import { FormatError, inspectFile, type DiskFormat } from '@oscloud/image-format';
import { InvalidError } from '../errors.js';

/** What the header says, in the agent's terms (an ISO is raw bytes to QEMU). */
export interface Inspection {
  format: 'qcow2' | 'raw';
  /** Declared virtual size for qcow2; file size for raw. */
  virtualSize: number;
}

/** Formats the agent hands to QEMU. */
const RUNNABLE: ReadonlySet<DiskFormat> = new Set(['raw', 'iso', 'qcow2']);

/**
 * Reads the header of `path` and classifies it; throws InvalidError for refused content or
 * content that disagrees with `declared` (Glance's disk_format, when known).
 */
export async function inspectImage(path: string, declared?: string | null): Promise<Inspection> {
  try {
    const r = await inspectFile(path, declared, { allowed: RUNNABLE });
    return { format: r.format === 'qcow2' ? 'qcow2' : 'raw', virtualSize: r.virtualSize ?? 0 };
  } catch (e) {
    if (e instanceof FormatError) throw new InvalidError(e.message);
    throw e;
  }
}
