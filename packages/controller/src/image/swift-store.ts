/**
 * Glance's `swift` store: image data as objects of the controller's own object service
 * (src/object/internal.ts), in a service-owned account (`AUTH_<swift_store_account>`, default
 * `glance`: not a Keystone project id, so no user project sees it) and container (default
 * `glance`), one object per image named by the image id. The data streams in and out (hashed
 * on the way, written to a temporary file and renamed by the object store), never held whole
 * in memory; a failed or cut upload leaves no object and no data behind. Images larger than
 * Swift's per-object limit are still one object: the internal writer is not bound by the API's
 * max_file_size, so no segmenting is needed.
 */
import { deleteObject, objectSize, readObject, writeObject } from '../object/internal.js';
import type { AppContext } from '../context.js';
import type { ByteRange, ImageRead, ImageStore, ImageWrite } from './store.js';

/** Image ids are UUIDs; anything else never becomes an object name. */
function objectName(imageId: string): string {
  if (!/^[0-9a-fA-F-]{1,64}$/.test(imageId)) throw new Error(`invalid image id for the store: ${imageId}`);
  return imageId.toLowerCase();
}

/** Image data in the object service. */
export class SwiftImageStore implements ImageStore {
  readonly id = 'swift';

  constructor(
    private readonly ctx: AppContext,
    /** The account's id (the part after `AUTH_`). */
    readonly account: string,
    readonly container: string,
  ) {}

  async write(imageId: string): Promise<ImageWrite> {
    const w = await writeObject(this.ctx, this.account, this.container, objectName(imageId));
    return {
      stream: w.stream,
      commit: async () => {
        await w.commit();
      },
      abort: () => w.abort(),
    };
  }

  read(imageId: string, range?: ByteRange): Promise<ImageRead | null> {
    return readObject(this.ctx, this.account, this.container, objectName(imageId), range);
  }

  size(imageId: string): Promise<number | null> {
    return objectSize(this.ctx, this.account, this.container, objectName(imageId));
  }

  async delete(imageId: string): Promise<void> {
    await deleteObject(this.ctx, this.account, this.container, objectName(imageId));
  }
}
