/**
 * Bulk operations (Swift's bulk middleware), for the account's owner:
 *
 * - `?bulk-delete` (DELETE or POST on the account): the body lists URL-encoded
 *   `<container>/<object>` or `<container>` paths, one a line (a leading `/` allowed), deleted
 *   in order (objects through versioning as a DELETE would; a container only when empty).
 * - `?extract-archive=tar|tar.gz|tar.bz2` (PUT on the account or a container): every regular file of
 *   the archive becomes an object — `<container>/<object>` from its path at the account, the
 *   object name under the addressed container — creating containers as needed, with the
 *   quotas, versioning and name checks of a PUT. ustar, pax (`path`) and GNU long names.
 *
 * Both answer 200 with Swift's report (sorted `Key: value` lines then `Errors:` and one
 * `<name>, <status>` line per failure; JSON with `Accept: application/json`): what happened to
 * each item is in the body, not the status.
 */
import { randomUUID, createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import unbzip2 from 'unbzip2-stream';
import type { AppContext } from '../context.js';
import { ApiError, badRequest, methodNotAllowed } from '../errors.js';
import { receiveBody } from '../body-stream.js';
import { storedNow } from './http.js';
import { SWIFT_LIMITS } from './limits.js';
import { header } from './metadata.js';
import { checkNames, parseSwiftPath } from './names.js';
import { quotaExceeded, uploadAllowance } from './quotas.js';
import type { SwiftRequest } from './routes.js';
import { deleteContainerRow, deleteObjectRow, findContainer, objectService, putContainerRow, putObjectRow, type ObjectMeta } from './service.js';
import { archiveCurrent, versionedDelete } from './versioning.js';

/** Swift's bulk defaults, advertised in `/info` (`bulk_delete`, `bulk_upload`). */
export const BULK_LIMITS = {
  bulk_delete: { max_deletes_per_request: 10_000, max_failed_deletes: 1_000 },
  bulk_upload: { max_containers_per_extraction: 10_000, max_failed_extractions: 1_000 },
} as const;

/** The archive formats `?extract-archive=` takes. */
const FORMATS = new Set(['tar', 'tar.gz', 'tgz', 'tar.bz2', 'tbz2']);

/**
 * The tar stream of a `tar.bz2` body: unbzip2-stream (pure JavaScript, one bzip2 block — at
 * most 900 kB — decoded at a time, with backpressure through the pipe). A corrupt stream ends
 * the extraction with Swift's "Invalid Tar File" report.
 */
function bunzip2(body: Readable): Readable {
  const out = new PassThrough();
  const decoder = unbzip2();
  decoder.on('error', () => out.destroy(badRequest('Invalid Tar File: not bzip2 data', { plain: true })));
  body.on('error', (e) => out.destroy(e));
  body.pipe(decoder).pipe(out);
  return out;
}

/**
 * The bulk operation of a request, if any (its spec operation id): POST `?bulk-delete` and a
 * container PUT `?extract-archive`, and every account DELETE and PUT (the spec's operations of
 * those methods: authorized first, then 405 without their query, as Swift answers them).
 */
export function bulkOperation(level: 'account' | 'container' | 'object', method: string, query: Map<string, string>): 'bulkDelete' | 'extractArchive' | undefined {
  if (level === 'account' && (method === 'DELETE' || (method === 'POST' && query.has('bulk-delete')))) return 'bulkDelete';
  if ((level === 'account' && method === 'PUT') || (level === 'container' && method === 'PUT' && query.has('extract-archive'))) return 'extractArchive';
  return undefined;
}

const notBulk = (): ApiError => methodNotAllowed('The method is not allowed for this resource.');

/** `<status> <reason>` of an error, as Swift lists it. */
function statusLine(e: unknown): string {
  const status = e instanceof ApiError ? e.status : 500;
  const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Request Entity Too Large' };
  return `${status} ${reasons[status] ?? 'Internal Error'}`;
}

/** Sends Swift's bulk report (text or JSON by the Accept header), always 200. */
export function sendBulkReport(r: SwiftRequest, fields: Record<string, string | number>, errors: [string, string][]): unknown {
  const json = (header(r.req.headers, 'accept') ?? '').includes('application/json');
  const body = json
    ? JSON.stringify({ ...fields, Errors: errors })
    : `${Object.keys(fields).sort().map((k) => `${k}: ${fields[k]}\n`).join('')}Errors:\n${errors.map(([n, m]) => `${n}, ${m}\n`).join('')}`;
  return r.reply.code(200).header('Content-Type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8').send(body);
}

/** Reads a whole (bounded) body; null when it is longer than `max`. */
async function readBounded(body: Readable, max: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of body) {
    n += (chunk as Buffer).length;
    if (n > max) {
      body.resume();
      return null;
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

/** `?bulk-delete`. */
export async function bulkDelete(ctx: AppContext, r: SwiftRequest): Promise<unknown> {
  if (!r.query.has('bulk-delete')) throw notBulk();
  const max = BULK_LIMITS.bulk_delete.max_deletes_per_request;
  const raw = await readBounded(r.body, max * (SWIFT_LIMITS.max_container_name_length + SWIFT_LIMITS.max_object_name_length + 2) * 3);
  const lines = raw === null ? null : raw.toString('latin1').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines === null || lines.length > max) {
    return sendBulkReport(r, { 'Number Deleted': 0, 'Number Not Found': 0, 'Response Body': `Maximum Bulk Deletes: ${max} per request`, 'Response Status': '413 Request Entity Too Large' }, []);
  }
  let deleted = 0;
  let missing = 0;
  const errors: [string, string][] = [];
  for (const line of lines) {
    if (errors.length >= BULK_LIMITS.bulk_delete.max_failed_deletes) break;
    let name = line;
    try {
      const p = parseSwiftPath(`${r.path.account}/${line.replace(/^\/+/, '')}`);
      if (p.container === undefined) throw badRequest('Invalid bulk delete.', { plain: true });
      name = `/${p.container}${p.object !== undefined ? `/${p.object}` : ''}`;
      const now = storedNow(ctx.now());
      if (p.object === undefined) {
        const done = await deleteContainerRow(ctx, r.projectId, p.container);
        if (done === 'missing') missing++;
        else if (done === 'not-empty') errors.push([name, '409 Conflict']);
        else deleted++;
        continue;
      }
      const c = await findContainer(ctx.db, r.projectId, p.container);
      if (!c) {
        missing++;
        continue;
      }
      if ((await versionedDelete(ctx, r.projectId, c, p.object)) === 'delete') await deleteObjectRow(ctx, r.projectId, p.container, p.object, now);
      deleted++;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) missing++;
      else if (e instanceof ApiError && e.status < 500) errors.push([name, statusLine(e)]);
      else throw e;
    }
  }
  const status = errors.length ? '400 Bad Request' : '200 OK';
  return sendBulkReport(r, { 'Number Deleted': deleted, 'Number Not Found': missing, 'Response Body': '', 'Response Status': status }, errors);
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private size = 0;
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** Up to `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    while (this.size < n) {
      const next = await this.it.next();
      if (next.done) break;
      this.buffered.push(next.value);
      this.size += next.value.length;
    }
    const all = Buffer.concat(this.buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length ? [rest] : [];
    this.size = rest.length;
    return out;
  }
  /** Exactly `n` bytes as chunks of at most 1 MiB; throws on a short stream. */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      const b = await this.read(Math.min(left, 1 << 20));
      if (b.length === 0) throw invalidTar('unexpected end of data');
      left -= b.length;
      yield b;
    }
  }
  /** Skips `n` bytes. */
  async skip(n: number): Promise<void> {
    for await (const _ of this.chunks(n)) {
      // discarded
    }
  }
}

const invalidTar = (why: string): ApiError => badRequest(`Invalid Tar File: ${why}`, { plain: true });

/** A NUL-terminated header field. */
const cstr = (b: Buffer, start: number, len: number): Buffer => {
  const f = b.subarray(start, start + len);
  const z = f.indexOf(0);
  return z < 0 ? f : f.subarray(0, z);
};

/** A numeric header field: octal text, or GNU's base-256 (high bit set). */
function num(b: Buffer, start: number, len: number): number {
  const f = b.subarray(start, start + len);
  if (f[0]! & 0x80) {
    let v = 0;
    for (let i = 1; i < f.length; i++) v = v * 256 + f[i]!;
    return v;
  }
  const t = cstr(b, start, len).toString('latin1').trim();
  if (t === '') return 0;
  if (!/^[0-7]+$/.test(t)) throw invalidTar('bad number in header');
  return parseInt(t, 8);
}

/** One entry of a tar stream: its path (raw bytes), type flag and size; the data follows. */
interface TarEntry {
  path: Buffer;
  type: string;
  size: number;
}

/** The pax `path` of an extended header's records, if any. */
function paxPath(data: Buffer): Buffer | undefined {
  let out: Buffer | undefined;
  let i = 0;
  while (i < data.length) {
    const sp = data.indexOf(0x20, i);
    if (sp < 0) break;
    const len = parseInt(data.subarray(i, sp).toString('latin1'), 10);
    if (!(len > 0)) throw invalidTar('bad pax header');
    const rec = data.subarray(sp + 1, i + len - 1);
    const eq = rec.indexOf(0x3d);
    if (eq > 0 && rec.subarray(0, eq).toString('latin1') === 'path') out = Buffer.from(rec.subarray(eq + 1));
    i += len;
  }
  return out;
}

/** The entries of a tar stream; `next()` must have consumed (or skipped) each one's data. */
async function* tarEntries(reader: ByteReader): AsyncGenerator<TarEntry> {
  let longName: Buffer | undefined;
  for (;;) {
    const h = await reader.read(512);
    if (h.length === 0) return;
    if (h.length < 512) throw invalidTar('truncated header');
    if (h.every((x) => x === 0)) return;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    if (sum !== num(h, 148, 8)) throw invalidTar('checksum mismatch');
    const type = String.fromCharCode(h[156]!);
    const size = num(h, 124, 12);
    const padded = Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'L') {
      const parts: Buffer[] = [];
      for await (const b of reader.chunks(padded)) parts.push(b);
      const data = Buffer.concat(parts).subarray(0, size);
      longName = type === 'L' ? cstr(data, 0, data.length) : (paxPath(data) ?? longName);
      continue;
    }
    if (type === 'g') {
      await reader.skip(padded);
      continue;
    }
    const name = cstr(h, 0, 100);
    const prefix = h.subarray(257, 262).toString('latin1') === 'ustar' ? cstr(h, 345, 155) : Buffer.alloc(0);
    const path = longName ?? (prefix.length ? Buffer.concat([prefix, Buffer.from('/'), name]) : name);
    longName = undefined;
    yield { path, type, size };
    const rest = padded - size;
    if (rest > 0) await reader.skip(rest);
  }
}

/** `?extract-archive=<format>`. */
export async function extractArchive(ctx: AppContext, r: SwiftRequest): Promise<unknown> {
  if (!r.query.has('extract-archive')) throw notBulk();
  const format = r.query.get('extract-archive')!;
  if (!FORMATS.has(format)) throw badRequest('Unsupported archive format', { plain: true });
  const source: AsyncIterable<Buffer> = format === 'tar' ? r.body : format.endsWith('bz2') ? bunzip2(r.body) : r.body.pipe(createGunzip());
  const reader = new ByteReader(source);
  let created = 0;
  const errors: [string, string][] = [];
  const containers = new Set<string>();
  const report = (status: string, body = ''): unknown => sendBulkReport(r, { 'Number Files Created': created, 'Response Body': body, 'Response Status': status }, errors);
  const { store } = objectService(ctx);
  try {
    for await (const entry of tarEntries(reader)) {
      const isFile = entry.type === '0' || entry.type === '\0' || entry.type === '7';
      let text: string | undefined;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(entry.path);
      } catch {
        text = undefined;
      }
      const rel = (text ?? '').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
      const full = r.path.container !== undefined ? `${r.path.container}/${rel}` : rel;
      const i = full.indexOf('/');
      const container = i < 0 ? full : full.slice(0, i);
      const object = i < 0 ? '' : full.slice(i + 1);
      if (!isFile || !object || object.endsWith('/')) {
        await reader.skip(entry.size);
        continue;
      }
      try {
        if (text === undefined || text.includes('\u0000')) throw new ApiError(412, 'Invalid UTF8 or contains NULL', { plain: true });
        checkNames({ account: r.path.account, container, object });
        if (!containers.has(container)) {
          if (containers.size >= BULK_LIMITS.bulk_upload.max_containers_per_extraction) throw badRequest('More than 10000 containers to create from tar.', { plain: true });
          if (!(await findContainer(ctx.db, r.projectId, container))) await putContainerRow(ctx, r.projectId, container, (m) => m, {}, storedNow(ctx.now()));
          containers.add(container);
        }
        const c = (await findContainer(ctx.db, r.projectId, container))!;
        const allowance = await uploadAllowance(ctx, r.projectId, c);
        if (entry.size > allowance) throw quotaExceeded();
        if (entry.size > SWIFT_LIMITS.max_file_size) throw new ApiError(413, 'Your request is too large.');
        await archiveCurrent(ctx, r.projectId, c, object);
      } catch (e) {
        if (!(e instanceof ApiError) || e.status >= 500) throw e;
        errors.push([`/${full}`, statusLine(e)]);
        await reader.skip(entry.size);
        if (errors.length >= BULK_LIMITS.bulk_upload.max_failed_extractions) return report('400 Bad Request', 'Max failures exceeded');
        continue;
      }
      const dataId = randomUUID();
      const w = await store.write(dataId);
      const md5 = createHash('md5');
      const bytes = await receiveBody(Readable.from(reader.chunks(entry.size)), w, { inspect: (chunk) => md5.update(chunk) });
      await w.commit();
      const now = storedNow(ctx.now());
      await putObjectRow(ctx, r.projectId, container, object, {
        data_id: dataId, bytes, etag: md5.digest('hex'), content_type: 'application/octet-stream', metadata: JSON.stringify({ meta: {}, headers: {} } satisfies ObjectMeta), last_modified: now, delete_at: null,
      }, now);
      created++;
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 400) return report('400 Bad Request', e.message);
    if (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('Z_')) return report('400 Bad Request', 'Invalid Tar File: not gzip data');
    throw e;
  }
  return report(errors.length ? '400 Bad Request' : '201 Created');
}
