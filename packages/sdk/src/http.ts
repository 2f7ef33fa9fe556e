// The transport: one got call per attempt, our own retry loop (idempotent requests only, on
// connection errors, 503 and 429 with Retry-After), per-request timeouts, redacted logging,
// and translation of every failure into the SDK's error family.
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import got, { type CancelableRequest, type Headers, type OptionsInit, type Progress, RequestError, type Response } from 'got';
import { AbortedError, ConfigError, ConnectionError, SdkError, type Service, TimeoutError } from './errors.js';
import { decodeJson, HttpClientBase, parseRetryAfter, requestIdOf, retryDelay, toHttpError } from './http-response.js';
import type { RequestLogger } from './log.js';
import { SDK_VERSION } from './version.js';

/** Transport settings shared by every request of a Cloud. */
export interface HttpSettings {
  /** Retries after the first attempt (idempotent requests only). Default 3. */
  retries?: number | undefined;
  /** Base delay of the exponential backoff in ms (default 500); the delay is jittered. */
  retryDelayMs?: number | undefined;
  /**
   * Longest delay between retries in ms (default 30000), for the backoff and for a server's
   * Retry-After alike: a caller is not kept waiting minutes on one request; after the last
   * retry the 429/503 is thrown, with `retryAfterMs` set for a caller that wants to wait longer.
   */
  maxRetryDelayMs?: number | undefined;
  /** Per-request timeout in ms (default 60000). */
  timeoutMs?: number | undefined;
  logger?: RequestLogger | undefined;
  verify?: boolean | undefined;
  cacert?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
}

/** One HTTP request as the SDK builds it. */
export interface HttpRequest {
  service?: Service | undefined;
  method: string;
  url: string;
  headers?: Record<string, string> | undefined;
  /** A JSON value, or raw data (Buffer, string, stream) sent as-is. */
  body?: unknown;
  /** Per-request timeout override in ms. */
  timeoutMs?: number | undefined;
  /** Upload progress callback (bytes sent, total when known). */
  onUploadProgress?: ((sent: number, total: number | undefined) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** A decoded response. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Raw body bytes. */
  body: Buffer;
  /** The body decoded as JSON when it is JSON, else undefined. */
  json: unknown;
  url: string;
}

/** A streamed response (status checked, body not read). */
export interface HttpStreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  stream: Readable;
}

export { parseRetryAfter, requestIdOf, retryDelay, toHttpError };

/** Node's socket error codes that mean the request never reached the server (retryable). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED']);

function isStream(v: unknown): v is Readable {
  return typeof v === 'object' && v !== null && typeof (v as { pipe?: unknown }).pipe === 'function';
}

function isBlob(v: unknown): v is Blob {
  return typeof Blob !== 'undefined' && v instanceof Blob;
}

/** True when the body is raw data rather than a JSON value. */
function isRawBody(v: unknown): boolean {
  return typeof v === 'string' || Buffer.isBuffer(v) || v instanceof Uint8Array || isStream(v) || isBlob(v);
}

/** Sends requests with retries, timeouts and logging; throws only SdkErrors. */
export class HttpClient extends HttpClientBase {
  private readonly tls: OptionsInit['https'];

  constructor(settings: HttpSettings = {}) {
    super(settings);
    const read = (file: string, key: string) => {
      try {
        return readFileSync(file);
      } catch (err) {
        throw new ConfigError(`cannot read ${file}: ${(err as Error).message}`, { key, cause: err });
      }
    };
    this.tls = {
      rejectUnauthorized: settings.verify ?? true,
      ...(settings.cacert ? { certificateAuthority: read(settings.cacert, 'cacert') } : {}),
      ...(settings.cert ? { certificate: read(settings.cert, 'cert') } : {}),
      ...(settings.key ? { key: read(settings.key, 'key') } : {}),
    };
  }

  private gotOptions(req: HttpRequest, streaming = isStream(req.body)): OptionsInit {
    const headers: Headers = { 'user-agent': `oscloud-sdk/${SDK_VERSION}`, accept: 'application/json', ...lower(req.headers ?? {}) };
    const opts: OptionsInit = {
      method: req.method as OptionsInit['method'],
      headers,
      throwHttpErrors: false,
      retry: { limit: 0 },
      followRedirect: false,
      // data transfers can take long: bound the connection and each idle gap, not the total
      timeout: streaming
        ? { connect: req.timeoutMs ?? this.settings.timeoutMs, socket: req.timeoutMs ?? this.settings.timeoutMs }
        : { request: req.timeoutMs ?? this.settings.timeoutMs },
      https: this.tls,
      ...(req.signal ? { signal: req.signal } : {}),
    };
    if (req.body !== undefined) {
      if (isRawBody(req.body)) {
        // a Blob (a File from a browser-like runtime) is read as a stream, a fresh one each attempt
        opts.body = isBlob(req.body) ? Readable.fromWeb(req.body.stream() as Parameters<typeof Readable.fromWeb>[0]) : (req.body as string | Buffer | Readable);
        headers['content-type'] ??= 'application/octet-stream';
      } else {
        opts.body = JSON.stringify(req.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    return opts;
  }

  private wrapError(req: HttpRequest, err: unknown, timeoutMs: number): SdkError {
    if (err instanceof SdkError) return err;
    const e = err as { name?: string; code?: string } | undefined;
    if (e?.name === 'TimeoutError' || e?.code === 'ETIMEDOUT') {
      return new TimeoutError(`${req.method} ${req.url} timed out after ${timeoutMs} ms`, { timeoutMs, cause: err });
    }
    if (e?.name === 'AbortError' || e?.code === 'ERR_ABORTED' || e?.code === 'ABORT_ERR' || req.signal?.aborted) {
      return new AbortedError(`${req.method} ${req.url} was aborted`, { reason: req.signal?.reason ?? err });
    }
    const code = e?.code;
    const msg = err instanceof RequestError || err instanceof Error ? err.message : String(err);
    // got's ReadError: the connection broke while the body was arriving
    const what = e?.name === 'ReadError' ? `reading the response of ${req.method} ${req.url} failed` : `cannot reach ${req.url}`;
    return new ConnectionError(`${what}: ${msg}`, { code, url: req.url, cause: err });
  }

  protected override canRetry(req: HttpRequest, attempt: number): boolean {
    return super.canRetry(req, attempt) && !isStream(req.body);
  }

  /** Sends a request and reads the whole body; throws HttpError on non-2xx (after retries). */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const timeoutMs = req.timeoutMs ?? this.settings.timeoutMs;
    for (let attempt = 1; ; attempt++) {
      const opts = this.gotOptions(req);
      this.logRequest(req, attempt, opts.headers as Record<string, string>);
      const started = Date.now();
      let res;
      try {
        const p = got(req.url, { ...opts, responseType: 'buffer' }) as unknown as CancelableRequest<Response<Buffer>>;
        if (req.onUploadProgress) {
          const cb = req.onUploadProgress;
          p.on('uploadProgress', (progress: Progress) => cb(progress.transferred, progress.total));
        }
        res = await p;
      } catch (err) {
        const wrapped = this.wrapError(req, err, timeoutMs);
        this.log({ phase: 'error', service: req.service, method: req.method, url: req.url, attempt, headers: {}, error: wrapped.message });
        const retryable = wrapped instanceof ConnectionError && CONNECTION_CODES.has(wrapped.code ?? '');
        if (retryable && this.canRetry(req, attempt)) {
          await this.pause(req, this.backoff(attempt, undefined));
          continue;
        }
        throw wrapped;
      }
      const headers = res.headers as HttpResponse['headers'];
      const body = res.body;
      this.logResponse(req, attempt, { status: res.statusCode, headers, body }, started);
      if (res.statusCode >= 400) {
        const error = toHttpError(req, { status: res.statusCode, headers, body, statusText: res.statusMessage ?? '' });
        if (error.isRetryable() && this.canRetry(req, attempt)) {
          await this.pause(req, this.backoff(attempt, error.retryAfterMs));
          continue;
        }
        throw error;
      }
      return { status: res.statusCode, headers, body, json: decodeJson(body, headers), url: req.url };
    }
  }

  /** Sends a request and hands back the body as a stream once a 2xx status arrived (no retries). */
  async stream(req: HttpRequest): Promise<HttpStreamResponse> {
    const timeoutMs = req.timeoutMs ?? this.settings.timeoutMs;
    const opts = this.gotOptions(req, true);
    this.logRequest(req, 1, opts.headers as Record<string, string>);
    const started = Date.now();
    const s = got.stream(req.url, opts as Parameters<typeof got.stream>[0] & object);
    return await new Promise<HttpStreamResponse>((resolve, reject) => {
      const onError = (err: unknown) => reject(this.wrapError(req, err, timeoutMs));
      s.once('error', onError);
      s.once('response', (res: { statusCode: number; statusMessage?: string; headers: HttpResponse['headers'] }) => {
        this.logResponse(req, 1, { status: res.statusCode, headers: res.headers, body: '<stream>' }, started);
        if (res.statusCode >= 400) {
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.once('end', () =>
            reject(toHttpError(req, { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), statusText: res.statusMessage ?? '' })),
          );
          return;
        }
        s.off('error', onError);
        resolve({ status: res.statusCode, headers: res.headers, stream: this.guardBody(req, s, timeoutMs) });
      });
    });
  }

  /**
   * The body stream handed to the caller: got's stream piped into a plain one, so a failure
   * mid-body (connection reset, idle timeout, abort) arrives as an SdkError, not as got's
   * ReadError/TimeoutError; destroying it stops the download.
   */
  private guardBody(req: HttpRequest, s: Readable, timeoutMs: number): Readable {
    const out = new PassThrough();
    s.once('error', (err) => {
      const wrapped = this.wrapError(req, err, timeoutMs);
      this.log({ phase: 'error', service: req.service, method: req.method, url: req.url, attempt: 1, headers: {}, error: wrapped.message });
      out.destroy(wrapped);
    });
    out.once('close', () => {
      if (!s.readableEnded) s.destroy();
    });
    return s.pipe(out);
  }
}

function lower(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
