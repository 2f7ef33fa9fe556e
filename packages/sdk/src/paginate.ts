// Pagination as async iterators over every OpenStack style: Nova/Cinder/Neutron
// `<collection>_links` (rel next), Glance `next`, Keystone `links.next`; marker/limit.
// The next link's query (marker, limit, filters) is replayed against our own endpoint, so a
// catalog URL behind a proxy keeps working when the service writes its internal host in links.

/** Options every `list()` accepts; other keys are the service's filters. */
export interface ListOptions {
  /** Page size sent as `limit`. */
  limit?: number | undefined;
  /** Stop after this many items in total. */
  maxItems?: number | undefined;
  [filter: string]: unknown;
}

/** Fetches one page for a query. */
export type PageFetcher = (query: Record<string, unknown>) => Promise<unknown>;

interface Link {
  rel?: string;
  href?: string;
}

/** The next page's link in a list body, whatever the service's style; undefined on the last page. */
export function nextLink(body: unknown, collection: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  const links = b[`${collection}_links`];
  if (Array.isArray(links)) {
    const next = (links as Link[]).find((l) => l.rel === 'next');
    if (next?.href) return next.href;
  }
  if (typeof b.next === 'string' && b.next) return b.next; // Glance
  const kl = b.links as { next?: unknown } | undefined;
  if (kl && typeof kl === 'object' && typeof kl.next === 'string' && kl.next) return kl.next; // Keystone
  return undefined;
}

/** The query parameters of a link (repeated keys become arrays). */
export function queryOfLink(href: string): Record<string, unknown> {
  const url = new URL(href, 'http://placeholder.invalid');
  const out: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** Splits `{limit, maxItems, ...filters}` into the first query and the item cap. */
export function listQuery(opts: ListOptions = {}): { query: Record<string, unknown>; maxItems: number | undefined } {
  const { limit, maxItems, ...filters } = opts;
  const query: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) if (v !== undefined) query[k] = v;
  if (limit !== undefined) query.limit = limit;
  return { query, maxItems };
}

/** Iterates over every item of a paginated collection, page by page. */
export async function* paginate<T>(fetchPage: PageFetcher, collection: string, opts: ListOptions = {}): AsyncGenerator<T, void, undefined> {
  const { query: first, maxItems } = listQuery(opts);
  if (maxItems !== undefined && maxItems <= 0) return;
  let query: Record<string, unknown> | undefined = first;
  let count = 0;
  const seen = new Set<string>();
  while (query) {
    const body = await fetchPage(query);
    const items = (body as Record<string, unknown> | undefined)?.[collection];
    if (!Array.isArray(items)) return;
    for (const item of items as T[]) {
      yield item;
      count++;
      if (maxItems !== undefined && count >= maxItems) return;
    }
    const href = nextLink(body, collection);
    if (!href || items.length === 0) return;
    const next: Record<string, unknown> = { ...query, ...queryOfLink(href) };
    const fingerprint = JSON.stringify(next);
    if (seen.has(fingerprint)) return; // a service that keeps answering the same link
    seen.add(fingerprint);
    query = next;
  }
}

/** Collects an async iterator into an array. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
