/**
 * Custom metadata carried in headers (`X-Account-Meta-*`, `X-Container-Meta-*`,
 * `X-Object-Meta-*`) with Swift's limits (name 128 bytes, value 256 bytes, 90 items, 4096
 * bytes in all). Header values are kept as Node gives them (latin1, one char per byte), so
 * UTF-8 values go back out byte for byte.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { badRequest } from '../errors.js';
import { SWIFT_LIMITS } from './limits.js';

/** Which resource the metadata belongs to. */
export type MetaLevel = 'account' | 'container' | 'object';

/** Metadata by lower-case name (without the prefix). */
export type Metadata = Record<string, string>;

/** `x-<level>-meta-` */
const prefix = (level: MetaLevel): string => `x-${level}-meta-`;

/** The first value of a header. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The metadata name of a header after `prefix`: `_` read as `-`, as Swift's WSGI layer sees
 * header names (`X-Container-Meta-a_b` is stored and returned as `X-Container-Meta-A-B`).
 */
function metaName(header: string, prefix: string): string {
  const name = header.slice(prefix.length).replace(/_/g, '-');
  if (!name) throw badRequest('Metadata name cannot be empty', { plain: true });
  return name;
}

/** Changes requested by headers: values to set ('' = remove) and names to remove. */
export function metadataUpdates(headers: IncomingHttpHeaders, level: MetaLevel): Map<string, string> {
  const p = prefix(level);
  const rp = `x-remove-${level}-meta-`;
  const out = new Map<string, string>();
  for (const [k, raw] of Object.entries(headers)) {
    const v = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).trim();
    if (k.startsWith(p)) {
      out.set(metaName(k, p), v);
    } else if (k.startsWith(rp)) {
      const name = metaName(k, rp);
      if (!out.has(name)) out.set(name, '');
    }
  }
  return out;
}

/** The names `X-Remove-<Level>-Meta-*` headers ask to remove. */
export function metadataRemovals(headers: IncomingHttpHeaders, level: MetaLevel): Set<string> {
  const rp = `x-remove-${level}-meta-`;
  return new Set(Object.keys(headers).filter((k) => k.startsWith(rp)).map((k) => metaName(k, rp)));
}

/** Applies updates to existing metadata ('' removes) and checks the result against Swift's limits. */
export function mergeMetadata(existing: Metadata, updates: Map<string, string>, level: MetaLevel): Metadata {
  const out: Metadata = { ...existing };
  for (const [k, v] of updates) {
    if (v === '') delete out[k];
    else out[k] = v;
  }
  checkMetadata(out, level);
  return out;
}

/** Swift's check_metadata (400 with its messages). */
export function checkMetadata(meta: Metadata, level: MetaLevel): void {
  const p = `X-${level[0]!.toUpperCase()}${level.slice(1)}-Meta-`;
  let size = 0;
  let count = 0;
  for (const [k, v] of Object.entries(meta)) {
    if (k.length > SWIFT_LIMITS.max_meta_name_length) throw badRequest(`Metadata name too long: ${p}${k}`, { plain: true });
    if (v.length > SWIFT_LIMITS.max_meta_value_length) throw badRequest(`Metadata value longer than ${SWIFT_LIMITS.max_meta_value_length}: ${p}${k}`, { plain: true });
    count += 1;
    size += k.length + v.length;
  }
  if (count > SWIFT_LIMITS.max_meta_count) throw badRequest(`Too many metadata items; max ${SWIFT_LIMITS.max_meta_count}`, { plain: true });
  if (size > SWIFT_LIMITS.max_meta_overall_size) throw badRequest(`Total metadata too large; max ${SWIFT_LIMITS.max_meta_overall_size}`, { plain: true });
}

/** Title-cases a header name part (`foo-bar` -> `Foo-Bar`), as Swift's WSGI layer does. */
function titleCase(s: string): string {
  return s.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
}

/** Response headers for stored metadata. */
export function metadataHeaders(meta: Metadata, level: MetaLevel): Record<string, string> {
  const p = `X-${titleCase(level)}-Meta-`;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) out[p + titleCase(k)] = v;
  return out;
}
