// What both transports (got in Node, fetch in a browser) do alike with a response: the request
// id, Retry-After, the backoff between retries, and the HttpError of a failed response.
import { errorClassForResponse, type HttpError, parseErrorBody } from './errors.js';
import type { HttpRequest, HttpResponse } from './http.js';

/** Methods safe to send twice: only these are retried. */
export const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Parses Retry-After (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before retry number `attempt` (1-based): the server's Retry-After when it sent one,
 * else exponential backoff from `baseMs` with "equal jitter" (between half and all of
 * `baseMs * 2^(attempt-1)`, so clients that failed together do not retry together); both
 * capped at `maxMs`.
 */
export function retryDelay(
  attempt: number,
  opts: { baseMs: number; maxMs: number; retryAfterMs?: number | undefined },
  random: () => number = Math.random,
): number {
  if (opts.retryAfterMs !== undefined) return Math.min(opts.retryAfterMs, opts.maxMs);
  const exp = Math.min(opts.baseMs * 2 ** (attempt - 1), opts.maxMs);
  return Math.round(exp / 2 + (random() * exp) / 2);
}

/** The request id header of a response, whichever name the service uses. */
export function requestIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const v = headers['x-openstack-request-id'] ?? headers['x-compute-request-id'] ?? headers['x-request-id'];
  return Array.isArray(v) ? v[0] : v;
}

/** Builds the HttpError for a failed response, with the server's message parsed. */
export function toHttpError(req: HttpRequest, res: { status: number; headers: HttpResponse['headers']; body: Uint8Array; statusText?: string }): HttpError {
  const text = new TextDecoder().decode(res.body);
  let decoded: unknown = text;
  const ct = String(res.headers['content-type'] ?? '');
  if (ct.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      decoded = JSON.parse(text) as unknown;
    } catch {
      decoded = text;
    }
  }
  const parsed = parseErrorBody(decoded, res.status, res.statusText);
  const Cls = errorClassForResponse(res.status, parsed, req.service);
  return new Cls({
    status: res.status,
    message: parsed.message,
    code: parsed.code,
    detail: parsed.detail,
    service: req.service,
    method: req.method,
    url: req.url,
    requestId: requestIdOf(res.headers),
    body: decoded,
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
  });
}
