/** Inspection of data that arrives in chunks (an upload) or sits in a file (a downloaded image). */
import { open } from 'node:fs/promises';
import { HEADER_BYTES, inspect, type InspectOptions, type Inspection } from './inspect.js';

/**
 * Keeps the first {@link HEADER_BYTES} of a stream and counts its size. `update()` throws
 * FormatError as soon as the header proves the data unacceptable, so a refused upload stops
 * early; `finish()` inspects the complete data.
 */
export class StreamInspector {
  private readonly chunks: Buffer[] = [];
  private headLen = 0;
  private checked = false;
  /** Bytes seen so far. */
  size = 0;

  constructor(
    private readonly declared: string | null | undefined,
    private readonly opts: InspectOptions = {},
  ) {}

  /** Adds a chunk; throws FormatError when the (complete) header is refused. */
  update(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.headLen >= HEADER_BYTES) return;
    const take = chunk.subarray(0, HEADER_BYTES - this.headLen);
    this.chunks.push(take);
    this.headLen += take.length;
    if (!this.checked && this.headLen >= HEADER_BYTES) {
      this.checked = true;
      inspect(this.head(), this.size, this.declared, this.opts);
    }
  }

  /** The first bytes of the data (up to HEADER_BYTES). */
  head(): Buffer {
    if (this.chunks.length > 1) this.chunks.splice(0, this.chunks.length, Buffer.concat(this.chunks));
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  /** Inspects the complete data; throws FormatError when refused. */
  finish(): Inspection {
    return inspect(this.head(), this.size, this.declared, this.opts);
  }
}

/** Inspects the file at `path` (its header and size); throws FormatError when refused. */
export async function inspectFile(path: string, declared: string | null | undefined, opts: InspectOptions = {}): Promise<Inspection> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(Math.min(size, HEADER_BYTES));
    let got = 0;
    while (got < head.length) {
      const { bytesRead } = await fh.read(head, got, head.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return inspect(head.subarray(0, got), size, declared, opts);
  } finally {
    await fh.close();
  }
}
