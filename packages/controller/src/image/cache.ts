/**
 * The controller's local cache of image data (Glance's image cache, API 2.14 `/v2/cache`).
 *
 * An admin queues an active image (`PUT /v2/cache/{id}`); a background worker copies its data
 * from the image's store into `<dir>/<image_id>` (the local directory store's atomic write:
 * temporary file, fsync, rename), checking the size and the md5 checksum against the image
 * record, and from then on downloads of that image (the image API's and the agents') are read
 * from the cache instead of the store. The cache is this controller's own (like Glance's, per
 * API node): what it lists and serves is what this process has on its disk. Entries found on
 * disk at startup are kept (hits start at 0, times from the file). Image data never changes
 * once active, so an entry stays valid until removed (`DELETE /v2/cache/{id}`, `DELETE
 * /v2/cache`, or the image's deletion on this controller); a download always checks the image
 * record first, so a cached file of an image deleted through another controller is never served.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/index.js';
import type { Logger } from '../logger.js';
import { LocalDirectoryStore, type ImageStore } from './store.js';

/** One cached image, as `GET /v2/cache` lists it. */
export interface CachedImage {
  image_id: string;
  hits: number;
  /** Seconds since the epoch. */
  last_accessed: number;
  last_modified: number;
  size: number;
}

const IMAGE_FILE = /^[0-9a-f-]{1,64}$/;

/** The local image cache of one controller. */
export class ImageCache {
  private readonly files: LocalDirectoryStore;
  private readonly entries = new Map<string, CachedImage>();
  /** Queued image ids, in order. */
  private readonly queue = new Set<string>();
  /** The image being copied now, and whether it was removed meanwhile (then the copy is dropped). */
  private current: { id: string; dropped: boolean } | null = null;
  private worker: Promise<void> | null = null;

  constructor(
    dir: string,
    private readonly db: Db,
    private readonly stores: ReadonlyMap<string, ImageStore>,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.files = new LocalDirectoryStore(dir);
    // A copy a crash interrupted is dropped; whole files are entries again.
    for (const f of this.files.leftovers()) rmSync(join(dir, f), { force: true });
    for (const name of readdirSync(dir)) {
      if (!IMAGE_FILE.test(name)) continue;
      const st = statSync(join(dir, name));
      this.entries.set(name, { image_id: name, hits: 0, last_accessed: st.mtimeMs / 1000, last_modified: st.mtimeMs / 1000, size: st.size });
    }
  }

  /** What is cached and what is queued (the image being copied counts as queued). */
  state(): { cached_images: CachedImage[]; queued_images: string[] } {
    return { cached_images: [...this.entries.values()].map((e) => ({ ...e })), queued_images: [...this.queue] };
  }

  /** True when the image's data is in the cache. */
  has(imageId: string): boolean {
    return this.entries.has(imageId.toLowerCase());
  }

  /**
   * The cache as the store to read an image from, with its size, counting a hit; null when the
   * image is not cached (or its file has gone).
   */
  async locate(imageId: string): Promise<{ store: ImageStore; size: number } | null> {
    const id = imageId.toLowerCase();
    const e = this.entries.get(id);
    if (!e) return null;
    const size = await this.files.size(id);
    if (size === null || size !== e.size) {
      this.entries.delete(id);
      await this.files.delete(id);
      return null;
    }
    e.hits++;
    e.last_accessed = this.now().getTime() / 1000;
    return { store: this.files, size };
  }

  /** Queues an image (already checked to be active) for caching; nothing when cached or queued already. */
  enqueue(imageId: string): void {
    const id = imageId.toLowerCase();
    if (this.entries.has(id) || this.queue.has(id)) return;
    this.queue.add(id);
    this.worker ??= this.drain().finally(() => {
      this.worker = null;
    });
  }

  /** Resolves when the queue is empty (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.worker) await this.worker;
  }

  /** Removes an image from the cache and the queue. */
  async remove(imageId: string): Promise<void> {
    const id = imageId.toLowerCase();
    this.queue.delete(id);
    if (this.current?.id === id) this.current.dropped = true;
    this.entries.delete(id);
    await this.files.delete(id);
  }

  /** Empties the cache, the queue, or both. */
  async clear(target: 'cache' | 'queue' | 'both'): Promise<void> {
    if (target !== 'cache') {
      this.queue.clear();
      if (this.current) this.current.dropped = true;
    }
    if (target !== 'queue') {
      const ids = [...this.entries.keys()];
      this.entries.clear();
      for (const id of ids) await this.files.delete(id);
    }
  }

  private async drain(): Promise<void> {
    for (let next = this.queue.values().next(); !next.done; next = this.queue.values().next()) {
      const id = next.value;
      this.current = { id, dropped: false };
      try {
        await this.fill(this.current);
      } catch (e) {
        this.logger.warn('image cache: caching failed', { image: id, error: e instanceof Error ? e.message : String(e) });
      } finally {
        this.queue.delete(id);
        this.current = null;
      }
    }
  }

  /** Copies one image's data from its store into the cache, checked against the image record. */
  private async fill(job: { id: string; dropped: boolean }): Promise<void> {
    const row = await this.db.selectFrom('img_images').select(['status', 'stores', 'size', 'checksum']).where('id', '=', job.id).executeTakeFirst();
    if (!row || row.status !== 'active' || row.size === null) throw new Error('the image is no longer active');
    const ids = (row.stores ?? '').split(',').filter((x) => x !== '');
    const candidates = ids.length ? ids.map((s) => this.stores.get(s)).filter((s): s is ImageStore => s !== undefined) : [...this.stores.values()];
    let source: ImageStore | undefined;
    for (const s of candidates) if ((await s.size(job.id)) !== null) { source = s; break; }
    const read = source ? await source.read(job.id) : null;
    if (!read) throw new Error('no store has the image data');
    const w = await this.files.write(job.id);
    const md5 = createHash('md5');
    let size = 0;
    try {
      await pipeline(
        read.stream,
        async function* (src: AsyncIterable<Buffer>) {
          for await (const chunk of src) {
            md5.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        w.stream,
      );
      if (size !== Number(row.size)) throw new Error(`size ${size} differs from the image's ${row.size}`);
      if (row.checksum && md5.digest('hex') !== row.checksum) throw new Error('checksum differs from the image\'s');
      if (job.dropped) throw new Error('removed from the queue while caching');
      await w.commit();
    } catch (e) {
      await w.abort();
      if (job.dropped) return;
      throw e;
    }
    if (job.dropped) {
      await this.files.delete(job.id);
      return;
    }
    const t = this.now().getTime() / 1000;
    this.entries.set(job.id, { image_id: job.id, hits: 0, last_accessed: t, last_modified: t, size });
  }
}
