/**
 * Image data stores. The local directory store writes each upload to a temporary file,
 * fsyncs it and renames it into place, so a reader never sees a partial image and a failed
 * upload leaves nothing behind. Another backend (S3-compatible) implements the same interface.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';

/**
 * A write in progress: write the data to `stream`, then `commit()` (durable, visible) or
 * `abort()` (removes it). `stream` always has an `error` listener, so destroying it with a
 * write in flight (ERR_STREAM_DESTROYED) is never an uncaught exception; `commit()` refuses a
 * stream that failed. Feed it through `receiveBody` (src/body-stream.ts).
 */
export interface ImageWrite {
  stream: Writable;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** A byte range, both ends inclusive (`end` defaults to the last byte). */
export interface ByteRange {
  start: number;
  end?: number;
}

/**
 * Parses a `Range` header (RFC 9110 §14.2): one range `bytes=first-[last]`, or with the
 * representation's `size` known a suffix `bytes=-n`. Null when there is none to honour: absent,
 * malformed, another unit, several ranges, last < first: those are ignored and the whole
 * representation is sent (200). A range starting at or past the end is returned as is, for the
 * reader to refuse with 416.
 */
export function parseRange(header: string | string[] | undefined, size?: number): ByteRange | null {
  const h = Array.isArray(header) ? header[0] : header;
  const m = h === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(h.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    if (size === undefined) return null;
    const n = Number(m[2]);
    // bytes=-0 asks for nothing: unsatisfiable (start past the end).
    return n === 0 ? { start: size } : { start: Math.max(0, size - n) };
  }
  const start = Number(m[1]);
  if (m[2] === '') return { start };
  const end = Number(m[2]);
  return end < start ? null : { start, end };
}

/** Image data opened for reading. */
export interface ImageRead {
  stream: Readable;
  /** Total size of the image data. */
  size: number;
  /** First and last byte (inclusive) that `stream` yields. */
  start: number;
  end: number;
}

/** Where image data lives. */
export interface ImageStore {
  /** Store id shown in `/v2/info/stores`. */
  readonly id: string;
  /** Starts writing the data of `imageId`. */
  write(imageId: string): Promise<ImageWrite>;
  /** Opens the data of `imageId` (whole or a range already checked against the size); null when absent. */
  read(imageId: string, range?: ByteRange): Promise<ImageRead | null>;
  /** Size of the stored data, or null when absent. */
  size(imageId: string): Promise<number | null>;
  /** Removes the data (no error when absent). */
  delete(imageId: string): Promise<void>;
}

/**
 * Bytes per read and the write buffer of the local directory store's file streams. Node's
 * default (64 KiB reads, 16 KiB write buffer) costs a thread-pool round trip, a socket write and
 * the request scope's async hooks per 64 KiB; at 1 MiB a 100 MiB object is 100 of each, and an
 * upload keeps reading the socket while the previous chunks are written (batched with writev).
 * bench/object.mjs measured it (see docs/object-storage.md).
 */
export const FILE_CHUNK_BYTES = 1024 * 1024;

/** Image ids are UUIDs; anything else must never become a path. */
function safeName(imageId: string): string {
  if (!/^[0-9a-fA-F-]{1,64}$/.test(imageId)) throw new Error(`invalid image id for the store: ${imageId}`);
  return imageId.toLowerCase();
}

/** Image data as files `<dir>/<image_id>`; temporary files are `<dir>/.tmp-*` until committed. */
export class LocalDirectoryStore implements ImageStore {
  readonly id = 'file';

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Path of an image's data file. */
  path(imageId: string): string {
    return join(this.dir, safeName(imageId));
  }

  /** Temporary files left by a crash (removed at startup by the service). */
  leftovers(): string[] {
    return readdirSync(this.dir).filter((f) => f.startsWith('.tmp-'));
  }

  /** Deletes leftover temporary files. */
  async cleanLeftovers(): Promise<void> {
    for (const f of this.leftovers()) await rm(join(this.dir, f), { force: true });
  }

  async write(imageId: string): Promise<ImageWrite> {
    const final = this.path(imageId);
    const tmp = join(this.dir, `.tmp-${safeName(imageId)}-${randomUUID()}`);
    const stream = createWriteStream(tmp, { flags: 'wx', mode: 0o640, highWaterMark: FILE_CHUNK_BYTES });
    // Listened from birth: an error (disk full, or ERR_STREAM_DESTROYED when aborted with a
    // write in flight) is recorded for commit(), never thrown from an event.
    let failure: Error | null = null;
    stream.on('error', (err) => {
      failure ??= err;
    });
    const closed = new Promise<void>((resolve) => {
      if (stream.closed) resolve();
      else stream.once('close', () => resolve());
    });
    let done = false;
    return {
      stream,
      commit: async () => {
        if (done) return;
        done = true;
        await closed;
        try {
          if (failure || !stream.writableFinished) throw failure ?? new Error('image data was not completely written');
          const fh = await open(tmp, 'r');
          try {
            await fh.sync();
          } finally {
            await fh.close();
          }
          await rename(tmp, final);
        } catch (e) {
          await rm(tmp, { force: true });
          throw e;
        }
        // Make the rename itself durable.
        const dh = await open(this.dir, 'r');
        try {
          await dh.sync();
        } catch {
          // Some filesystems refuse fsync on directories; the data file itself is synced.
        } finally {
          await dh.close();
        }
      },
      abort: async () => {
        if (done) return;
        done = true;
        if (!stream.destroyed) stream.destroy();
        await closed;
        await rm(tmp, { force: true });
      },
    };
  }

  async read(imageId: string, range?: ByteRange): Promise<ImageRead | null> {
    const size = await this.size(imageId);
    if (size === null) return null;
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    const stream = size === 0 || end < start ? Readable.from([]) : createReadStream(this.path(imageId), { start, end, highWaterMark: FILE_CHUNK_BYTES });
    return { stream, size, start, end };
  }

  async size(imageId: string): Promise<number | null> {
    try {
      return (await stat(this.path(imageId))).size;
    } catch {
      return null;
    }
  }

  async delete(imageId: string): Promise<void> {
    await rm(this.path(imageId), { force: true });
  }
}
