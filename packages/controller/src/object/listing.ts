/**
 * Swift listings (accounts list containers, containers list objects) read from the database by
 * name ranges on the (parent, name) index: prefix, delimiter, marker, end_marker, limit,
 * reverse; rendered as JSON, XML or plain text. A delimiter roll-up skips every name under a
 * `subdir` with one range query, so listing stays proportional to what is returned, not to
 * the container's size.
 */
import { ApiError } from '../errors.js';
import { SWIFT_LIMITS } from './limits.js';

/** Listing parameters after validation. */
export interface ListingQuery {
  prefix: string;
  delimiter: string;
  marker: string;
  endMarker: string;
  limit: number;
  reverse: boolean;
  format: 'json' | 'xml' | 'plain';
}

/** A name range for one page: names in the range, ordered, at most `limit`. */
export interface PageRequest {
  /** Lower bound and whether it is included. */
  lower?: { name: string; inclusive: boolean };
  /** Upper bound and whether it is included. */
  upper?: { name: string; inclusive: boolean };
  reverse: boolean;
  limit: number;
}

/** Reads one page of rows (ordered by name, byte-wise). */
export type PageReader<R extends { name: string }> = (page: PageRequest) => Promise<R[]>;

/** Swift's true values for boolean query parameters. */
const TRUE = new Set(['true', '1', 'yes', 'on', 't', 'y']);

/** Validates the listing query (Swift: 412 for a bad limit or over-long marker/prefix). */
export function listingQuery(q: Map<string, string>, accept: string | undefined, maxLimit: number): ListingQuery {
  const limitRaw = q.get('limit');
  let limit = maxLimit;
  if (limitRaw !== undefined && limitRaw !== '') {
    if (!/^\d+$/.test(limitRaw)) throw new ApiError(412, 'Value of limit must be a positive integer', { plain: true });
    limit = Number(limitRaw);
    if (limit > maxLimit) throw new ApiError(412, `Maximum limit is ${maxLimit}`, { plain: true });
  }
  for (const k of ['prefix', 'marker', 'end_marker', 'path']) {
    const v = q.get(k);
    if (v !== undefined && Buffer.byteLength(v) > SWIFT_LIMITS.max_object_name_length) {
      throw new ApiError(412, `Maximum length of ${k} is ${SWIFT_LIMITS.max_object_name_length}`, { plain: true });
    }
  }
  let prefix = q.get('prefix') ?? '';
  let delimiter = q.get('delimiter') ?? '';
  const path = q.get('path');
  if (path !== undefined) {
    prefix = path === '' ? '' : path.endsWith('/') ? path : `${path}/`;
    delimiter = '/';
  }
  if ([...delimiter].length > 1) throw new ApiError(412, 'Bad delimiter', { plain: true });
  return {
    prefix,
    delimiter,
    marker: q.get('marker') ?? '',
    endMarker: q.get('end_marker') ?? '',
    limit,
    reverse: TRUE.has((q.get('reverse') ?? '').toLowerCase()),
    format: listingFormat(q.get('format'), accept),
  };
}

/** The format from `?format=` (unknown values mean plain, as in Swift), else from Accept. */
function listingFormat(format: string | undefined, accept: string | undefined): ListingQuery['format'] {
  if (format !== undefined) {
    const f = format.toLowerCase();
    return f === 'json' || f === 'xml' ? f : 'plain';
  }
  const a = (accept ?? '').toLowerCase();
  if (a.includes('application/json')) return 'json';
  if (a.includes('application/xml') || a.includes('text/xml')) return 'xml';
  return 'plain';
}

/** The smallest string greater than every string starting with `s` (byte order = code point order). */
export function successor(s: string): string | null {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  while (cps.length > 0) {
    const last = cps.pop()!;
    let next = last + 1;
    if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
    if (next <= 0x10ffff) return String.fromCodePoint(...cps, next);
  }
  return null;
}

/** One listing entry: a row, or a `subdir` rolled up by the delimiter. */
export type Entry<R> = { row: R } | { subdir: string };

/** Runs a listing over `read`, returning at most `q.limit` entries. */
export async function runListing<R extends { name: string }>(q: ListingQuery, read: PageReader<R>): Promise<Entry<R>[]> {
  const out: Entry<R>[] = [];
  if (q.limit === 0) return out;
  // Bounds of the whole listing: the prefix range intersected with marker/end_marker.
  const prefixEnd = q.prefix ? successor(q.prefix) : null;
  type Bound = { name: string; inclusive: boolean } | undefined;
  const maxLower = (a: Bound, b: Bound): Bound => (!a ? b : !b ? a : Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)) >= 0 ? a : b);
  const minUpper = (a: Bound, b: Bound): Bound => (!a ? b : !b ? a : Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)) <= 0 ? a : b);
  let lower: Bound = q.prefix ? { name: q.prefix, inclusive: true } : undefined;
  let upper: Bound = prefixEnd ? { name: prefixEnd, inclusive: false } : undefined;
  // Forward: names > marker and < end_marker. Reverse: names < marker and > end_marker.
  const after = q.reverse ? q.endMarker : q.marker;
  const before = q.reverse ? q.marker : q.endMarker;
  if (after) lower = maxLower(lower, { name: after, inclusive: false });
  if (before) upper = minUpper(upper, { name: before, inclusive: false });
  // With a delimiter, a page may be one subdir's names only: pages start small after a roll-up
  // (the next query seeks past the subdir on the index) and grow while rows are listed as such.
  const SMALL = 16;
  let batch = q.delimiter ? SMALL : q.limit;
  while (out.length < q.limit) {
    const want = Math.min(q.limit - out.length, batch, 1000);
    const rows = await read({ lower, upper, reverse: q.reverse, limit: want });
    if (rows.length === 0) break;
    let rolled = false;
    let consumed = 0;
    for (const row of rows) {
      consumed++;
      if (q.delimiter) {
        const rest = row.name.slice(q.prefix.length);
        const i = rest.indexOf(q.delimiter);
        if (i >= 0) {
          const subdir = q.prefix + rest.slice(0, i + q.delimiter.length);
          // A subdir equal to the marker was already listed on the previous page.
          if (subdir !== q.marker || q.reverse) out.push({ subdir });
          // Skip every name under it with the next query.
          if (q.reverse) upper = { name: subdir, inclusive: false };
          else {
            const next = successor(subdir);
            if (next === null) return out;
            lower = { name: next, inclusive: true };
          }
          rolled = true;
          break;
        }
      }
      out.push({ row });
      if (out.length >= q.limit) break;
    }
    if (rolled) {
      batch = SMALL;
      continue;
    }
    const last = rows[consumed - 1]!.name;
    if (q.reverse) upper = { name: last, inclusive: false };
    else lower = { name: last, inclusive: false };
    if (rows.length < want) break;
    batch = Math.min(batch * 4, 1000);
  }
  return out;
}

/** Escapes text for XML (Swift's listings and the S3 face's documents). */
export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A rendered listing: body and content type (an empty plain listing is 204). */
export interface RenderedListing {
  status: 200 | 204;
  contentType: string;
  body: string;
}

/**
 * Renders entries in the requested format. `fields(row)` are the JSON members of a row (name
 * first), also the XML elements; `root` is `account` or `container`, `item` its child element.
 */
export function renderListing<R extends { name: string }>(
  entries: Entry<R>[],
  format: ListingQuery['format'],
  root: { element: 'account' | 'container'; name: string; item: 'container' | 'object' },
  fields: (row: R) => Record<string, string | number>,
): RenderedListing {
  if (format === 'json') {
    const body = JSON.stringify(entries.map((e) => ('subdir' in e ? { subdir: e.subdir } : fields(e.row))));
    return { status: 200, contentType: 'application/json; charset=utf-8', body };
  }
  if (format === 'xml') {
    const items = entries.map((e) => {
      if ('subdir' in e) return `<subdir name="${xml(e.subdir)}"><name>${xml(e.subdir)}</name></subdir>`;
      const inner = Object.entries(fields(e.row)).map(([k, v]) => `<${k}>${xml(String(v))}</${k}>`).join('');
      return `<${root.item}>${inner}</${root.item}>`;
    });
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${root.element} name="${xml(root.name)}">${items.join('')}</${root.element}>`;
    return { status: 200, contentType: 'application/xml; charset=utf-8', body };
  }
  const body = entries.map((e) => ('subdir' in e ? e.subdir : e.row.name) + '\n').join('');
  return body ? { status: 200, contentType: 'text/plain; charset=utf-8', body } : { status: 204, contentType: 'text/plain; charset=utf-8', body: '' };
}
