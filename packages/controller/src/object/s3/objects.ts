/**
 * S3 object operations on the Swift object rows and data: PutObject (with Content-MD5),
 * CopyObject (x-amz-copy-source, metadata directive COPY/REPLACE), GetObject/HeadObject
 * (Range, If-Match/If-None-Match/If-(Un)Modified-Since, response-* overrides), DeleteObject.
 * User metadata `x-amz-meta-*` is Swift's `X-Object-Meta-*` (same stored names and limits).
 * Multipart uploads are in multipart.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { receiveBody } from '../../body-stream.js';
import type { AppContext } from '../../context.js';
import { ApiError } from '../../errors.js';
import { isExpired } from '../expiry.js';
import { evaluateConditions, httpDate, parseRanges, storedNow, type Span } from '../http.js';
import { readSloManifest, resolveLargeObject, segmentStream, type LargeObject, type SloEntry } from '../largeobjects.js';
import { SWIFT_LIMITS } from '../limits.js';
import { checkMetadata, header, type Metadata } from '../metadata.js';
import type { SwiftRequest } from '../routes.js';
import { deleteObjectRow, findContainer, findObject, objectService, parseJson, putObjectRow, type ObjectMeta, type ObjectRow } from '../service.js';
import { bucketRow, sendXml } from './buckets.js';
import { abortUpload, completeUpload, createUpload, listParts, uploadPart } from './multipart.js';
import { subresources, type S3Handlers, type S3Request } from './routes.js';
import { decodeUrlPart, isStreaming } from './sigv4.js';
import { document, elements, S3Error } from './xml.js';

const DEFAULT_TYPE = 'application/octet-stream';

/** Headers kept with an object (Swift's spelling, shared with the Swift API). */
const KEPT_HEADERS = { 'content-encoding': 'Content-Encoding', 'content-disposition': 'Content-Disposition' } as const;

/** `response-*` query parameters of GetObject and the header each overrides. */
const RESPONSE_OVERRIDES: Record<string, string> = {
  'response-content-type': 'Content-Type',
  'response-content-language': 'Content-Language',
  'response-expires': 'Expires',
  'response-cache-control': 'Cache-Control',
  'response-content-disposition': 'Content-Disposition',
  'response-content-encoding': 'Content-Encoding',
};

/** A stored timestamp as S3 writes it (`2026-12-07T13:20:12.000Z`). */
export function s3Time(iso: string): string {
  return `${iso.slice(0, 23)}Z`;
}

/** The ETag S3 shows: a multipart upload's `<md5>-<n>`, else the MD5 (unquoted). */
export function s3Etag(row: ObjectRow, meta: ObjectMeta): string {
  return meta.s3Etag ?? row.etag;
}

const noSuchKey = (): S3Error => new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');

/** The object row (not expired) or NoSuchBucket/NoSuchKey. */
export async function objectRow(ctx: AppContext, projectId: string, bucket: string, key: string): Promise<ObjectRow> {
  const c = await findContainer(ctx.db, projectId, bucket);
  if (!c) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
  const o = await findObject(ctx.db, c.id, key);
  if (!o || isExpired(o, ctx.now())) throw noSuchKey();
  return o;
}

/** The shared large-object code reads as the account's owner (a minimal Swift request). */
export function ownerRequest(r: Pick<S3Request, 'req' | 'projectId' | 'auth'>): SwiftRequest {
  return { req: r.req, projectId: r.projectId, owner: true, auth: r.auth, tempUrl: false } as unknown as SwiftRequest;
}

/** The user metadata (`x-amz-meta-*`) and kept headers of a write, within Swift's limits. */
export function requestMeta(headers: IncomingHttpHeaders): ObjectMeta {
  const meta: Metadata = {};
  for (const [k, v] of Object.entries(headers)) {
    if (k.startsWith('x-amz-meta-') && k.length > 'x-amz-meta-'.length) meta[k.slice('x-amz-meta-'.length)] = (Array.isArray(v) ? v.join(',') : (v ?? '')).trim();
  }
  try {
    checkMetadata(meta, 'object');
  } catch (e) {
    throw new S3Error(400, 'MetadataTooLarge', e instanceof Error ? e.message.replace('X-Object-Meta-', 'x-amz-meta-') : 'Your metadata headers exceed the maximum allowed metadata size.');
  }
  const kept: Record<string, string> = {};
  for (const [h, name] of Object.entries(KEPT_HEADERS)) {
    const v = header(headers, h);
    if (v !== undefined) kept[name] = v;
  }
  return { meta, headers: kept };
}

/** The content type of a write (undefined when not sent). */
function requestType(headers: IncomingHttpHeaders): string | undefined {
  const t = header(headers, 'content-type');
  return t === undefined || t === '' ? undefined : t;
}

/** The hex MD5 a `Content-MD5` header asks for (400 InvalidDigest when malformed), or undefined. */
function contentMd5(headers: IncomingHttpHeaders): string | undefined {
  const v = header(headers, 'content-md5');
  if (v === undefined) return undefined;
  const b = Buffer.from(v.trim(), 'base64');
  if (b.length !== 16 || b.toString('base64') !== v.trim()) throw new S3Error(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.');
  return b.toString('hex');
}

/** The data length a write declares (aws-chunked: x-amz-decoded-content-length); 411 without, 400 EntityTooLarge above 5 GiB. */
function declaredLength(r: S3Request): number {
  const v = header(r.req.headers, isStreaming(r.signed) ? 'x-amz-decoded-content-length' : 'content-length');
  if (v === undefined || !/^\d+$/.test(v.trim())) throw new S3Error(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
  const n = Number(v.trim());
  if (n > SWIFT_LIMITS.max_file_size) throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.');
  return n;
}

/**
 * Streams `src` into a fresh data file of the store: its MD5 checked against `expectedMd5`
 * (400 BadDigest), its length against `length` (400 IncompleteBody); committed only when whole.
 */
export async function writeData(ctx: AppContext, src: Readable, opts: { length?: number; expectedMd5?: string }): Promise<{ dataId: string; bytes: number; etag: string }> {
  const { store } = objectService(ctx);
  const dataId = randomUUID();
  const w = await store.write(dataId);
  const md5 = createHash('md5');
  let n = 0;
  // receiveBody reports any error of the body as a disconnect: keep the decoder's own (a bad chunk signature, a hash mismatch).
  let srcError: unknown = null;
  src.once('error', (e) => (srcError ??= e));
  const bytes = await receiveBody(src, w, {
    maxBytes: opts.length ?? SWIFT_LIMITS.max_file_size,
    tooLarge: () => (opts.length !== undefined ? new S3Error(400, 'IncompleteBody', 'The request body is longer than its declared length.') : new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.')),
    inspect: (chunk) => {
      md5.update(chunk);
      n += chunk.length;
    },
    finish: () => {
      if (opts.length !== undefined && n !== opts.length) throw new S3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
      if (opts.expectedMd5 !== undefined && md5.copy().digest('hex') !== opts.expectedMd5) throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
    },
  }).catch((e: unknown) => {
    throw srcError instanceof S3Error ? srcError : e;
  });
  await w.commit();
  return { dataId, bytes, etag: md5.digest('hex') };
}

/** Reads a small request body (XML documents) whole, within `limit` bytes. */
export async function readSmallBody(r: S3Request, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of r.body()) {
    n += (chunk as Buffer).length;
    if (n > limit) throw new S3Error(400, 'MaxMessageLengthExceeded', 'Your request was too big.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The parts an S3 multipart upload's object is made of (read before it is replaced or deleted: its manifest goes with it). */
async function multipartParts(ctx: AppContext, row: ObjectRow | null): Promise<SloEntry[]> {
  if (!row) return [];
  const meta = parseJson<ObjectMeta>(row.metadata);
  if (!meta.slo || meta.s3Etag === undefined) return [];
  return readSloManifest(ctx, row).catch(() => []);
}

/** Deletes the parts of a replaced or deleted multipart object (those already gone are skipped). */
async function dropParts(ctx: AppContext, projectId: string, parts: SloEntry[]): Promise<void> {
  const now = storedNow(ctx.now());
  for (const e of parts) {
    const i = e.name.indexOf('/', 1);
    await deleteObjectRow(ctx, projectId, e.name.slice(1, i), e.name.slice(i + 1), now).catch(() => undefined);
  }
}

/** The row at a key now (null when none), for cleaning up what a write replaces. */
async function currentRow(ctx: AppContext, projectId: string, bucket: string, key: string): Promise<ObjectRow | null> {
  const c = await findContainer(ctx.db, projectId, bucket);
  return c ? findObject(ctx.db, c.id, key) : null;
}

/** Makes new data the object at `key` (replacing what was there). */
export async function commitObject(ctx: AppContext, projectId: string, bucket: string, key: string, values: { dataId: string; bytes: number; etag: string; contentType: string; meta: ObjectMeta }): Promise<string> {
  const old = await currentRow(ctx, projectId, bucket, key);
  const parts = await multipartParts(ctx, old);
  const now = storedNow(ctx.now());
  try {
    await putObjectRow(ctx, projectId, bucket, key, {
      data_id: values.dataId, bytes: values.bytes, etag: values.etag, content_type: values.contentType, metadata: JSON.stringify(values.meta), last_modified: now, delete_at: null,
    }, now);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    throw e;
  }
  // The replaced object (by this write or a concurrent one) no longer needs its parts.
  await dropParts(ctx, projectId, parts);
  return now;
}

/** DeleteObject of one key (S3: deleting what is not there succeeds). */
export async function deleteS3Object(ctx: AppContext, projectId: string, bucket: string, key: string): Promise<void> {
  if (Buffer.byteLength(key) > SWIFT_LIMITS.max_object_name_length) throw new S3Error(400, 'KeyTooLongError', 'Your key is too long.');
  const c = await findContainer(ctx.db, projectId, bucket);
  if (!c) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist');
  const old = await findObject(ctx.db, c.id, key);
  if (!old) return;
  const parts = await multipartParts(ctx, old);
  try {
    await deleteObjectRow(ctx, projectId, bucket, key, storedNow(ctx.now()), (row) => row.data_id === old.data_id);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return;
    throw e;
  }
  await dropParts(ctx, projectId, parts);
}

/** Parses `x-amz-copy-source` (`[/]<bucket>/<key>[?versionId=...]`, percent-encoded). */
function copySource(v: string): { bucket: string; key: string } {
  const s = (v.startsWith('/') ? v.slice(1) : v).replace(/\?versionId=.*$/, '');
  const i = s.indexOf('/');
  if (i <= 0 || i === s.length - 1) throw new S3Error(400, 'InvalidArgument', 'Copy Source must mention the source bucket and key: sourcebucket/sourcekey');
  return { bucket: decodeUrlPart(s.slice(0, i)), key: decodeUrlPart(s.slice(i + 1)) };
}

/** The data of a row as a stream (a large object, `lo`: its segments), `span` optional. */
async function openRow(ctx: AppContext, r: S3Request, row: ObjectRow, lo: LargeObject | null, span?: Span): Promise<Readable> {
  if (lo) return segmentStream(ctx, ownerRequest(r), lo, span);
  const data = await objectService(ctx).store.read(row.data_id, span ? { start: span.start, end: span.end } : undefined);
  // Replaced (and deleted) since the row was read: the client retries and gets the new one.
  if (!data) throw new S3Error(503, 'SlowDown', 'The object was replaced while it was read; retry.');
  return data.stream;
}

/** Object-level handlers. */
export function objectHandlers(ctx: AppContext): S3Handlers {
  const read = async (r: S3Request, head: boolean): Promise<unknown> => {
    if (!head && r.query.has('uploadId')) return listParts(ctx, r);
    const o = await objectRow(ctx, r.projectId, r.bucket!, r.key!);
    const meta = parseJson<ObjectMeta>(o.metadata);
    // A large object (an S3 multipart upload, or an SLO/DLO made through Swift) reads as its segments.
    const lo = await resolveLargeObject(ctx, ownerRequest(r), o);
    const etag = meta.s3Etag ?? lo?.etag ?? o.etag;
    const size = lo ? lo.size : Number(o.bytes);
    const h = r.req.headers;
    const headers: Record<string, string | number> = {
      'Content-Type': o.content_type,
      ETag: `"${etag}"`,
      'Last-Modified': httpDate(o.last_modified),
      'Accept-Ranges': 'bytes',
      ...meta.headers,
    };
    delete headers['X-Object-Manifest'];
    for (const [k, v] of Object.entries(meta.meta)) headers[`x-amz-meta-${k}`] = v;
    if (meta.s3Etag !== undefined) headers['x-amz-mp-parts-count'] = Number(meta.s3Etag.split('-')[1]);
    for (const [q, name] of Object.entries(RESPONSE_OVERRIDES)) {
      const v = r.query.get(q);
      if (v !== undefined) headers[name] = v;
    }
    const verdict = evaluateConditions(
      { ifMatch: header(h, 'if-match'), ifNoneMatch: header(h, 'if-none-match'), ifModifiedSince: header(h, 'if-modified-since'), ifUnmodifiedSince: header(h, 'if-unmodified-since') },
      etag, o.last_modified,
    );
    if (verdict === 304) return r.reply.code(304).headers({ ETag: headers.ETag!, 'Last-Modified': headers['Last-Modified']! }).send();
    if (verdict === 412) throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
    let spans: Span[] | null = null;
    if (!head || header(h, 'range') !== undefined) {
      try {
        spans = parseRanges(header(h, 'range'), size);
      } catch (e) {
        if (e instanceof ApiError && e.status === 416) throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable');
        throw e;
      }
    }
    // S3 serves one range; a multi-range request gets the whole object.
    const span = spans && spans.length === 1 ? spans[0]! : undefined;
    if (span) {
      r.reply.code(206).headers(headers).headers({ 'Content-Length': span.end - span.start + 1, 'Content-Range': `bytes ${span.start}-${span.end}/${size}` });
    } else {
      r.reply.code(200).headers(headers).header('Content-Length', size);
    }
    if (head) return r.reply.send();
    return r.reply.send(await openRow(ctx, r, o, lo, span));
  };

  const copy = async (r: S3Request, sourceHeader: string): Promise<unknown> => {
    const src = copySource(sourceHeader);
    const row = await objectRow(ctx, r.projectId, src.bucket, src.key);
    await bucketRow(ctx, r);
    const directive = (header(r.req.headers, 'x-amz-metadata-directive') ?? 'COPY').toUpperCase();
    if (directive !== 'COPY' && directive !== 'REPLACE') throw new S3Error(400, 'InvalidArgument', 'Unknown metadata directive.');
    const srcMeta = parseJson<ObjectMeta>(row.metadata);
    if (directive === 'COPY' && src.bucket === r.bucket && src.key === r.key) {
      throw new S3Error(400, 'InvalidRequest', 'This copy request is illegal because it is trying to copy an object to itself without changing the object\'s metadata, storage class, website redirect location or encryption attributes.');
    }
    const meta: ObjectMeta = directive === 'REPLACE' ? requestMeta(r.req.headers) : { meta: srcMeta.meta, headers: { ...srcMeta.headers } };
    delete meta.headers['X-Object-Manifest'];
    const contentType = directive === 'REPLACE' ? (requestType(r.req.headers) ?? DEFAULT_TYPE) : row.content_type;
    const data = await writeData(ctx, await openRow(ctx, r, row, await resolveLargeObject(ctx, ownerRequest(r), row)), {});
    const now = await commitObject(ctx, r.projectId, r.bucket!, r.key!, { ...data, contentType, meta });
    return sendXml(r, 200, document('CopyObjectResult', elements({ LastModified: s3Time(now), ETag: `"${data.etag}"` })));
  };

  return {
    GET: (r) => read(r, false),
    HEAD: (r) => read(r, true),
    PUT: async (r) => {
      const source = header(r.req.headers, 'x-amz-copy-source');
      if (r.query.has('uploadId') || r.query.has('partNumber')) {
        if (source !== undefined) throw new S3Error(501, 'NotImplemented', 'UploadPartCopy is not implemented.');
        return uploadPart(ctx, r, declaredLength(r), contentMd5(r.req.headers));
      }
      if (subresources(r.query).length > 0) throw new S3Error(501, 'NotImplemented', 'Object subresources are not implemented.');
      if (source !== undefined) return copy(r, source);
      const length = declaredLength(r);
      const expectedMd5 = contentMd5(r.req.headers);
      const meta = requestMeta(r.req.headers);
      await bucketRow(ctx, r);
      const data = await writeData(ctx, r.body(), { length, ...(expectedMd5 !== undefined ? { expectedMd5 } : {}) });
      await commitObject(ctx, r.projectId, r.bucket!, r.key!, { ...data, contentType: requestType(r.req.headers) ?? DEFAULT_TYPE, meta });
      return r.reply.code(200).header('ETag', `"${data.etag}"`).send();
    },
    DELETE: async (r) => {
      if (r.query.has('uploadId')) return abortUpload(ctx, r);
      await deleteS3Object(ctx, r.projectId, r.bucket!, r.key!);
      return r.reply.code(204).send();
    },
    POST: async (r) => {
      if (r.query.has('uploads')) return createUpload(ctx, r, requestMeta(r.req.headers), requestType(r.req.headers) ?? DEFAULT_TYPE);
      if (r.query.has('uploadId')) return completeUpload(ctx, r);
      throw new S3Error(501, 'NotImplemented', 'Only POST ?uploads and ?uploadId are implemented on objects.');
    },
  };
}
