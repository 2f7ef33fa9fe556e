// The transport in a browser: the same HttpClient as http.ts (retries of idempotent requests,
// per-request timeouts, redacted logging, the SDK's error family) on the platform's `fetch`
// instead of got. package.json's "browser" field swaps it in for bundlers; tests import it
// directly. No TLS settings (the browser owns TLS), no streamed responses (a page reads whole
// bodies). fetch has no upload progress: a request with onUploadProgress goes through
// XMLHttpRequest instead (same headers, timeout, abort and errors).
import { AbortedError, ConfigError, ConnectionError, SdkError, TimeoutError } from './errors.js';
import type { HttpRequest, HttpResponse, HttpSettings, HttpStreamResponse } from './http.js';
import { decodeJson, HttpClientBase, toHttpError } from './http-response.js';

export type { HttpRequest, HttpResponse, HttpSettings, HttpStreamResponse } from './http.js';
export { parseRetryAfter, requestIdOf, retryDelay, toHttpError } from './http-response.js';

type FetchBody = NonNullable<RequestInit['body']>;

/** What `fetch` accepts as a raw body (anything else is sent as JSON). */
function isRawBody(v: unknown): v is string | Uint8Array | ArrayBuffer | Blob {
  return typeof v === 'string' || v instanceof Uint8Array || v instanceof ArrayBuffer || (typeof Blob !== 'undefined' && v instanceof Blob);
}

/** Response headers as XMLHttpRequest gives them (`name: value` lines). */
export function parseXhrHeaders(text: string): Headers {
  const headers = new Headers();
  for (const line of text.trim().split(/[\r\n]+/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  return headers;
}

/** The part of XMLHttpRequest used here (the SDK compiles without the DOM library). */
interface Xhr {
  open(method: string, url: string): void;
  responseType: string;
  withCredentials: boolean;
  setRequestHeader(name: string, value: string): void;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly status: number;
  readonly statusText: string;
  readonly response: unknown;
  getAllResponseHeaders(): string;
  abort(): void;
  send(body: unknown): void;
}

/** The platform's XMLHttpRequest, where there is one. */
function xhrClass(): (new () => Xhr) | undefined {
  return (globalThis as { XMLHttpRequest?: new () => Xhr }).XMLHttpRequest;
}

/**
 * `fetch` on XMLHttpRequest, for uploads whose progress the caller follows (XHR's upload
 * events). Rejects like fetch: a TypeError when the network fails, the signal's reason on abort.
 */
export function xhrFetch(onProgress: (sent: number, total: number | undefined) => void, Xhr = xhrClass()): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      if (!Xhr) throw new SdkError('XMLHttpRequest is not available here');
      const xhr = new Xhr();
      xhr.open(init.method ?? 'GET', String(input));
      xhr.responseType = 'arraybuffer';
      xhr.withCredentials = false;
      for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(k, v);
      xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : undefined);
      xhr.onload = () => {
        const nullBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(new Response(nullBody ? null : (xhr.response as ArrayBuffer), { status: xhr.status, statusText: xhr.statusText, headers: parseXhrHeaders(xhr.getAllResponseHeaders()) }));
      };
      xhr.onerror = () => reject(new TypeError('network error'));
      const signal = init.signal;
      xhr.onabort = () => reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) return xhr.abort();
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(init.body ?? null);
    });
}

/** Sends requests with `fetch`, with retries, timeouts and logging; throws only SdkErrors. */
export class HttpClient extends HttpClientBase {
  private readonly fetch: typeof fetch;

  /** `fetchImpl` defaults to the global fetch (tests pass their own). */
  constructor(settings: HttpSettings = {}, fetchImpl?: typeof fetch) {
    for (const key of ['cacert', 'cert', 'key'] as const) {
      if (settings[key]) throw new ConfigError(`${key} cannot be set in a browser: the browser's own TLS settings apply`, { key });
    }
    if (settings.verify === false) throw new ConfigError('verify: false cannot be set in a browser: the browser checks certificates', { key: 'verify' });
    super(settings);
    this.fetch = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** One fetch with the request's timeout and abort signal; failures become SdkErrors. */
  private async attempt(req: HttpRequest, headers: Record<string, string>, body: FetchBody | undefined, timeoutMs: number): Promise<{ res: Response; bytes: Uint8Array }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(req.signal?.reason);
    if (req.signal?.aborted) onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const send = req.onUploadProgress && xhrClass() ? xhrFetch(req.onUploadProgress) : this.fetch;
      const res = await send(req.url, { method: req.method, headers, body, signal: controller.signal, credentials: 'omit' });
      // the body is part of the answer: read it inside the timeout
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    } catch (err) {
      if (timedOut) throw new TimeoutError(`${req.method} ${req.url} timed out after ${timeoutMs} ms`, { timeoutMs, cause: err });
      if (req.signal?.aborted) throw new AbortedError(`${req.method} ${req.url} was aborted`, { reason: req.signal.reason ?? err });
      throw new ConnectionError(`cannot reach ${req.url}: ${(err as Error).message}`, { url: req.url, cause: err });
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Sends a request and reads the whole body; throws HttpError on non-2xx (after retries). */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const timeoutMs = req.timeoutMs ?? this.settings.timeoutMs;
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    let body: FetchBody | undefined;
    if (req.body !== undefined) {
      if (isRawBody(req.body)) {
        body = req.body as FetchBody;
        headers['content-type'] ??= 'application/octet-stream';
      } else if (typeof req.body === 'object' && req.body !== null && typeof (req.body as { pipe?: unknown }).pipe === 'function') {
        throw new SdkError('a Node stream cannot be sent from a browser: pass a Blob, ArrayBuffer or Uint8Array');
      } else {
        body = JSON.stringify(req.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    for (let attempt = 1; ; attempt++) {
      this.logRequest(req, attempt, headers);
      const started = Date.now();
      let res: Response;
      let bytes: Uint8Array;
      try {
        ({ res, bytes } = await this.attempt(req, headers, body, timeoutMs));
      } catch (err) {
        const e = err as SdkError;
        this.log({ phase: 'error', service: req.service, method: req.method, url: req.url, attempt, headers: {}, error: e.message });
        // a browser does not say why a fetch failed: every network error is worth a retry
        if (e instanceof ConnectionError && this.canRetry(req, attempt)) {
          await this.pause(req, this.backoff(attempt, undefined));
          continue;
        }
        throw e;
      }
      const resHeaders: HttpResponse['headers'] = {};
      res.headers.forEach((v, k) => {
        resHeaders[k] = v;
      });
      this.logResponse(req, attempt, { status: res.status, headers: resHeaders, body: bytes }, started);
      if (res.status >= 400) {
        const error = toHttpError(req, { status: res.status, headers: resHeaders, body: bytes, statusText: res.statusText });
        if (error.isRetryable() && this.canRetry(req, attempt)) {
          await this.pause(req, this.backoff(attempt, error.retryAfterMs));
          continue;
        }
        throw error;
      }
      // HttpResponse's body is typed as Node's Buffer; in a browser it is the Uint8Array Buffer extends
      return { status: res.status, headers: resHeaders, body: bytes as Buffer, json: decodeJson(bytes, resHeaders), url: req.url };
    }
  }

  /** Streamed responses need Node streams: in a browser this throws SdkError (use `raw`). */
  stream(req: HttpRequest): Promise<HttpStreamResponse> {
    return Promise.reject(new SdkError(`${req.method} ${req.url}: streamed responses are not available in a browser (read the whole body with raw: true)`));
  }
}
