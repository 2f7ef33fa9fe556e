/**
 * HTTP semantics of object reads: Swift's timestamps, conditional requests (If-Match,
 * If-None-Match, If-Modified-Since, If-Unmodified-Since) and byte ranges (RFC 9110 §14),
 * several ranges answered as multipart/byteranges.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from '../errors.js';
import { MAX_RANGES } from './limits.js';

/** `X-Timestamp`: seconds since the epoch with 5 decimals (Swift's normalized timestamp). */
export function xTimestamp(iso: string): string {
  return (Date.parse(iso.slice(0, 23) + 'Z') / 1000).toFixed(5);
}

/** Listing `last_modified`: `YYYY-MM-DDTHH:MM:SS.ffffff` (UTC, no zone), Swift's format. */
export function listingTime(iso: string): string {
  return iso.replace(/Z$/, '').padEnd(26, '0').slice(0, 26);
}

/** Now as stored: ISO-8601 with microseconds, no zone suffix (sorts as text). */
export function storedNow(now: Date): string {
  return now.toISOString().replace('Z', '000');
}

/** `Last-Modified` is the timestamp rounded up to the second, as Swift sends it. */
export function lastModifiedSeconds(iso: string): number {
  return Math.ceil(Date.parse(iso.slice(0, 23) + 'Z') / 1000);
}

/** The HTTP date of a stored timestamp. */
export function httpDate(iso: string): string {
  return new Date(lastModifiedSeconds(iso) * 1000).toUTCString();
}

/** ETag values of an If-Match/If-None-Match header (quotes and weak prefixes stripped); `*` kept. */
function etagList(h: string): string[] {
  return h.split(',').map((s) => s.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1')).filter(Boolean);
}

/** Outcome of the conditional headers of a GET/HEAD: proceed, 304 or 412. */
export function evaluateConditions(h: { ifMatch?: string; ifNoneMatch?: string; ifModifiedSince?: string; ifUnmodifiedSince?: string }, etag: string, modifiedIso: string): 200 | 304 | 412 {
  const modified = lastModifiedSeconds(modifiedIso);
  if (h.ifMatch !== undefined) {
    const tags = etagList(h.ifMatch);
    if (!tags.includes('*') && !tags.includes(etag)) return 412;
  } else if (h.ifUnmodifiedSince !== undefined) {
    const t = Date.parse(h.ifUnmodifiedSince);
    if (!Number.isNaN(t) && modified > t / 1000) return 412;
  }
  if (h.ifNoneMatch !== undefined) {
    const tags = etagList(h.ifNoneMatch);
    if (tags.includes('*') || tags.includes(etag)) return 304;
  } else if (h.ifModifiedSince !== undefined) {
    const t = Date.parse(h.ifModifiedSince);
    if (!Number.isNaN(t) && modified <= t / 1000) return 304;
  }
  return 200;
}

/** One satisfiable range, both ends inclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Parses `Range: bytes=a-b,c-,-n` against `size`. Null: no range to honour (absent, malformed,
 * another unit, too many ranges): the whole object is sent. Throws 416 when ranges were given
 * and none overlaps the data.
 */
export function parseRanges(h: string | undefined, size: number): Span[] | null {
  if (h === undefined) return null;
  const m = /^\s*bytes\s*=\s*(.+)$/i.exec(h);
  if (!m) return null;
  const specs = m[1]!.split(',').map((s) => s.trim());
  if (specs.length > MAX_RANGES) return null;
  const out: Span[] = [];
  for (const s of specs) {
    const r = /^(\d*)-(\d*)$/.exec(s);
    if (!r || (r[1] === '' && r[2] === '')) return null;
    if (r[1] === '') {
      const n = Number(r[2]);
      if (n > 0 && size > 0) out.push({ start: Math.max(0, size - n), end: size - 1 });
      continue;
    }
    const start = Number(r[1]);
    const end = r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
    if (r[2] !== '' && Number(r[2]) < start) return null;
    if (start < size) out.push({ start, end });
  }
  if (out.length === 0) {
    throw new ApiError(416, 'The Range requested is not available.', { headers: { 'Content-Range': `bytes */${size}` } });
  }
  return out;
}

/** The parts of a multipart/byteranges body around each range's data. */
export interface Multipart {
  contentType: string;
  /** Head of each part (boundary line and part headers), then the closing delimiter. */
  heads: Buffer[];
  tail: Buffer;
  length: number;
}

/** Frames `spans` of an object of `size` bytes and type `type` as multipart/byteranges. */
export function multipart(spans: Span[], size: number, type: string): Multipart {
  const boundary = randomBytes(16).toString('hex');
  const heads = spans.map((s, i) =>
    Buffer.from(`${i === 0 ? '' : '\r\n'}--${boundary}\r\nContent-Type: ${type}\r\nContent-Range: bytes ${s.start}-${s.end}/${size}\r\n\r\n`),
  );
  const tail = Buffer.from(`\r\n--${boundary}--`);
  const length = heads.reduce((n, b) => n + b.length, 0) + spans.reduce((n, s) => n + s.end - s.start + 1, 0) + tail.length;
  return { contentType: `multipart/byteranges;boundary=${boundary}`, heads, tail, length };
}
