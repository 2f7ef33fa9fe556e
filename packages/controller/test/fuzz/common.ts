/** Shared bits of the fuzz suites: raw HTTP (no URL normalisation), error-shape checks, row counts. */
import { request } from 'node:http';
import type { TestController } from '../helpers.js';
import type { ServiceName } from '../../src/spec.js';

/** Prefix of each service on the controller. */
export const PREFIX: Record<ServiceName, string> = {
  identity: '/identity',
  compute: '/compute',
  image: '/image',
  volume: '/volume',
  network: '/network',
  agent: '/agent',
  'object-store': '/object-store',
};

/** A raw response. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * Sends a request with the path verbatim (fetch would resolve `../` segments). `parts` sends
 * the body chunked, as separate writes 20 ms apart (a character split between packets).
 */
export function rawRequest(
  url: string,
  method: string,
  path: string,
  o: { headers?: Record<string, string>; body?: string | Buffer; parts?: Buffer[] } = {},
): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { accept: 'application/json', ...o.headers };
    if (o.body !== undefined) headers['content-length'] = Buffer.byteLength(o.body);
    if (o.parts) headers['transfer-encoding'] = 'chunked';
    const req = request({ host: u.hostname, port: Number(u.port), method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    const parts = [...(o.parts ?? [])];
    const next = (): void => {
      const part = parts.shift();
      if (part === undefined) {
        req.end();
        return;
      }
      req.write(part);
      setTimeout(next, 20);
    };
    next();
  });
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Null when `body` (parsed JSON; `text` the raw body) is the service's own error shape for `status`, else why not. */
export function errorShapeProblem(service: ServiceName, status: number, body: unknown, text?: string): string | null {
  if (service === 'object-store') {
    // Swift's errors are text: an HTML page, or a plain message for its own checks.
    if (body !== undefined) return 'Swift errors are text, not JSON';
    if (text === undefined) return null;
    if (text.startsWith('<html>')) return /^<html><h1>[^<]+<\/h1><p>[^<]*<\/p><\/html>$/.test(text) ? null : 'malformed HTML error page';
    return text.trim() ? null : 'empty error body';
  }
  if (!isObj(body)) return 'body is not a JSON object';
  switch (service) {
    case 'compute':
    case 'volume': {
      const keys = Object.keys(body);
      if (keys.length !== 1) return `expected one key, got ${keys.join(',')}`;
      const v = body[keys[0]];
      if (!isObj(v)) return 'fault value is not an object';
      if (v.code !== status) return `code ${String(v.code)} != ${status}`;
      if (typeof v.message !== 'string') return 'message is not a string';
      return null;
    }
    case 'identity': {
      const e = body.error;
      if (!isObj(e)) return 'no error object';
      if (e.code !== status) return `code ${String(e.code)} != ${status}`;
      if (typeof e.message !== 'string' || typeof e.title !== 'string') return 'message/title not strings';
      return null;
    }
    case 'image':
      if (typeof body.code !== 'string' || !body.code.startsWith(`${status} `)) return `code ${String(body.code)} does not start with ${status}`;
      if (typeof body.title !== 'string' || typeof body.message !== 'string') return 'title/message not strings';
      return null;
    case 'network': {
      const e = body.NeutronError;
      if (!isObj(e)) return 'no NeutronError object';
      if (typeof e.type !== 'string' || typeof e.message !== 'string' || typeof e.detail !== 'string') return 'type/message/detail not strings';
      return null;
    }
    case 'agent': {
      const e = body.error;
      if (!isObj(e)) return 'no error object';
      if (e.code !== status) return `code ${String(e.code)} != ${status}`;
      if (typeof e.message !== 'string') return 'message is not a string';
      return null;
    }
  }
  return null;
}

/** Row counts of every table (state snapshot). */
export async function rowCounts(c: TestController): Promise<Record<string, number>> {
  const tables = await c.db.introspection.getTables();
  const out: Record<string, number> = {};
  for (const t of tables) {
    if (t.name.startsWith('kysely_')) continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = await (c.db as any).selectFrom(t.name).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirst();
    out[t.name] = Number(r?.n ?? 0);
  }
  return out;
}

/** The tables whose count differs. */
export function diffCounts(a: Record<string, number>, b: Record<string, number>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => a[n] !== b[n]).map((n) => `${n}: ${a[n]} -> ${b[n]}`);
}
