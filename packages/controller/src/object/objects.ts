/**
 * Object handlers (Swift api-ref: Objects): streamed upload with MD5/ETag verification,
 * server-side copy (PUT + X-Copy-From, COPY + Destination), metadata, conditional and ranged
 * reads, delete.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { receiveBody } from '../body-stream.js';
import type { AppContext } from '../context.js';
import { ApiError, badRequest, forbidden, notFound, unauthorized } from '../errors.js';
import { aclAllows } from './access.js';
import { evaluateConditions, httpDate, multipart, parseRanges, storedNow, xTimestamp, type Span } from './http.js';
import { SWIFT_LIMITS } from './limits.js';
import { sendBulkReport } from './bulk.js';
import { quotaExceeded, uploadAllowance } from './quotas.js';
import { checkMetadata, header, metadataHeaders, metadataRemovals, metadataUpdates, type Metadata } from './metadata.js';
import { encodeName, parseCopyTarget } from './names.js';
import type { SwiftHandlers, SwiftRequest } from './routes.js';
import { parseDloManifest, readSloManifest, resolveLargeObject, segmentStream, validateSloManifest, type LargeObject } from './largeobjects.js';
import { isExpired } from './expiry.js';
import { archiveCurrent, versionedDelete } from './versioning.js';
import { deleteObjectRow, findContainer, findObject, objectService, parseJson, putObjectRow, type ObjectMeta, type ObjectRow } from './service.js';

/** Headers stored with an object and sent back as they came (by their wire spelling). */
const KEPT_HEADERS = { 'content-encoding': 'Content-Encoding', 'content-disposition': 'Content-Disposition', 'x-object-manifest': 'X-Object-Manifest' } as const;

const DEFAULT_TYPE = 'application/octet-stream';

/** The object (and its container) or 404; an expired object is 404 at once, before the sweep removes it. */
async function lookup(ctx: AppContext, projectId: string, container: string, object: string): Promise<ObjectRow> {
  const c = await findContainer(ctx.db, projectId, container);
  const o = c ? await findObject(ctx.db, c.id, object) : null;
  if (!o || isExpired(o, ctx.now())) throw notFound();
  return o;
}

/**
 * The expiry a write asks for (Swift's X-Delete-At: Unix seconds, or X-Delete-After: seconds
 * from now), null for none; 400 with Swift's messages when malformed or in the past.
 */
function requestDeleteAt(r: SwiftRequest, now: Date): number | null {
  const at = header(r.req.headers, 'x-delete-at');
  const after = header(r.req.headers, 'x-delete-after');
  const nowS = Math.floor(now.getTime() / 1000);
  if (after !== undefined) {
    if (!/^-?\d+$/.test(after.trim())) throw badRequest('Non-integer X-Delete-After', { plain: true });
    const n = Number(after.trim());
    if (n <= 0) throw badRequest('X-Delete-After in past', { plain: true });
    return nowS + n;
  }
  if (at !== undefined) {
    if (!/^-?\d+$/.test(at.trim())) throw badRequest('Non-integer X-Delete-At', { plain: true });
    const n = Number(at.trim());
    if (n <= nowS) throw badRequest('X-Delete-At in past', { plain: true });
    return n;
  }
  return null;
}

/** Response headers describing an object. */
function objectHeaders(o: ObjectRow): Record<string, string | number> {
  const m = parseJson<ObjectMeta>(o.metadata);
  return {
    'Content-Type': o.content_type,
    // Bare, as Swift sends a plain object's (a large object's is quoted: below).
    ETag: o.etag,
    'Last-Modified': httpDate(o.last_modified),
    'X-Timestamp': xTimestamp(o.last_modified),
    'Accept-Ranges': 'bytes',
    ...m.headers,
    ...(m.slo ? { 'X-Static-Large-Object': 'True' } : {}),
    ...(o.delete_at !== null ? { 'X-Delete-At': String(Number(o.delete_at)) } : {}),
    ...metadataHeaders(m.meta, 'object'),
  };
}

/** The user metadata and kept headers of a write request (Swift's limits checked). */
function requestMeta(r: SwiftRequest): ObjectMeta {
  // An object keeps a metadata item sent with an empty value (Swift's object server does);
  // only X-Remove-Object-Meta-* names are left out.
  const removed = metadataRemovals(r.req.headers, 'object');
  const meta: Metadata = {};
  for (const [k, v] of metadataUpdates(r.req.headers, 'object')) if (v !== '' || !removed.has(k)) meta[k] = v;
  checkMetadata(meta, 'object');
  const headers: Record<string, string> = {};
  for (const [h, name] of Object.entries(KEPT_HEADERS)) {
    const v = header(r.req.headers, h);
    if (v !== undefined) headers[name] = v;
  }
  if (headers['X-Object-Manifest'] !== undefined) parseDloManifest(headers['X-Object-Manifest']);
  return { meta, headers };
}

/** The content type a write asks for (undefined when none was sent). */
function requestType(r: SwiftRequest): string | undefined {
  const t = header(r.req.headers, 'content-type');
  return t === undefined || t === '' ? undefined : t;
}

/** Opens the data of a row, re-reading the row once if an overwrite replaced it meanwhile. */
async function openData(ctx: AppContext, r: SwiftRequest, row: ObjectRow, span?: Span): Promise<{ row: ObjectRow; stream: Readable }> {
  const { store } = objectService(ctx);
  for (let attempt = 0; attempt < 3; attempt++) {
    const data = await store.read(row.data_id, span ? { start: span.start, end: span.end } : undefined);
    if (data) return { row, stream: data.stream };
    // The data was replaced (and deleted) between reading the row and opening it.
    row = await lookup(ctx, r.projectId, r.path.container!, r.path.object!);
  }
  throw notFound();
}

/** Object handlers. */
export function objectHandlers(ctx: AppContext): SwiftHandlers {
  const read = async (r: SwiftRequest, head: boolean): Promise<unknown> => {
    const o = await lookup(ctx, r.projectId, r.path.container!, r.path.object!);
    const h = r.req.headers;
    const headers = objectHeaders(o);
    const mm = r.query.get('multipart-manifest');
    if (mm !== undefined && mm !== 'get') throw badRequest('Invalid multipart-manifest value; must be one of: get', { plain: true });
    // `?multipart-manifest=get` of an SLO: the manifest itself (`format=raw`: as it was PUT).
    if (mm === 'get' && parseJson<ObjectMeta>(o.metadata).slo) {
      const entries = await readSloManifest(ctx, o);
      const doc = r.query.get('format') === 'raw' ? entries.map((e) => ({ path: e.name, etag: e.hash, size_bytes: e.bytes })) : entries;
      const body = Buffer.from(JSON.stringify(doc));
      const etag = createHash('md5').update(body).digest('hex');
      r.reply.code(200).headers(headers).headers({ 'Content-Type': 'application/json; charset=utf-8', ETag: `"${etag}"`, 'Content-Length': body.length });
      return head ? r.reply.send() : r.reply.send(body);
    }
    // A large object reads as its segments (DLO: a manifest-get reads the manifest object itself).
    const lo: LargeObject | null = mm === 'get' ? null : await resolveLargeObject(ctx, r, o);
    const etag = lo ? lo.etag : o.etag;
    const size = lo ? lo.size : Number(o.bytes);
    if (lo) headers.ETag = `"${etag}"`;
    const open = async (span?: Span): Promise<Readable> => (lo ? segmentStream(ctx, r, lo, span) : (await openData(ctx, r, o, span)).stream);
    const verdict = evaluateConditions(
      { ifMatch: header(h, 'if-match'), ifNoneMatch: header(h, 'if-none-match'), ifModifiedSince: header(h, 'if-modified-since'), ifUnmodifiedSince: header(h, 'if-unmodified-since') },
      etag, o.last_modified,
    );
    // A temp URL download is an attachment named after the object unless asked otherwise (Swift's tempurl).
    if (r.tempUrl && !head) {
      const filename = r.query.get('filename') ?? o.name.split('/').pop()!;
      const quoted = `filename="${filename.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
      headers['Content-Disposition'] = r.query.has('inline') ? (r.query.has('filename') ? `inline; ${quoted}` : 'inline') : `attachment; ${quoted}`;
    }
    if (verdict === 304) return r.reply.code(304).headers({ ETag: headers.ETag!, 'Last-Modified': headers['Last-Modified']! }).send();
    if (verdict === 412) throw new ApiError(412, 'A precondition for this request was not met.');
    if (head) return r.reply.code(200).headers(headers).header('Content-Length', size).send();
    let spans: Span[] | null;
    try {
      spans = parseRanges(header(h, 'range'), size);
    } catch (e) {
      if (e instanceof ApiError && e.status === 416) r.reply.header('Accept-Ranges', 'bytes');
      throw e;
    }
    if (!spans) {
      return r.reply.code(200).headers(headers).header('Content-Length', size).send(await open());
    }
    if (spans.length === 1) {
      const s = spans[0]!;
      return r.reply.code(206).headers(headers).headers({ 'Content-Length': s.end - s.start + 1, 'Content-Range': `bytes ${s.start}-${s.end}/${size}` }).send(await open(s));
    }
    const mp = multipart(spans, size, o.content_type);
    // Each part is opened when it is reached: one file handle at a time.
    async function* parts(): AsyncGenerator<Buffer> {
      for (let i = 0; i < spans!.length; i++) {
        yield mp.heads[i]!;
        for await (const chunk of await open(spans![i]!)) yield chunk as Buffer;
      }
      yield mp.tail;
    }
    return r.reply.code(206).headers(headers).headers({ 'Content-Type': mp.contentType, 'Content-Length': mp.length }).send(Readable.from(parts()));
  };

  /** PUT: upload (or copy with X-Copy-From) to r.path; COPY: r.path is the source. */
  const write = async (r: SwiftRequest): Promise<unknown> => {
    const h = r.req.headers;
    let dest = { container: r.path.container!, object: r.path.object! };
    let source: { container: string; object: string } | null = null;
    if (r.method === 'COPY') {
      const d = header(h, 'destination');
      if (d === undefined) throw new ApiError(412, 'Destination header required', { plain: true });
      const acct = header(h, 'destination-account');
      if (acct !== undefined && acct !== r.path.account) throw new ApiError(403, 'Access was denied to this resource.');
      source = dest;
      dest = parseCopyTarget(d, 'Destination');
    } else {
      const from = header(h, 'x-copy-from');
      if (from !== undefined) source = parseCopyTarget(from, 'X-Copy-From');
    }
    const meta = requestMeta(r);
    const type = requestType(r);
    const deleteAt = requestDeleteAt(r, ctx.now());
    const cl = header(h, 'content-length');
    const chunked = (header(h, 'transfer-encoding') ?? '').toLowerCase().includes('chunked');
    if (source) {
      if ((cl !== undefined && cl !== '0') || chunked) throw badRequest('Copy requests require a zero byte body', { plain: true });
    } else {
      if (cl === undefined && !chunked) throw new ApiError(411, 'Length Required');
      if (cl !== undefined && Number(cl) > SWIFT_LIMITS.max_file_size) throw new ApiError(413, 'Your request is too large.');
    }
    // A caller let in by an ACL: COPY was checked for reading its source; it also needs write
    // on the destination, and PUT + X-Copy-From (checked for write) also read on the source.
    if (!r.owner) {
      const ok = r.method === 'COPY'
        ? await aclAllows(ctx, r.req, r.projectId, dest.container, 'write', r.auth)
        : source === null || (await aclAllows(ctx, r.req, r.projectId, source.container, 'read', r.auth));
      if (!ok) throw r.auth ? forbidden('Access was denied to this resource.') : unauthorized();
    }
    const destContainer = await findContainer(ctx.db, r.projectId, dest.container);
    if (!destContainer) throw notFound();
    if ((header(h, 'if-none-match') ?? '').trim() === '*' && (await findObject(ctx.db, destContainer.id, dest.object))) {
      throw new ApiError(412, 'A precondition for this request was not met.');
    }
    // Container and account quotas (src/object/quotas.ts): the count now, the bytes as they arrive.
    const allowance = await uploadAllowance(ctx, r.projectId, destContainer);
    const sloPut = r.method === 'PUT' && r.query.get('multipart-manifest') === 'put';
    if (!sloPut && cl !== undefined && Number(cl) > allowance) throw quotaExceeded();
    const expected = source ? undefined : header(h, 'etag')?.trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    const { store } = objectService(ctx);
    if (sloPut) {
      if (source) throw badRequest('A static large object manifest cannot be copied into place.', { plain: true });
      return putSlo(r, dest, meta, type, expected, deleteAt);
    }
    // The data: the request body, or the source object's data (a large object's: its segments, concatenated).
    let src: Readable;
    let srcRow: ObjectRow | null = null;
    if (source) {
      srcRow = await lookup(ctx, r.projectId, source.container, source.object);
      const srcReq = { ...r, path: { account: r.path.account, ...source } };
      const lo = await resolveLargeObject(ctx, srcReq, srcRow);
      if (lo) {
        src = segmentStream(ctx, srcReq, lo);
      } else {
        const opened = await openData(ctx, srcReq, srcRow);
        srcRow = opened.row;
        src = opened.stream;
      }
      // The source's metadata and kept headers come along, under the request's (what
      // X-Remove-Object-Meta-* names left out), unless X-Fresh-Metadata: true asks for none.
      if (!/^(true|yes|on|1|t|y)$/i.test(header(h, 'x-fresh-metadata') ?? '')) {
        const srcMeta = parseJson<ObjectMeta>(srcRow.metadata);
        const { 'X-Object-Manifest': _manifest, ...srcHeaders } = srcMeta.headers;
        const removed = metadataRemovals(h, 'object');
        const kept = Object.fromEntries(Object.entries(srcMeta.meta).filter(([k]) => !removed.has(k)));
        meta.meta = { ...kept, ...meta.meta };
        meta.headers = { ...(lo ? srcHeaders : srcMeta.headers), ...meta.headers };
      }
      checkMetadata(meta.meta, 'object');
    } else {
      src = r.body;
    }
    // A versioned container (src/object/versioning.ts): the version being replaced goes to the archive first, as Swift.
    try {
      await archiveCurrent(ctx, r.projectId, destContainer, dest.object);
    } catch (e) {
      if (source) src.destroy();
      throw e;
    }
    const dataId = randomUUID();
    const w = await store.write(dataId);
    const md5 = createHash('md5');
    const bytes = await receiveBody(src, w, {
      maxBytes: Math.min(SWIFT_LIMITS.max_file_size, allowance),
      tooLarge: () => (allowance < SWIFT_LIMITS.max_file_size ? quotaExceeded() : new ApiError(413, 'Your request is too large.')),
      inspect: (chunk) => md5.update(chunk),
      finish: () => {
        if (expected !== undefined && md5.copy().digest('hex') !== expected) throw new ApiError(422, 'Unable to process the contained instructions');
      },
    });
    if (source) src.destroy();
    await w.commit();
    const etag = md5.digest('hex');
    const now = storedNow(ctx.now());
    await putObjectRow(ctx, r.projectId, dest.container, dest.object, {
      data_id: dataId, bytes, etag, content_type: type ?? srcRow?.content_type ?? DEFAULT_TYPE, metadata: JSON.stringify(meta), last_modified: now, delete_at: deleteAt,
    }, now);
    r.reply.code(201).headers({ ETag: etag, 'Last-Modified': httpDate(now), 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
    if (source && srcRow) {
      // A copy answers with the new object's metadata too, as Swift's copy middleware.
      r.reply.headers({ 'X-Copied-From': `${encodeName(source.container)}/${encodeName(source.object)}`, 'X-Copied-From-Last-Modified': httpDate(srcRow.last_modified), ...metadataHeaders(meta.meta, 'object') });
    }
    return r.reply.send();
  };

  /** PUT ?multipart-manifest=put: a validated SLO manifest becomes the object's data. */
  const putSlo = async (r: SwiftRequest, dest: { container: string; object: string }, meta: ObjectMeta, type: string | undefined, expected: string | undefined, deleteAt: number | null): Promise<unknown> => {
    const manifest = await validateSloManifest(ctx, r);
    if (expected !== undefined && expected !== manifest.etag) throw new ApiError(422, 'Unable to process the contained instructions');
    const c = await findContainer(ctx.db, r.projectId, dest.container);
    if (!c) throw notFound();
    // The large object's total size counts in the container's bytes, so against the quotas too.
    if (manifest.size > (await uploadAllowance(ctx, r.projectId, c))) throw quotaExceeded();
    await archiveCurrent(ctx, r.projectId, c, dest.object);
    const { store } = objectService(ctx);
    const dataId = randomUUID();
    const w = await store.write(dataId);
    const body = Buffer.from(JSON.stringify(manifest.entries));
    await receiveBody(Readable.from([body]), w);
    await w.commit();
    const now = storedNow(ctx.now());
    const { 'X-Object-Manifest': _dlo, ...headers } = meta.headers;
    await putObjectRow(ctx, r.projectId, dest.container, dest.object, {
      data_id: dataId, bytes: manifest.size, etag: manifest.etag, content_type: type ?? DEFAULT_TYPE,
      metadata: JSON.stringify({ meta: meta.meta, headers, slo: true } satisfies ObjectMeta), last_modified: now, delete_at: deleteAt,
    }, now);
    r.reply.code(201).headers({ ETag: `"${manifest.etag}"`, 'Last-Modified': httpDate(now), 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
    return r.reply.send();
  };

  /** DELETE ?multipart-manifest=delete of an SLO: its segments, then the manifest (Swift's bulk-delete style answer). */
  const deleteSlo = async (r: SwiftRequest, row: ObjectRow): Promise<unknown> => {
    const entries = await readSloManifest(ctx, row);
    let deleted = 0;
    let notFoundCount = 0;
    const errors: [string, string][] = [];
    const now = storedNow(ctx.now());
    for (const e of entries) {
      const i = e.name.indexOf('/', 1);
      const container = e.name.slice(1, i);
      if (!r.owner && !(await aclAllows(ctx, r.req, r.projectId, container, 'write', r.auth))) {
        errors.push([e.name, '403 Forbidden']);
        continue;
      }
      try {
        await deleteObjectRow(ctx, r.projectId, container, e.name.slice(i + 1), now);
        deleted++;
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) notFoundCount++;
        else throw err;
      }
    }
    if (errors.length === 0) {
      await deleteObjectRow(ctx, r.projectId, r.path.container!, r.path.object!, now);
      deleted++;
    }
    const status = errors.length === 0 ? '200 OK' : '400 Bad Request';
    return sendBulkReport(r, { 'Number Deleted': deleted, 'Number Not Found': notFoundCount, 'Response Body': '', 'Response Status': status }, errors);
  };

  return {
    GET: (r) => read(r, false),
    HEAD: (r) => read(r, true),
    PUT: write,
    COPY: write,
    POST: async (r) => {
      const o = await lookup(ctx, r.projectId, r.path.container!, r.path.object!);
      // Swift's POST replaces the user metadata (and the kept headers, the type if sent).
      const meta = requestMeta(r);
      const type = requestType(r);
      const deleteAt = requestDeleteAt(r, ctx.now());
      // What makes it a large object survives a metadata update: the SLO flag, and a DLO's
      // manifest header unless the POST sends a new one.
      const old = parseJson<ObjectMeta>(o.metadata);
      if (old.slo) {
        meta.slo = true;
        delete meta.headers['X-Object-Manifest'];
      } else if (meta.headers['X-Object-Manifest'] === undefined && old.headers['X-Object-Manifest'] !== undefined) {
        meta.headers['X-Object-Manifest'] = old.headers['X-Object-Manifest'];
      }
      const c = await findContainer(ctx.db, r.projectId, r.path.container!);
      if (!c) throw notFound();
      const res = await ctx.db.updateTable('objects')
        .set({ metadata: JSON.stringify(meta), delete_at: deleteAt, ...(type ? { content_type: type } : {}) })
        .where('container_id', '=', c.id).where('name', '=', o.name).where('data_id', '=', o.data_id).executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw notFound();
      r.reply.code(202).headers({ 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
      return r.reply.send();
    },
    DELETE: async (r) => {
      const c = await findContainer(ctx.db, r.projectId, r.path.container!);
      if (!c) throw notFound();
      if (r.query.get('multipart-manifest') === 'delete') {
        const o = await lookup(ctx, r.projectId, r.path.container!, r.path.object!);
        if (parseJson<ObjectMeta>(o.metadata).slo) return deleteSlo(r, o);
      }
      // A versioned container: stack mode puts the previous version back; history mode archives first.
      if ((await versionedDelete(ctx, r.projectId, c, r.path.object!)) === 'done') {
        r.reply.code(204).header('Content-Type', 'text/html; charset=UTF-8');
        return r.reply.send();
      }
      await lookup(ctx, r.projectId, r.path.container!, r.path.object!);
      await deleteObjectRow(ctx, r.projectId, r.path.container!, r.path.object!, storedNow(ctx.now()));
      r.reply.code(204).header('Content-Type', 'text/html; charset=UTF-8');
      return r.reply.send();
    },
  };
}

