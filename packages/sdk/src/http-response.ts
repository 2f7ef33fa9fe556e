// What both transports (got in Node, fetch in a browser) do alike with a response: the request
// id, Retry-After, the backoff between retries, and the HttpError of a failed response.
import { AbortedError, errorClassForResponse, type HttpError, parseErrorBody } from './errors.js';
import type { HttpRequest, HttpResponse, HttpSettings, HttpStreamResponse } from './http.js';
import { redactBody, redactHeaders, type RequestLogger } from './log.js';
import { sleep } from './sleep.js';

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

/** The body decoded as JSON when the content type says JSON (or none), else undefined. */
export function decodeJson(body: Uint8Array, headers: HttpResponse['headers']): unknown {
  const ct = String(headers['content-type'] ?? '');
  if (!body.length || !(ct.includes('json') || ct === '')) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * What both HttpClients (got in Node, fetch in a browser) share: the settings and their
 * defaults, the logger hook, the retry rule and the wait between retries.
 */
export abstract class HttpClientBase {
  readonly settings: Required<Pick<HttpSettings, 'retries' | 'retryDelayMs' | 'maxRetryDelayMs' | 'timeoutMs'>> & HttpSettings;

  constructor(settings: HttpSettings) {
    this.settings = {
      ...settings,
      retries: settings.retries ?? 3,
      retryDelayMs: settings.retryDelayMs ?? 500,
      maxRetryDelayMs: settings.maxRetryDelayMs ?? 30_000,
      timeoutMs: settings.timeoutMs ?? 60_000,
    };
  }

  /** Sends a request and reads the whole body; throws HttpError on non-2xx (after retries). */
  abstract send(req: HttpRequest): Promise<HttpResponse>;

  /** Sends a request and hands back the body as a stream once a 2xx status arrived (no retries). */
  abstract stream(req: HttpRequest): Promise<HttpStreamResponse>;

  protected log(event: Parameters<RequestLogger>[0]): void {
    try {
      this.settings.logger?.(event);
    } catch {
      // a logger must never break a request
    }
  }

  /** Records a warning through the logger hook (the SDK never prints). */
  warn(req: Pick<HttpRequest, 'service' | 'method' | 'url'>, message: string): void {
    this.log({ phase: 'warning', service: req.service, method: req.method, url: req.url, attempt: 1, headers: {}, message });
  }

  protected logRequest(req: HttpRequest, attempt: number, headers: Record<string, string>): void {
    if (!this.settings.logger) return;
    this.log({ phase: 'request', service: req.service, method: req.method, url: req.url, attempt, headers: redactHeaders(headers), body: redactBody(req.body) });
  }

  protected logResponse(req: HttpRequest, attempt: number, res: { status: number; headers: HttpResponse['headers']; body: Uint8Array | string }, started: number): void {
    if (!this.settings.logger) return;
    this.log({
      phase: 'response',
      service: req.service,
      method: req.method,
      url: req.url,
      attempt,
      status: res.status,
      headers: redactHeaders(res.headers),
      body: typeof res.body === 'string' ? res.body : res.body.length ? redactBody(res.body) : undefined,
      durationMs: Date.now() - started,
      requestId: requestIdOf(res.headers),
    });
  }

  protected backoff(attempt: number, retryAfterMs: number | undefined): number {
    return retryDelay(attempt, { baseMs: this.settings.retryDelayMs, maxMs: this.settings.maxRetryDelayMs, retryAfterMs });
  }

  /** Waits before a retry; an abort meanwhile is an AbortedError (not the platform's AbortError). */
  protected async pause(req: HttpRequest, ms: number): Promise<void> {
    try {
      await sleep(ms, req.signal);
    } catch (err) {
      throw new AbortedError(`${req.method} ${req.url} was aborted while waiting to retry`, { reason: req.signal?.reason ?? err });
    }
  }

  protected canRetry(req: HttpRequest, attempt: number): boolean {
    return attempt <= this.settings.retries && IDEMPOTENT.has(req.method.toUpperCase());
  }
}
