/**
 * Form POST (Swift's formpost middleware): a browser uploads files with an HTML form straight
 * to `POST /v1/<account>/<container>[/<object prefix>]`, `multipart/form-data`, no token. The
 * form's fields `redirect`, `max_file_size`, `max_file_count`, `expires` and `signature` (an
 * HMAC, with one of the account's or the container's temp URL keys, of
 * `<path>\n<redirect>\n<max_file_size>\n<max_file_count>\n<expires>`; SHA-1/256/512 as hex or
 * `<digest>:<base64>`) authorize every file part, stored as `<prefix><filename>`. Optional
 * fields: `x_delete_at`, `x_delete_after`, `content-type`, `content-encoding`.
 *
 * The body is parsed as it arrives (busboy): a field value is kept up to 4096 bytes, a file is
 * streamed into the object store with the checks of a PUT (quotas, versioning, name limits),
 * never held whole. The answer is Swift's: the status of the last file's upload (`201 Created`)
 * as a text body, or `303 See Other` to `redirect?status=…&message=…`; 401 "FormPost: Invalid
 * Signature" / "Form Expired", 400 "FormPost: <problem>".
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { receiveBody } from '../body-stream.js';
import type { AppContext } from '../context.js';
import { ApiError } from '../errors.js';
import { storedNow } from './http.js';
import { SWIFT_LIMITS, ACCOUNT_PREFIX } from './limits.js';
import { header, type Metadata } from './metadata.js';
import { checkNames, type SwiftPath } from './names.js';
import { quotaExceeded, uploadAllowance } from './quotas.js';
import { accountMeta, findContainer, objectService, parseJson, putObjectRow, type ObjectMeta } from './service.js';
import { parseSig, signedByAny, TEMP_URL_KEYS, TEMPURL_INFO } from './tempurl.js';
import { archiveCurrent } from './versioning.js';

/** What `/info` advertises under `formpost`. */
export const FORMPOST_INFO = { allowed_digests: [...TEMPURL_INFO.allowed_digests] };

/** The most bytes of a form field kept (Swift's MAX_VALUE_LENGTH); the rest is read and dropped. */
const MAX_VALUE_LENGTH = 4096;

/** True when a request is a form POST: POST of `multipart/form-data` with a boundary to a container or below. */
export function isFormPost(method: string, path: SwiftPath, headers: IncomingHttpHeaders): boolean {
  if (method !== 'POST' || path.container === undefined) return false;
  const type = header(headers, 'content-type') ?? '';
  return /^\s*multipart\/form-data\s*;/i.test(type) && /;\s*boundary=/i.test(type);
}

/** A refusal of the form: its status and Swift's message. */
class FormError extends Error {
  constructor(readonly status: 400 | 401, message: string) {
    super(message);
  }
}

/** Python's str.title() of an ASCII message (`invalid signature` -> `Invalid Signature`). */
function title(s: string): string {
  return s.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** One part of the form, in order. */
type Part = { kind: 'field'; name: string; value: string } | { kind: 'file'; filename: string; type: string; stream: Readable };

/**
 * The parts of a multipart body, one at a time: busboy stops reading the request while a file
 * part waits to be consumed, so at most its buffers are in memory.
 */
function parts(req: FastifyRequest, body: Readable): { iterator: AsyncGenerator<Part>; stop: () => void } {
  const bb = busboy({ headers: req.headers, limits: { fieldSize: MAX_VALUE_LENGTH, fieldNameSize: 256 }, defParamCharset: 'utf8', preservePath: true });
  const queue: (Part | Error | null)[] = [];
  let wake: (() => void) | null = null;
  const push = (p: Part | Error | null): void => {
    queue.push(p);
    wake?.();
    wake = null;
  };
  bb.on('field', (name, value) => push({ kind: 'field', name, value }));
  bb.on('file', (_name, stream, info) => push({ kind: 'file', filename: info.filename ?? '', type: info.mimeType, stream }));
  bb.on('close', () => push(null));
  bb.on('error', (e) => push(e instanceof Error ? e : new Error(String(e))));
  body.on('error', (e) => push(e));
  body.pipe(bb);
  async function* iterator(): AsyncGenerator<Part> {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const next = queue.shift()!;
      if (next === null) return;
      if (next instanceof Error) throw next;
      yield next;
    }
  }
  return {
    iterator: iterator(),
    // Stop parsing; what the client still sends is read and dropped.
    stop: () => {
      body.unpipe(bb);
      body.resume();
    },
  };
}

/** The form's integer field (0 when absent or empty), 400 with `message` when not an integer. */
function intField(attrs: Map<string, string>, name: string, message: string): number {
  const v = attrs.get(name) ?? '';
  if (v === '') return 0;
  if (!/^[+-]?\d+$/.test(v.trim())) throw new FormError(400, message);
  return Number(v.trim());
}

/** Throws 401 unless the form's signature is an HMAC of its fields with one of `keys` for one of `paths`. */
function checkSignature(attrs: Map<string, string>, paths: string[], keys: string[]): void {
  const sig = parseSig(attrs.get('signature') ?? '');
  if (!sig || keys.length === 0) throw new FormError(401, 'invalid signature');
  const fields = [attrs.get('redirect') ?? '', attrs.get('max_file_size') || '0', attrs.get('max_file_count') || '0', attrs.get('expires') || '0'];
  if (!signedByAny(sig, keys, paths.map((path) => [path, ...fields].join('\n')))) throw new FormError(401, 'invalid signature');
}

/** Handles a form POST (isFormPost) to `path`; answers it. */
export async function formPost(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, path: SwiftPath, body: Readable): Promise<unknown> {
  const container = path.container!;
  const projectId = path.account.startsWith(ACCOUNT_PREFIX) ? path.account.slice(ACCOUNT_PREFIX.length) : '';
  // The signed path is the one requested (decoded), as Swift's, or (as Tempest signs) under the service's mount point.
  const rawPath = (req.raw.url ?? '').split('?')[0]!;
  const v1 = rawPath.indexOf('/v1/');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(v1));
  } catch {
    decoded = rawPath.slice(v1);
  }
  const paths = v1 > 0 ? [decoded, rawPath.slice(0, v1) + decoded] : [decoded];
  const prefix = path.object ?? '';
  const [account, c] = projectId ? await Promise.all([accountMeta(ctx.db, projectId), findContainer(ctx.db, projectId, container)]) : [null, null];
  const keys = TEMP_URL_KEYS.flatMap((k) => [account?.meta[k], c ? parseJson<Metadata>(c.metadata)[k] : undefined]).filter((k): k is string => Boolean(k));

  const attrs = new Map<string, string>();
  let status = '';
  let message = '';
  let files = 0;
  const { iterator, stop } = parts(req, body);
  try {
    for await (const part of iterator) {
      if (part.kind === 'field') {
        // Swift strips trailing CR, LF and '-' (rstrip('\r\n--')).
        attrs.set(part.name.toLowerCase(), part.value.replace(/[\r\n-]+$/, ''));
        continue;
      }
      if (!part.filename) {
        part.stream.resume();
        continue;
      }
      files += 1;
      if (files > intField(attrs, 'max_file_count', 'max_file_count not an integer')) {
        part.stream.resume();
        status = '400 Bad Request';
        message = 'max file count exceeded';
        break;
      }
      try {
        status = await upload(part);
      } catch (e) {
        part.stream.resume();
        throw e;
      }
      if (!status.startsWith('2')) break;
    }
  } catch (e) {
    stop();
    if (e instanceof FormError) return plain(reply, e.status, `FormPost: ${e.status === 401 ? title(e.message) : e.message}`);
    if (e instanceof ApiError) throw e;
    // A malformed multipart body (busboy's refusal, or the client going away mid-part).
    return plain(reply, 400, files === 0 && attrs.size === 0 ? 'FormPost: invalid starting boundary' : 'FormPost: unexpected end of form');
  }
  stop();
  if (!status) {
    status = '400 Bad Request';
    message = 'no files to process';
  }
  const redirect = attrs.get('redirect');
  if (!redirect) return plain(reply, Number(status.slice(0, 3)), message ? `${status}\r\nFormPost: ${title(message)}` : status);
  const location = `${redirect}${redirect.includes('?') ? '&' : '?'}status=${encodeURIComponent(status)}&message=${encodeURIComponent(message)}`;
  const html = `<html><body><p><a href="${location.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;')}">Click to continue...</a></p></body></html>`;
  return reply.code(303).headers({ Location: location, 'Content-Type': 'text/html; charset=UTF-8' }).send(html);

  /** Stores one file part as `<prefix><filename>` after the form's checks; the upload's status line. */
  async function upload(part: Extract<Part, { kind: 'file' }>): Promise<string> {
    const maxFileSize = intField(attrs, 'max_file_size', 'max_file_size not an integer');
    const now = Math.floor(ctx.now().getTime() / 1000);
    let deleteAt: number | null = null;
    if (attrs.has('x_delete_at')) deleteAt = intField(attrs, 'x_delete_at', 'x_delete_at not an integer: Unix timestamp required.');
    if (attrs.has('x_delete_after')) deleteAt = now + intField(attrs, 'x_delete_after', 'x_delete_after not an integer: Number of seconds required.');
    if (intField(attrs, 'expires', 'expired not an integer') < now) throw new FormError(401, 'form expired');
    checkSignature(attrs, paths, keys);
    const object = prefix + part.filename;
    const type = attrs.has('content-type') ? attrs.get('content-type') || 'application/octet-stream' : part.type || 'application/octet-stream';
    const encoding = attrs.get('content-encoding');
    try {
      if (deleteAt !== null && deleteAt <= now) throw new ApiError(400, 'X-Delete-At in past');
      checkNames({ account: path.account, container, object });
      const target = await findContainer(ctx.db, projectId, container);
      if (!target) throw new ApiError(404, 'Not Found');
      const allowance = await uploadAllowance(ctx, projectId, target);
      await archiveCurrent(ctx, projectId, target, object);
      const { store } = objectService(ctx);
      const dataId = randomUUID();
      const w = await store.write(dataId);
      const md5 = createHash('md5');
      const limit = Math.min(maxFileSize, SWIFT_LIMITS.max_file_size, allowance);
      const bytes = await receiveBody(part.stream, w, {
        maxBytes: limit,
        tooLarge: () => (limit === maxFileSize ? new FormError(400, 'max_file_size exceeded') : limit === allowance ? quotaExceeded() : new ApiError(413, 'Request Entity Too Large')),
        inspect: (chunk) => md5.update(chunk),
      });
      await w.commit();
      const stamp = storedNow(ctx.now());
      const meta: ObjectMeta = { meta: {}, headers: encoding ? { 'Content-Encoding': encoding } : {} };
      await putObjectRow(ctx, projectId, container, object, {
        data_id: dataId, bytes, etag: md5.digest('hex'), content_type: type, metadata: JSON.stringify(meta), last_modified: stamp, delete_at: deleteAt,
      }, stamp);
      return '201 Created';
    } catch (e) {
      if (e instanceof ApiError && e.status < 500) return `${e.status} ${STATUS_TEXT[e.status] ?? 'Error'}`;
      throw e;
    }
  }
}

/** Reason phrases of the upload statuses a form reports. */
const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Request Entity Too Large' };

/** A text/plain answer. */
function plain(reply: FastifyReply, status: number, text: string): unknown {
  return reply.code(status).header('Content-Type', 'text/plain').send(text);
}
