/**
 * Temporary URLs (Swift's tempurl middleware): a request carrying `temp_url_sig` and
 * `temp_url_expires` is let in without a token when the signature is an HMAC, with one of the
 * account's (`X-Account-Meta-Temp-URL-Key`, `-Key-2`) or the container's keys, of
 * `<METHOD>\n<expires as Unix seconds>\n<path>` (or `prefix:<path prefix>` with `temp_url_prefix`), and the
 * expiry is in the future. Digests: SHA-1, SHA-256 and SHA-512 as hex, or `<sha1|sha256|sha512>:<base64>`.
 * HEAD is allowed by a GET, HEAD or PUT signature. Anything wrong: 401 "Temp URL invalid".
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../errors.js';

/** The metadata names (lower case, without the X-*-Meta- prefix) of the signing keys. */
export const TEMP_URL_KEYS = ['temp-url-key', 'temp-url-key-2'];

/** What `/info` advertises under `tempurl`: the methods a temp URL may be used with, the digests it may be signed with. */
export const TEMPURL_INFO = {
  methods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
  allowed_digests: ['sha1', 'sha256', 'sha512'],
} as const;

/** Methods a temp URL may be used with. */
const METHODS = new Set<string>(TEMPURL_INFO.methods);

/** 401 as Swift's tempurl answers it. */
export const tempUrlInvalid = (what = 'invalid'): ApiError => new ApiError(401, `401 Unauthorized: Temp URL ${what}\n`, { plain: true });

/** True when the query asks for temp URL authorization. */
export function isTempUrl(q: Map<string, string>): boolean {
  return q.has('temp_url_sig') || q.has('temp_url_expires');
}

/** Parses temp_url_expires: Unix seconds, or ISO 8601 UTC `YYYY-MM-DDTHH:MM:SSZ`. */
function parseExpires(v: string): number | null {
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t / 1000;
  }
  return null;
}

/** The digest and raw bytes of a signature (hex by its length, or `<digest>:<base64>`), or null when it has no known form. */
export function parseSig(sig: string): { algo: string; bytes: Buffer } | null {
  const m = /^(sha1|sha256|sha512):([A-Za-z0-9+/_-]+={0,2})$/.exec(sig);
  if (m) return { algo: m[1]!, bytes: Buffer.from(m[2]!.replace(/-/g, '+').replace(/_/g, '/'), 'base64') };
  if (/^[0-9a-f]{40}$/i.test(sig)) return { algo: 'sha1', bytes: Buffer.from(sig, 'hex') };
  if (/^[0-9a-f]{64}$/i.test(sig)) return { algo: 'sha256', bytes: Buffer.from(sig, 'hex') };
  if (/^[0-9a-f]{128}$/i.test(sig)) return { algo: 'sha512', bytes: Buffer.from(sig, 'hex') };
  return null;
}

/**
 * Verifies a temp URL request for `method` on one of `paths` (`/v1/<account>/<container>/<object>`,
 * decoded, and that path under the service's mount point) against `keys`; throws 401 unless it holds.
 */
export function verifyTempUrl(q: Map<string, string>, method: string, paths: readonly string[], objectName: string, keys: string[], nowSeconds: number): void {
  const sigRaw = q.get('temp_url_sig');
  const expRaw = q.get('temp_url_expires');
  if (sigRaw === undefined || expRaw === undefined || !METHODS.has(method)) throw tempUrlInvalid();
  const expires = parseExpires(expRaw);
  const sig = parseSig(sigRaw);
  if (expires === null || !sig) throw tempUrlInvalid();
  if (expires < nowSeconds) throw tempUrlInvalid('expired');
  const prefix = q.get('temp_url_prefix');
  if (prefix !== undefined && !objectName.startsWith(prefix)) throw tempUrlInvalid();
  const signedForms = paths.map((path) => (prefix === undefined ? path : `prefix:${path.slice(0, path.length - objectName.length)}${prefix}`));
  const methods = method === 'HEAD' ? ['HEAD', 'GET', 'PUT'] : [method];
  if (!signedByAny(sig, keys, signedForms.flatMap((signed) => methods.map((m) => `${m}\n${expires}\n${signed}`)))) throw tempUrlInvalid();
}

/** Whether `sig` is the HMAC of one of `messages` under one of `keys` (temp URLs, form POST). */
export function signedByAny(sig: { algo: string; bytes: Buffer }, keys: readonly string[], messages: readonly string[]): boolean {
  for (const key of keys) {
    for (const message of messages) {
      const mac = createHmac(sig.algo, key).update(message).digest();
      if (mac.length === sig.bytes.length && timingSafeEqual(mac, sig.bytes)) return true;
    }
  }
  return false;
}
