/**
 * The object service's interface for other services of this controller (Glance's `swift`
 * image store, src/image/swift-store.ts): plain objects written, read and deleted in an account
 * by its id, with no HTTP, token or ACL involved — the caller owns the account (a service
 * account, never a user project's). Data streams through the same data store as the Swift API
 * (temporary file, then rename), the row is swapped in the same transaction as its container's
 * counters, so a Swift listing of the account (by an admin) shows the objects as any other.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppContext } from '../context.js';
import { isApiError } from '../errors.js';
import type { ByteRange, ImageRead } from '../image/store.js';
import { storedNow } from './http.js';
import { deleteObjectRow, findContainer, findObject, objectService, parseJson, putContainerRow, putObjectRow, type ObjectMeta } from './service.js';

/** An object write in progress: write `stream`, then `commit()` (the object appears) or `abort()` (nothing is left). */
export interface ObjectWrite {
  stream: Writable;
  /** Makes the written data the object (replacing an older one); its MD5 becomes the ETag. */
  commit(): Promise<{ etag: string; bytes: number }>;
  abort(): Promise<void>;
}

/**
 * Starts writing the object `container/name` of the account `accountId` (the container is
 * created on commit when missing). The data is hashed on its way to the store, never buffered.
 */
export async function writeObject(ctx: AppContext, accountId: string, container: string, name: string, contentType = 'application/octet-stream'): Promise<ObjectWrite> {
  const { store } = objectService(ctx);
  const dataId = randomUUID();
  const inner = await store.write(dataId);
  const md5 = createHash('md5');
  let bytes = 0;
  const hash = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      md5.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // pipeline listens for errors on both streams and destroys both when either fails.
  const piped = pipeline(hash, inner.stream).then(
    () => null,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  let done = false;
  return {
    stream: hash,
    commit: async () => {
      if (done) throw new Error('object write already finished');
      done = true;
      const failure = await piped;
      if (failure) {
        await inner.abort();
        throw failure;
      }
      await inner.commit();
      const etag = md5.digest('hex');
      const now = storedNow(ctx.now());
      try {
        if (!(await findContainer(ctx.db, accountId, container))) await putContainerRow(ctx, accountId, container, (m) => m, {}, now);
      } catch (e) {
        // Two first writes racing to create the container: the loser finds the winner's.
        if (!(await findContainer(ctx.db, accountId, container))) {
          await store.delete(dataId);
          throw e;
        }
      }
      await putObjectRow(ctx, accountId, container, name, {
        data_id: dataId, bytes, etag, content_type: contentType,
        metadata: JSON.stringify({ meta: {}, headers: {} } satisfies ObjectMeta), last_modified: now, delete_at: null,
      }, now);
      return { etag, bytes };
    },
    abort: async () => {
      if (done) return;
      done = true;
      if (!hash.destroyed) hash.destroy();
      await piped;
      await inner.abort();
    },
  };
}

/** The size of a plain object, or null when it does not exist. */
export async function objectSize(ctx: AppContext, accountId: string, container: string, name: string): Promise<number | null> {
  const c = await findContainer(ctx.db, accountId, container);
  const o = c ? await findObject(ctx.db, c.id, name) : null;
  return o ? Number(o.bytes) : null;
}

/**
 * Opens a plain object (whole, or a range already checked against its size) as a stream; null
 * when it does not exist. A large-object manifest is refused (this interface writes none).
 * An overwrite racing the read is retried on the new row.
 */
export async function readObject(ctx: AppContext, accountId: string, container: string, name: string, range?: ByteRange): Promise<ImageRead | null> {
  const { store } = objectService(ctx);
  for (let attempt = 0; attempt < 3; attempt++) {
    const c = await findContainer(ctx.db, accountId, container);
    const o = c ? await findObject(ctx.db, c.id, name) : null;
    if (!o) return null;
    if (parseJson<ObjectMeta>(o.metadata).slo) throw new Error(`object ${container}/${name} is a large-object manifest`);
    const data = await store.read(o.data_id, range);
    if (data) return data;
  }
  return null;
}

/** Deletes an object (its row, the counters, its data); false when it did not exist. */
export async function deleteObject(ctx: AppContext, accountId: string, container: string, name: string): Promise<boolean> {
  try {
    await deleteObjectRow(ctx, accountId, container, name, storedNow(ctx.now()));
    return true;
  } catch (e) {
    if (isApiError(e) && e.status === 404) return false;
    throw e;
  }
}
