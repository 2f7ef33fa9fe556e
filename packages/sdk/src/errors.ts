// One error family for the whole SDK: every failure a caller sees is an SdkError; the HTTP
// library's own errors never leak. See openstacksdk's `openstack.exceptions` for the model.

/** The service names the SDK knows (block-storage is `volume`, like the catalog's legacy type). */
export type Service = 'identity' | 'compute' | 'image' | 'volume' | 'network' | 'object-store' | 'agent';

/** Base class of every error the SDK throws. */
export class SdkError extends Error {
  override name = 'SdkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where an HTTP error happened and what the server said. */
export interface HttpErrorInit {
  status: number;
  message: string;
  service?: Service | undefined;
  method?: string | undefined;
  url?: string | undefined;
  requestId?: string | undefined;
  /** The fault name of the body when the service sends one (`itemNotFound`, `NetworkNotFound`, ...). */
  code?: string | undefined;
  /** Neutron's `detail`, Keystone's `title`. */
  detail?: string | undefined;
  body?: unknown;
  retryAfterMs?: number | undefined;
}

/** A non-2xx answer from a service, with the server's own message parsed out of its error body. */
export class HttpError extends SdkError {
  override name = 'HttpError';
  /** HTTP status code. */
  readonly status: number;
  /** `x-openstack-request-id` (or `x-compute-request-id`) of the failed request. */
  readonly requestId: string | undefined;
  readonly service: Service | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  /** Fault name from the body (`itemNotFound`, `NetworkNotFound`, `404 Not Found`...). */
  readonly code: string | undefined;
  readonly detail: string | undefined;
  /** The decoded error body (object or text). */
  readonly body: unknown;
  /** Retry-After in milliseconds when the server sent one. */
  readonly retryAfterMs: number | undefined;
  /** The server's message alone (without the request line). */
  readonly serverMessage: string;

  constructor(init: HttpErrorInit) {
    const where = init.method && init.url ? `${init.method} ${init.url}` : undefined;
    const head = `${init.status}${init.service ? ` from ${init.service}` : ''}`;
    super(`${init.message} (HTTP ${head}${where ? `: ${where}` : ''}${init.requestId ? `, request ${init.requestId}` : ''})`);
    this.status = init.status;
    this.serverMessage = init.message;
    this.requestId = init.requestId;
    this.service = init.service;
    this.method = init.method;
    this.url = init.url;
    this.code = init.code;
    this.detail = init.detail;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** True when repeating the same idempotent request may succeed (429, 503). */
  isRetryable(): boolean {
    return this.status === 429 || this.status === 503;
  }
}

/** 400 Bad Request. */
export class BadRequestError extends HttpError {
  override name = 'BadRequestError';
}
/** 401 Unauthorized: credentials rejected or token expired. */
export class UnauthorizedError extends HttpError {
  override name = 'UnauthorizedError';
}
/** 403 Forbidden: the policy denies the operation. */
export class ForbiddenError extends HttpError {
  override name = 'ForbiddenError';
}
/** 404 Not Found, also thrown by `find()` when no resource matches. */
export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
}
/** One candidate of an ambiguous `find()`. */
export interface Match {
  id: string;
  name?: string | undefined;
}
/** 409 Conflict, also thrown by `find()` when a name matches several resources (`matches`). */
export class ConflictError extends HttpError {
  override name = 'ConflictError';
  /** Resources an ambiguous name matched (only set by `find()`). */
  matches: Match[] | undefined;
}
/**
 * Quota exceeded or rate limited: 413 (Nova/Cinder overLimit), 429, Neutron's 409 `OverQuota`,
 * and Nova's 403 "Quota exceeded for ..." (see `errorClassForResponse`).
 */
export class OverLimitError extends HttpError {
  override name = 'OverLimitError';
}

/** The server could not be reached (DNS, refused, reset, TLS). Wraps the transport's error as `cause`. */
export class ConnectionError extends SdkError {
  override name = 'ConnectionError';
  /** The transport's error code (ECONNREFUSED, ECONNRESET, ...). */
  readonly code: string | undefined;
  readonly url: string | undefined;
  constructor(message: string, init: { code?: string | undefined; url?: string | undefined; cause?: unknown } = {}) {
    super(message, { cause: init.cause });
    this.code = init.code;
    this.url = init.url;
  }
}

/** A request or a waiter took longer than its time limit. */
export class TimeoutError extends SdkError {
  override name = 'TimeoutError';
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number | undefined;
  constructor(message: string, init: { timeoutMs?: number | undefined; cause?: unknown } = {}) {
    super(message, { cause: init.cause });
    this.timeoutMs = init.timeoutMs;
  }
}

/** The caller aborted through an AbortSignal: a request, the wait before a retry, or a waiter. */
export class AbortedError extends SdkError {
  override name = 'AbortedError';
  /** The signal's reason (what was passed to `AbortController.abort()`). */
  readonly reason: unknown;
  constructor(message: string, init: { reason?: unknown } = {}) {
    const why = init.reason instanceof Error ? init.reason.message : typeof init.reason === 'string' ? init.reason : undefined;
    super(why ? `${message}: ${why}` : message, { cause: init.reason });
    this.reason = init.reason;
  }
}

/** The cloud configuration is wrong; names the file and the key when there is one. */
export class ConfigError extends SdkError {
  override name = 'ConfigError';
  /** The file the bad value came from (undefined for environment variables or options). */
  readonly file: string | undefined;
  /** The dotted key path (`clouds.mycloud.auth.auth_url`). */
  readonly key: string | undefined;
  constructor(message: string, init: { file?: string | undefined; key?: string | undefined; cause?: unknown } = {}) {
    const where = [init.file, init.key].filter(Boolean).join(': ');
    super(where ? `${where}: ${message}` : message, { cause: init.cause });
    this.file = init.file;
    this.key = init.key;
  }
}

/** A waiter saw the resource reach a failure state (ERROR...); carries the server's fault message. */
export class WaitError extends SdkError {
  override name = 'WaitError';
  /** The status the resource ended in. */
  readonly status: string | undefined;
  /** The fault message the service recorded (Nova `fault.message`), if any. */
  readonly fault: string | undefined;
  /** The last representation of the resource. */
  readonly resource: unknown;
  constructor(message: string, init: { status?: string | undefined; fault?: string | undefined; resource?: unknown } = {}) {
    super(init.fault ? `${message}: ${init.fault}` : message);
    this.status = init.status;
    this.fault = init.fault;
    this.resource = init.resource;
  }
}

/** The cloud cannot serve the requested API (microversion out of range, service not in the catalog). */
export class ApiVersionError extends SdkError {
  override name = 'ApiVersionError';
}

/** The HttpError subclass for a status code. */
export function errorClassFor(status: number): typeof HttpError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return UnauthorizedError;
    case 403:
      return ForbiddenError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 413:
    case 429:
      return OverLimitError;
    default:
      return HttpError;
  }
}

/** Nova's message for an exceeded quota: "Quota exceeded for instances: ...", "Quota exceeded, too many key pairs." */
const NOVA_QUOTA_MESSAGE = /^Quota exceeded\b/;

/**
 * The HttpError subclass for a failed response: by status (`errorClassFor`), except where a
 * service signals an exceeded quota with another status. Neutron answers 409 with the fault type
 * `OverQuota` (a structured code). Nova answers 403 with the same `forbidden` fault key as a
 * policy denial and nothing machine-readable to tell them apart, so a compute 403 whose message
 * starts with "Quota exceeded" is the one place the SDK classifies by message: a caller must be
 * able to tell "you may not" from "you have used up your quota".
 * @see https://docs.openstack.org/api-guide/compute/faults.html
 */
export function errorClassForResponse(status: number, parsed: ParsedErrorBody, service?: Service): typeof HttpError {
  if (service === 'network' && parsed.code === 'OverQuota') return OverLimitError;
  if (service === 'compute' && status === 403 && NOVA_QUOTA_MESSAGE.test(parsed.message)) return OverLimitError;
  return errorClassFor(status);
}

/** What `parseErrorBody` found in an error body. */
export interface ParsedErrorBody {
  message: string;
  code?: string | undefined;
  detail?: string | undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Strips tags from an HTML error page (webob, proxies) and collapses whitespace. */
function textOfHtml(text: string): string {
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(text)?.[1] ?? text;
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Extracts the server's message from any OpenStack error body: Nova/Cinder `{"<fault>": {code, message}}`,
 * Keystone/agent `{"error": {code, message, title}}`, Glance `{code: "404 Not Found", title, message}`,
 * Neutron `{"NeutronError": {type, message, detail}}`, and plain text or HTML pages.
 */
export function parseErrorBody(body: unknown, status: number, statusText = ''): ParsedErrorBody {
  const fallback = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (typeof body === 'string') {
    const trimmed = body.trim();
    if (trimmed.startsWith('{')) {
      try {
        return parseErrorBody(JSON.parse(trimmed) as unknown, status, statusText);
      } catch {
        // not JSON after all: fall through to text
      }
    }
    const text = /<\/?[a-z][\s\S]*>/i.test(trimmed) ? textOfHtml(trimmed) : trimmed;
    return { message: text || fallback };
  }
  if (!isRecord(body)) return { message: fallback };
  // Neutron
  if (isRecord(body.NeutronError)) {
    const e = body.NeutronError;
    return { message: str(e.message) ?? fallback, code: str(e.type), detail: str(e.detail) };
  }
  // Keystone and the agent API
  if (isRecord(body.error)) {
    const e = body.error;
    return { message: str(e.message) ?? str(e.title) ?? fallback, code: str(e.title), detail: str(e.title) };
  }
  // Glance: flat {code: "404 Not Found", title, message}
  if (typeof body.message === 'string' || typeof body.title === 'string') {
    const code = typeof body.code === 'string' ? body.code : typeof body.code === 'number' ? String(body.code) : undefined;
    const message = str(body.message) ? textOfHtml(body.message as string) : undefined;
    return { message: message ?? str(body.title) ?? fallback, code, detail: str(body.title) };
  }
  // Nova / Cinder: a single key naming the fault
  const keys = Object.keys(body);
  for (const key of keys) {
    const v = body[key];
    if (isRecord(v) && typeof v.message === 'string') return { message: v.message, code: key };
  }
  // Neutron without the wrapper (older), or anything else with a string field
  if (typeof body.detail === 'string') return { message: body.detail };
  return { message: fallback };
}
