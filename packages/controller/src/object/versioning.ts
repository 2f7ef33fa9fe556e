/**
 * Swift's legacy object versioning (the versioned_writes middleware). A container with
 * `X-Versions-Location: <archive>` (stack mode) or `X-History-Location: <archive>` (history
 * mode) copies an object's current version into the archive container of the same account
 * before a PUT or COPY replaces it, as `<3-hex-digit length of the name><name>/<timestamp>`.
 * DELETE in stack mode puts the newest archived version back in place (and removes it from the
 * archive); in history mode it archives the current version, writes a delete marker into the
 * archive, then deletes. As in Swift, the archive is written on the caller's behalf (a writer
 * of the versioned container needs no ACL on the archive); a missing archive is 412.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { receiveBody } from '../body-stream.js';
import type { AppContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { isExpired } from './expiry.js';
import { storedNow, xTimestamp } from './http.js';
import { header } from './metadata.js';
import { deleteObjectRow, findContainer, findObject, objectService, putObjectRow, type ContainerRow, type ContainerSettings, type ObjectRow } from './service.js';

/** The content type of the delete markers history mode writes (Swift's DELETE_MARKER_CONTENT_TYPE). */
export const DELETE_MARKER_TYPE = 'application/x-deleted;swift_versions_deleted=1';

/** What `/info` advertises (Swift's `versioned_writes` capability). */
export const VERSIONED_WRITES_INFO = { allowed_flags: ['x-versions-location', 'x-history-location'] };

/** The archive name prefix of an object's versions: the UTF-8 length in 3 hex digits, the name, `/`. */
export function versionsPrefix(object: string): string {
  return `${Buffer.byteLength(object).toString(16).padStart(3, '0')}${object}/`;
}

/** The archive name of a version written at `timestamp` (Swift's internal form, `1700000000.12345`). */
export function versionName(object: string, timestamp: string): string {
  return versionsPrefix(object) + timestamp;
}

function preconditionFailed(): ApiError {
  return new ApiError(412, 'A precondition for this request was not met.');
}

/**
 * The versioning change a container PUT/POST asks for (Swift's container_request), undefined to
 * keep it: both headers set is 400; an empty value or `X-Remove-{Versions,History}-Location`
 * turns versioning off (a location sent in the same request wins); a name with `/` is 412.
 */
export function versionUpdates(headers: IncomingHttpHeaders): ContainerSettings['versions'] {
  let stack = header(headers, 'x-versions-location');
  let history = header(headers, 'x-history-location');
  if (stack !== undefined && history !== undefined) {
    if (history === '') history = undefined;
    else if (stack !== '') throw badRequest('Only one of x-versions-location or x-history-location may be specified', { plain: true });
    else stack = undefined;
  }
  const value = stack ?? history;
  if (value !== undefined && value !== '') {
    let location: string;
    try {
      location = decodeURIComponent(value.trim());
    } catch {
      throw new ApiError(412, 'Invalid UTF8 or contains NULL', { plain: true });
    }
    if (location === '') throw new ApiError(412, 'Container name cannot be empty', { plain: true });
    if (location.includes('/')) throw new ApiError(412, 'Container name cannot contain slashes', { plain: true });
    return { location, mode: stack !== undefined ? 'stack' : 'history' };
  }
  const remove = value === '' || [header(headers, 'x-remove-versions-location'), header(headers, 'x-remove-history-location')].some((v) => v !== undefined && v !== '');
  return remove ? { location: '', mode: '' } : undefined;
}

/** The container's versioning response header (none when off). */
export function versionHeaders(c: ContainerRow): Record<string, string> {
  if (!c.versions_location) return {};
  return { [c.versions_mode === 'history' ? 'X-History-Location' : 'X-Versions-Location']: c.versions_location };
}

/**
 * Copies the object `row` to `container`/`name` of the project (new data, same type, metadata,
 * expiry). False when the row's data is gone (replaced meanwhile); 412 when the target container is missing.
 */
async function copyRow(ctx: AppContext, projectId: string, row: ObjectRow, container: string, name: string): Promise<boolean> {
  const { store } = objectService(ctx);
  const data = await store.read(row.data_id);
  if (!data) return false;
  const dataId = randomUUID();
  const w = await store.write(dataId);
  const bytes = await receiveBody(data.stream, w);
  await w.commit();
  const now = storedNow(ctx.now());
  try {
    await putObjectRow(ctx, projectId, container, name, {
      data_id: dataId, bytes, etag: row.etag, content_type: row.content_type, metadata: row.metadata, last_modified: now, delete_at: row.delete_at,
    }, now);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw preconditionFailed();
    throw e;
  }
  return true;
}

/** The current (unexpired) object, or null. */
async function current(ctx: AppContext, c: ContainerRow, object: string): Promise<ObjectRow | null> {
  const o = await findObject(ctx.db, c.id, object);
  return o && !isExpired(o, ctx.now()) ? o : null;
}

/** Before a write replaces `object` of the versioned container `c`: its current version into the archive (412 without one). */
export async function archiveCurrent(ctx: AppContext, projectId: string, c: ContainerRow, object: string): Promise<void> {
  if (!c.versions_location) return;
  const o = await current(ctx, c, object);
  if (!o) return;
  if (!(await findContainer(ctx.db, projectId, c.versions_location))) throw preconditionFailed();
  await copyRow(ctx, projectId, o, c.versions_location, versionName(object, xTimestamp(o.last_modified)));
}

/** Writes a history-mode delete marker for `object` into the archive (412 without one). */
async function writeDeleteMarker(ctx: AppContext, projectId: string, c: ContainerRow, object: string): Promise<void> {
  const { store } = objectService(ctx);
  const dataId = randomUUID();
  const w = await store.write(dataId);
  await receiveBody(Readable.from([]), w);
  await w.commit();
  const now = storedNow(ctx.now());
  try {
    await putObjectRow(ctx, projectId, c.versions_location, versionName(object, xTimestamp(now)), {
      data_id: dataId, bytes: 0, etag: createHash('md5').digest('hex'), content_type: DELETE_MARKER_TYPE,
      metadata: JSON.stringify({ meta: {}, headers: {} }), last_modified: now, delete_at: null,
    }, now);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw preconditionFailed();
    throw e;
  }
}

/** The archived versions of `object`, newest first. */
async function versions(ctx: AppContext, archive: ContainerRow, object: string): Promise<ObjectRow[]> {
  const prefix = versionsPrefix(object);
  // Every name under the prefix sorts between `<prefix>` and the prefix with its final `/` raised to `0`.
  return ctx.db.selectFrom('objects').selectAll().where('container_id', '=', archive.id)
    .where('name', '>=', prefix).where('name', '<', `${prefix.slice(0, -1)}0`).orderBy('name', 'desc').execute();
}

/**
 * A DELETE of `object` in the versioned container `c` (Swift's handle_obj_versions_delete_push
 * and _pop). 'done' when versioning answered it (204), 'delete' when the object itself is to be
 * deleted as usual (404 when absent).
 */
export async function versionedDelete(ctx: AppContext, projectId: string, c: ContainerRow, object: string): Promise<'done' | 'delete'> {
  if (!c.versions_location) return 'delete';
  if (c.versions_mode === 'history') {
    await archiveCurrent(ctx, projectId, c, object);
    await writeDeleteMarker(ctx, projectId, c, object);
    return 'delete';
  }
  const archive = await findContainer(ctx.db, projectId, c.versions_location);
  if (!archive) return 'delete';
  const list = await versions(ctx, archive, object);
  const now = () => storedNow(ctx.now());
  const dropArchived = async (name: string): Promise<void> => {
    try {
      await deleteObjectRow(ctx, projectId, archive.name, name, now());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  };
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    if (v.content_type === DELETE_MARKER_TYPE) {
      // The newest entry is a delete marker: with a current object, the delete goes through
      // (back to the deleted state); without one, the version before the marker comes back and
      // the marker goes.
      if (await current(ctx, c, object)) return 'delete';
      for (const older of list.slice(i + 1)) {
        if (older.content_type === DELETE_MARKER_TYPE) break;
        if (!(await copyRow(ctx, projectId, older, c.name, object))) continue;
        await dropArchived(older.name);
        break;
      }
      await dropArchived(v.name);
      return 'done';
    }
    if (!(await copyRow(ctx, projectId, v, c.name, object))) continue;
    await dropArchived(v.name);
    return 'done';
  }
  return 'delete';
}
