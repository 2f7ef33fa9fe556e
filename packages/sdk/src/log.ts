// Request logging hook and secret redaction: the CLI's --debug prints curl-like lines from these
// events, so tokens and passwords must never appear in them (they are hashed, like
// keystoneauth's `{SHA256}` form, so two lines can still be compared).
import { createHash } from 'node:crypto';
import type { Service } from './errors.js';

/** One request, response or transport error, already redacted. */
export interface RequestLogEvent {
  phase: 'request' | 'response' | 'error';
  service: Service | undefined;
  method: string;
  url: string;
  /** 1 for the first try, 2+ for retries and the replay after re-authentication. */
  attempt: number;
  headers: Record<string, string>;
  /** Redacted body text (JSON pretty-printed compactly); `<binary N bytes>` / `<stream>` for data. */
  body?: string | undefined;
  status?: number | undefined;
  durationMs?: number | undefined;
  requestId?: string | undefined;
  /** Error message for phase `error`. */
  error?: string | undefined;
}

/** Receives every HTTP exchange the SDK makes; must not throw. */
export type RequestLogger = (event: RequestLogEvent) => void;

/** `{SHA256}<hex>` of a secret: stable, comparable, not reversible. */
export function hashSecret(secret: string): string {
  return `{SHA256}${createHash('sha256').update(secret).digest('hex')}`;
}

const SECRET_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'authorization', 'x-service-token', 'cookie', 'set-cookie']);
const SECRET_KEYS = /^(password|secret|passcode|adminpass|admin_pass|token|auth_token|private_key|application_credential_secret|os-password)$/i;

function redactValue(value: unknown, parentKey: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, parentKey));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && (SECRET_KEYS.test(k) || (parentKey === 'token' && k === 'id'))) {
      out[k] = hashSecret(v);
    } else {
      out[k] = redactValue(v, k);
    }
  }
  return out;
}

/**
 * Returns a copy with secrets replaced by their `{SHA256}` hash: header records (X-Auth-Token,
 * X-Subject-Token, Authorization...) and JSON bodies (password, secret, passcode, adminPass, token ids).
 */
export function redact<T>(value: T): T {
  return redactValue(value, undefined) as T;
}

/** Redacts a header record (case-insensitive names) into plain strings. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const text = Array.isArray(v) ? v.join(', ') : String(v);
    out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? hashSecret(text) : text;
  }
  return out;
}

/** Redacts a body about to be logged: JSON is parsed and redacted, anything else summarised. */
export function redactBody(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (Buffer.isBuffer(body) || body instanceof Uint8Array) {
    const text = Buffer.from(body).toString('utf8');
    const t = text.trimStart();
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        return JSON.stringify(redact(JSON.parse(text) as unknown));
      } catch {
        /* not JSON */
      }
    }
    return `<binary ${body.length} bytes>`;
  }
  if (typeof body === 'string') {
    try {
      return JSON.stringify(redact(JSON.parse(body) as unknown));
    } catch {
      return body.length > 2048 ? `${body.slice(0, 2048)}...` : body;
    }
  }
  if (typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function') return '<stream>';
  return JSON.stringify(redact(body));
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Renders a logged event as the curl-like line keystoneauth prints with --debug. */
export function formatLogEvent(event: RequestLogEvent): string {
  if (event.phase === 'request') {
    const parts = ['REQ: curl -g -i -X', event.method, event.url];
    for (const [k, v] of Object.entries(event.headers)) parts.push('-H', shellQuote(`${k}: ${v}`));
    if (event.body !== undefined) parts.push('-d', shellQuote(event.body));
    return parts.join(' ');
  }
  if (event.phase === 'response') {
    const hdrs = Object.entries(event.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' ');
    const lines = [`RESP: [${event.status}] ${hdrs}`.trimEnd()];
    if (event.body !== undefined) lines.push(`RESP BODY: ${event.body}`);
    lines.push(
      `${event.method} call to ${event.service ?? 'endpoint'} for ${event.url} used request id ${event.requestId ?? '-'} (${event.durationMs ?? 0} ms)`,
    );
    return lines.join('\n');
  }
  return `ERR: ${event.method} ${event.url}: ${event.error ?? 'failed'}`;
}
