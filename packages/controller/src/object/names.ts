/**
 * Parsing a Swift request path `/v1/<account>[/<container>[/<object>]]` from the raw URL: each
 * part is percent-decoded to bytes and must be UTF-8 without NUL (else 412, Swift's
 * "Invalid UTF8 or contains NULL"), and within Swift's length limits (400), before anything
 * is read or written. The raw URL is used (not the router's decoding) so that invalid UTF-8
 * is seen as such, never replaced.
 */
import { ApiError, badRequest, notFound } from '../errors.js';
import { SWIFT_LIMITS } from './limits.js';

/** The addressed account, container and object (undefined when the path stops before). */
export interface SwiftPath {
  account: string;
  container?: string;
  object?: string;
}

const INVALID_UTF8 = 'Invalid UTF8 or contains NULL';

/** 412 for names and values that are not UTF-8 or hold NUL (Swift's check_utf8). */
export const invalidUtf8 = (): ApiError => new ApiError(412, INVALID_UTF8, { plain: true });

/** Percent-decodes `s` as UTF-8; throws 412 on invalid UTF-8 or NUL, 400 on a malformed escape. */
export function decodeComponent(s: string, plus = false): string {
  const raw = plus ? s.replace(/\+/g, ' ') : s;
  if (!raw.includes('%')) {
    if (raw.includes('\u0000')) throw invalidUtf8();
    return raw;
  }
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x25) {
      const hex = raw.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw badRequest('Invalid percent-encoding in the request path or query', { plain: true });
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // The URL is ASCII on the wire; anything else arrived as latin1 bytes.
      for (const b of Buffer.from(raw[i]!, 'latin1')) bytes.push(b);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    throw invalidUtf8();
  }
  if (text.includes('\u0000')) throw invalidUtf8();
  return text;
}

/** Parses the part of the raw URL after the service's `/v1/` (query string excluded). */
export function parseSwiftPath(rest: string): SwiftPath {
  const i = rest.indexOf('/');
  const account = decodeComponent(i < 0 ? rest : rest.slice(0, i));
  if (!account) throw notFound();
  if (i < 0) return { account };
  const tail = rest.slice(i + 1);
  const j = tail.indexOf('/');
  const containerRaw = j < 0 ? tail : tail.slice(0, j);
  const objectRaw = j < 0 ? '' : tail.slice(j + 1);
  // `/v1/a/` and `/v1/a/c/` address the account and the container, as in Swift.
  if (containerRaw === '') {
    if (objectRaw !== '') throw notFound();
    return { account };
  }
  const container = decodeComponent(containerRaw);
  const out: SwiftPath = { account, container };
  if (objectRaw !== '') out.object = decodeComponent(objectRaw);
  checkNames(out);
  return out;
}

/** Byte length of a string in UTF-8. */
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Swift's name checks: lengths; `.`/`..` are no container, and no object path segment. */
export function checkNames(p: SwiftPath): void {
  if (p.container !== undefined) {
    const n = utf8Length(p.container);
    if (n > SWIFT_LIMITS.max_container_name_length) {
      throw badRequest(`Container name length of ${n} longer than ${SWIFT_LIMITS.max_container_name_length}`, { plain: true });
    }
    if (p.container === '.' || p.container === '..') throw badRequest(`Container name cannot be "${p.container}"`, { plain: true });
  }
  if (p.object !== undefined) {
    const n = utf8Length(p.object);
    if (n > SWIFT_LIMITS.max_object_name_length) {
      throw badRequest(`Object name length of ${n} longer than ${SWIFT_LIMITS.max_object_name_length}`, { plain: true });
    }
    // A name with `.`/`..` segments would be rewritten by clients and proxies that normalise
    // paths (one object reached under two names): refused, nothing written.
    if (p.object.split('/').some((seg) => seg === '.' || seg === '..')) {
      throw badRequest('Object name cannot contain "." or ".." path segments', { plain: true });
    }
  }
}

/**
 * Parses `<container>/<object>` of X-Copy-From and Destination (percent-encoded, an optional
 * leading `/`); 412 when it does not name an object, as Swift does.
 */
export function parseCopyTarget(header: string, name: string): { container: string; object: string } {
  const v = header.startsWith('/') ? header.slice(1) : header;
  const i = v.indexOf('/');
  if (i <= 0 || i === v.length - 1) throw new ApiError(412, `${name} header must be of the form <container name>/<object name>`, { plain: true });
  const container = decodeComponent(v.slice(0, i));
  const object = decodeComponent(v.slice(i + 1));
  checkNames({ account: '', container, object });
  return { container, object };
}

/** Percent-encodes a name for a header (`X-Copied-From`), keeping `/`. */
export function encodeName(s: string): string {
  return encodeURIComponent(s).replace(/%2F/g, '/');
}

/** Parses a raw query string strictly (percent-decoding as UTF-8, `+` as space); the last value wins. */
export function parseQuery(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!raw) return out;
  for (const part of raw.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = decodeComponent(eq < 0 ? part : part.slice(0, eq), true);
    const v = eq < 0 ? '' : decodeComponent(part.slice(eq + 1), true);
    out.set(k, v);
  }
  return out;
}
