// Request logging hook and secret redaction: the CLI's --debug prints curl-like lines from these
// events, so no token, password or secret may appear in them. Passwords and secrets are masked
// (`***`): an unsalted hash of a password is a dictionary-attack target. Tokens are long random
// values, so they are hashed like keystoneauth's `{SHA256}<hex>` form, which lets two lines be
// compared (same token or not) without showing it.
import { sha256Hex } from './sha256.js';
import type { Service } from './errors.js';

/** One request, response or transport error, already redacted; or a warning about the exchange. */
export interface RequestLogEvent {
  /** `warning`: something the caller should know that did not fail the call (version discovery failed). */
  phase: 'request' | 'response' | 'error' | 'warning';
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
  /** What happened, for phase `warning`. */
  message?: string | undefined;
}

/** Receives every HTTP exchange the SDK makes; must not throw. */
export type RequestLogger = (event: RequestLogEvent) => void;

/** What a masked password or secret reads as. */
export const MASK = '***';

/** `{SHA256}<hex>` of a token: stable, comparable, not reversible (never used for passwords). */
export function hashToken(token: string): string {
  return `{SHA256}${sha256Hex(token)}`;
}

/** Headers carrying a token (hashed). */
const TOKEN_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'x-service-token', 'authorization']);
/** Headers carrying other credentials (masked). */
const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'proxy-authorization']);
/** Body keys holding a token: `token`, `*_token` (and the `id` inside a `token` object). */
const TOKEN_KEY = /(^|_)token$/i;
/**
 * Body keys holding a password or secret: `*password` (password, original_password, Cinder's
 * CHAP auth_password and discovery_auth_password), `secret` and `*_secret` (application
 * credentials), TOTP passcodes, Nova's adminPass and generated private keys.
 */
const SECRET_KEY = /(password|^secret|_secret|^passcode|^adminpass|^admin_pass|^private_key)$/i;

function redactValue(value: unknown, parentKey: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => redactValue(v, parentKey));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const scalar = typeof v === 'string' || typeof v === 'number';
    if (scalar && SECRET_KEY.test(k)) out[k] = MASK;
    else if (typeof v === 'string' && (TOKEN_KEY.test(k) || (k === 'id' && parentKey !== undefined && TOKEN_KEY.test(parentKey)))) {
      out[k] = hashToken(v);
    } else out[k] = redactValue(v, k);
  }
  return out;
}

/** Returns a copy of a JSON body with passwords and secrets masked (`***`) and tokens hashed (`{SHA256}`). */
export function redact<T>(value: T): T {
  return redactValue(value, undefined) as T;
}

/** Redacts a header record (case-insensitive names) into plain strings: tokens hashed, cookies masked. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const text = Array.isArray(v) ? v.join(', ') : String(v);
    const name = k.toLowerCase();
    out[k] = TOKEN_HEADERS.has(name) ? hashToken(text) : SECRET_HEADERS.has(name) ? MASK : text;
  }
  return out;
}

/** Redacts a body about to be logged: JSON is parsed and redacted, anything else summarised. */
export function redactBody(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (body instanceof Uint8Array) {
    const text = new TextDecoder().decode(body);
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
  if (event.phase === 'warning') return `WARN: ${event.message ?? `${event.method} ${event.url}`}`;
  return `ERR: ${event.method} ${event.url}: ${event.error ?? 'failed'}`;
}
