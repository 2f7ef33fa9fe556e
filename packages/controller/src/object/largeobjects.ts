/**
 * Large objects (Swift's slo and dlo middlewares): a manifest object whose data is the
 * concatenation of other objects (segments) of the same account.
 *
 * - Static (SLO): `PUT ?multipart-manifest=put` with a JSON list of `{path, etag, size_bytes}`;
 *   every segment is checked to exist (and be readable by the caller), match the given etag and
 *   size, and be at least `min_segment_size` bytes (the last one excepted). The stored manifest
 *   (`?multipart-manifest=get`) is Swift's `[{name, hash, bytes, content_type, last_modified}]`.
 * - Dynamic (DLO): `X-Object-Manifest: <container>/<prefix>`; the segments are the objects of
 *   that container under that prefix, in name order, at the time of the read.
 *
 * Reads stream the segments one at a time (one file handle open), Range maps onto them, and a
 * segment that changed or vanished since the manifest was written cuts the stream.
 */
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { receiveBody } from '../body-stream.js';
import type { AppContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { aclAllows } from './access.js';
import { isExpired } from './expiry.js';
import type { Span } from './http.js';
import { SWIFT_LIMITS } from './limits.js';
import { decodeComponent } from './names.js';
import type { SwiftRequest } from './routes.js';
import { findContainer, findObject, objectPage, objectService, type ObjectRow } from './service.js';

/** Swift's slo middleware defaults, advertised in `/info`. */
export const SLO_LIMITS = {
  max_manifest_segments: 1000,
  max_manifest_size: 8 * 1024 * 1024,
  min_segment_size: 1,
} as const;

/** Most segments a DLO is read from (Swift's dlo `max_get_time` aside, one listing's worth). */
export const DLO_MAX_SEGMENTS = SWIFT_LIMITS.container_listing_limit;

/** One entry of a stored SLO manifest (Swift's format). */
export interface SloEntry {
  /** `/<container>/<object>`, not percent-encoded. */
  name: string;
  hash: string;
  bytes: number;
  content_type: string;
  last_modified: string;
}

/** A segment to read: its container, object name, size and (for SLO) the etag it must still have. */
export interface Segment {
  container: string;
  object: string;
  bytes: number;
  etag: string;
}

/** A large object resolved for a read. */
export interface LargeObject {
  kind: 'slo' | 'dlo';
  segments: Segment[];
  size: number;
  /** Quoted in responses: the MD5 of the concatenated segment etags (Swift's). */
  etag: string;
}

/** The MD5 of the concatenated segment etags (the ETag of an SLO or DLO). */
export function largeObjectEtag(etags: string[]): string {
  const h = createHash('md5');
  for (const e of etags) h.update(e);
  return h.digest('hex');
}

/** `<container>/<object>` (leading `/` optional) split; null when malformed. */
function splitSegmentPath(path: string): { container: string; object: string } | null {
  const p = path.startsWith('/') ? path.slice(1) : path;
  const i = p.indexOf('/');
  if (i <= 0 || i === p.length - 1) return null;
  return { container: p.slice(0, i), object: p.slice(i + 1) };
}

/** Reads a small request body whole (a manifest), refusing more than `max` bytes with 413. */
async function readSmallBody(body: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk);
      done();
    },
  });
  await receiveBody(body, { stream: sink, abort: async () => undefined }, {
    maxBytes: max,
    tooLarge: () => new ApiError(413, `Manifest File > ${max} bytes`, { plain: true }),
  });
  return Buffer.concat(chunks);
}

/**
 * Validates an SLO manifest PUT body against the account's objects and returns the manifest to
 * store. Any problem is one 400 listing every bad segment (`Errors:\n<path>, <reason>`).
 */
export async function validateSloManifest(ctx: AppContext, r: SwiftRequest): Promise<{ entries: SloEntry[]; size: number; etag: string }> {
  const raw = await readSmallBody(r.body, SLO_LIMITS.max_manifest_size);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('Manifest must be valid JSON.\n', { plain: true });
  }
  if (!Array.isArray(parsed)) throw badRequest('Manifest must be a list.\n', { plain: true });
  if (parsed.length === 0) throw badRequest('Manifest must have at least one segment.\n', { plain: true });
  if (parsed.length > SLO_LIMITS.max_manifest_segments) {
    throw badRequest(`Number of segments must be <= ${SLO_LIMITS.max_manifest_segments}\n`, { plain: true });
  }
  const errors: string[] = [];
  const entries: SloEntry[] = [];
  const readable = new Map<string, boolean>();
  for (let i = 0; i < parsed.length; i++) {
    const seg = parsed[i] as Record<string, unknown>;
    const label = typeof seg?.path === 'string' ? seg.path : `Index ${i}`;
    if (typeof seg !== 'object' || seg === null || Array.isArray(seg)) {
      errors.push(`Index ${i}, not a JSON object`);
      continue;
    }
    const unknown = Object.keys(seg).filter((k) => !['path', 'etag', 'size_bytes'].includes(k));
    if (unknown.length > 0) {
      errors.push(`${label}, Unsupported key(s): ${unknown.join(', ')}`);
      continue;
    }
    const where = typeof seg.path === 'string' ? splitSegmentPath(seg.path) : null;
    if (!where) {
      errors.push(`Index ${i}, path must be a string of the form /<container>/<object>`);
      continue;
    }
    if (seg.etag !== undefined && seg.etag !== null && typeof seg.etag !== 'string') {
      errors.push(`${label}, etag must be a string or null`);
      continue;
    }
    const sizeGiven = seg.size_bytes;
    if (sizeGiven !== undefined && sizeGiven !== null && !(Number.isSafeInteger(sizeGiven) && (sizeGiven as number) >= 0)) {
      errors.push(`${label}, size_bytes must be an integer or null`);
      continue;
    }
    // The segment is read as the caller: one let in by a container ACL needs read on the segment's container too.
    if (!r.owner && !r.tempUrl) {
      let ok = readable.get(where.container);
      if (ok === undefined) {
        ok = await aclAllows(ctx, r.req, r.projectId, where.container, 'read', r.auth);
        readable.set(where.container, ok);
      }
      if (!ok) {
        errors.push(`${label}, 403 Forbidden`);
        continue;
      }
    }
    const c = await findContainer(ctx.db, r.projectId, where.container);
    const o = c ? await findObject(ctx.db, c.id, where.object) : null;
    if (!o || isExpired(o, ctx.now())) {
      errors.push(`${label}, 404 Not Found`);
      continue;
    }
    const meta = JSON.parse(o.metadata) as { slo?: unknown; headers?: Record<string, string> };
    if (meta.slo !== undefined || meta.headers?.['X-Object-Manifest'] !== undefined) {
      // Nested manifests are not supported here: refused rather than read as their manifest bytes.
      errors.push(`${label}, Nested large objects are not supported`);
      continue;
    }
    const bytes = Number(o.bytes);
    const problems: string[] = [];
    if (typeof seg.etag === 'string' && seg.etag.replace(/^"(.*)"$/, '$1').toLowerCase() !== o.etag) problems.push('Etag Mismatch');
    if (typeof sizeGiven === 'number' && sizeGiven !== bytes) problems.push('Size Mismatch');
    if (bytes < SLO_LIMITS.min_segment_size && !(i === parsed.length - 1 && parsed.length > 1 && bytes > 0)) {
      problems.push(`Too small; each segment must be at least ${SLO_LIMITS.min_segment_size} byte${SLO_LIMITS.min_segment_size === 1 ? '' : 's'}.`);
    }
    if (problems.length > 0) {
      errors.push(`${label}, ${problems.join(', ')}`);
      continue;
    }
    entries.push({ name: `/${where.container}/${where.object}`, hash: o.etag, bytes, content_type: o.content_type, last_modified: o.last_modified });
  }
  if (errors.length > 0) throw badRequest(`Errors:\n${errors.join('\n')}\n`, { plain: true });
  const size = entries.reduce((n, e) => n + e.bytes, 0);
  if (size > SWIFT_LIMITS.max_file_size * SLO_LIMITS.max_manifest_segments) throw new ApiError(413, 'Your request is too large.');
  return { entries, size, etag: largeObjectEtag(entries.map((e) => e.hash)) };
}

/** The manifest of an SLO row (its data is the stored JSON). */
export async function readSloManifest(ctx: AppContext, row: ObjectRow): Promise<SloEntry[]> {
  const data = await objectService(ctx).store.read(row.data_id);
  if (!data) throw new ApiError(404, 'The resource could not be found.');
  const chunks: Buffer[] = [];
  for await (const chunk of data.stream) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as SloEntry[];
}

/** The DLO header's `<container>/<prefix>` (percent-decoded), or 400. */
export function parseDloManifest(value: string): { container: string; prefix: string } {
  let decoded: string;
  try {
    decoded = decodeComponent(value, false);
  } catch {
    decoded = '';
  }
  const i = decoded.indexOf('/');
  if (i <= 0 || decoded.startsWith('/')) throw badRequest('X-Object-Manifest must be in the format container/prefix', { plain: true });
  return { container: decoded.slice(0, i), prefix: decoded.slice(i + 1) };
}

/** The successor of a prefix in byte order (the exclusive upper bound of names starting with it). */
function prefixEnd(prefix: string): string | undefined {
  if (prefix === '') return undefined;
  return prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);
}

/** Resolves the segments of a large object row, or null when the row is a plain object. */
export async function resolveLargeObject(ctx: AppContext, r: SwiftRequest, row: ObjectRow): Promise<LargeObject | null> {
  const meta = JSON.parse(row.metadata) as { slo?: unknown; headers?: Record<string, string> };
  if (meta.slo !== undefined) {
    const entries = await readSloManifest(ctx, row);
    const segments = entries.map((e) => ({ ...splitSegmentPath(e.name)!, bytes: e.bytes, etag: e.hash }));
    await checkSegmentsReadable(ctx, r, segments);
    return { kind: 'slo', segments, size: Number(row.bytes), etag: row.etag };
  }
  const dlo = meta.headers?.['X-Object-Manifest'];
  if (dlo === undefined) return null;
  const { container, prefix } = parseDloManifest(dlo);
  const segments: Segment[] = [];
  await checkSegmentsReadable(ctx, r, [{ container, object: '', bytes: 0, etag: '' }]);
  const c = await findContainer(ctx.db, r.projectId, container);
  if (c) {
    const end = prefixEnd(prefix);
    const rows = await objectPage(ctx.db, c.id, {
      lower: { name: prefix, inclusive: true },
      ...(end !== undefined ? { upper: { name: end, inclusive: false } } : {}),
      reverse: false,
      limit: DLO_MAX_SEGMENTS,
    });
    for (const o of rows) segments.push({ container, object: o.name, bytes: Number(o.bytes), etag: o.etag });
  }
  return {
    kind: 'dlo',
    segments,
    size: segments.reduce((n, s) => n + s.bytes, 0),
    etag: largeObjectEtag(segments.map((s) => s.etag)),
  };
}

/** A caller let in by an ACL must be able to read every segment's container (Swift reads them as the caller). */
async function checkSegmentsReadable(ctx: AppContext, r: SwiftRequest, segments: Segment[]): Promise<void> {
  // A temp URL grants its request and the segment reads it makes in the account (Swift's tempurl).
  if (r.owner || r.tempUrl) return;
  for (const container of new Set(segments.map((s) => s.container))) {
    if (!(await aclAllows(ctx, r.req, r.projectId, container, 'read', r.auth))) {
      throw new ApiError(409, `Unauthorized while reading the segments of this large object (container ${container}).`, { plain: true });
    }
  }
}

/**
 * Streams bytes `span` (inclusive, default all) of the concatenated segments, opening one
 * segment at a time. A segment gone or replaced since the manifest was written (SLO: its etag
 * changed) ends the stream with an error: the client sees a short body, never other bytes.
 */
export function segmentStream(ctx: AppContext, r: SwiftRequest, lo: LargeObject, span?: Span): Readable {
  const start = span?.start ?? 0;
  const end = span?.end ?? lo.size - 1;
  const { store } = objectService(ctx);
  async function* gen(): AsyncGenerator<Buffer> {
    let offset = 0;
    for (const seg of lo.segments) {
      const segStart = offset;
      const segEnd = offset + seg.bytes - 1;
      offset += seg.bytes;
      if (seg.bytes === 0 || segEnd < start) continue;
      if (segStart > end) break;
      const c = await findContainer(ctx.db, r.projectId, seg.container);
      const o = c ? await findObject(ctx.db, c.id, seg.object) : null;
      if (!o || isExpired(o, ctx.now()) || (lo.kind === 'slo' && o.etag !== seg.etag) || Number(o.bytes) !== seg.bytes) {
        throw new Error(`segment /${seg.container}/${seg.object} changed or vanished`);
      }
      const from = Math.max(start, segStart) - segStart;
      const to = Math.min(end, segEnd) - segStart;
      const data = await store.read(o.data_id, { start: from, end: to });
      if (!data) throw new Error(`segment /${seg.container}/${seg.object} vanished`);
      for await (const chunk of data.stream) yield chunk as Buffer;
    }
  }
  return Readable.from(gen());
}
