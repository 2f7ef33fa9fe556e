/**
 * Streaming inspection of uploaded image data: hashes (md5 + sha512), size, and the disk
 * format checked by the inspector shared with the agent (@oscloud/image-format), which
 * refuses data that would make qemu read other files and data that does not match the
 * declared `disk_format`.
 * @see https://docs.openstack.org/glance/latest/admin/image-format-inspection.html (idea only)
 */
import { createHash, type Hash } from 'node:crypto';
import { StreamInspector, type DiskFormat } from '@oscloud/image-format';

export { detectFormat, FormatError, HEADER_BYTES, inspect } from '@oscloud/image-format';

/** Formats the inspector recognises by their content. */
export type DetectedFormat = DiskFormat;

/** The result of inspecting a complete upload. */
export interface InspectionResult {
  size: number;
  md5: string;
  sha512: string;
  format: DetectedFormat;
  /** Virtual disk size in bytes when the format records it (raw/iso: the data size). */
  virtualSize: number | null;
}

/**
 * Hashes a stream while the shared inspector checks its format. Feed it with `update()`, which
 * throws FormatError as soon as the header proves the data unacceptable (a refused upload stops
 * early); `finish()` checks the complete data.
 */
export class ImageInspector {
  private readonly md5: Hash = createHash('md5');
  private readonly sha512: Hash = createHash('sha512');
  private readonly format: StreamInspector;

  constructor(declared: string) {
    this.format = new StreamInspector(declared);
  }

  /** Bytes seen so far. */
  get size(): number {
    return this.format.size;
  }

  /** Adds a chunk; throws FormatError as soon as the header proves the data unacceptable. */
  update(chunk: Buffer): void {
    this.md5.update(chunk);
    this.sha512.update(chunk);
    this.format.update(chunk);
  }

  /** The first bytes of the data (up to HEADER_BYTES). */
  head(): Buffer {
    return this.format.head();
  }

  /** Finishes the inspection of the complete data; throws FormatError when refused. */
  finish(): InspectionResult {
    const { format, virtualSize } = this.format.finish();
    return { size: this.size, md5: this.md5.digest('hex'), sha512: this.sha512.digest('hex'), format, virtualSize };
  }
}
