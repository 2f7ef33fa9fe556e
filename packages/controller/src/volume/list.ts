/**
 * One list answer for every Cinder collection: equality filters from the query, the page
 * (sort, marker, limit, offset), the `<collection>_links` next link and, from 3.45, `count`.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (List volumes: sort, limit, marker, with_count)
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { mv, nextLinks, paginate } from './common.js';
import { queryBool } from './misc.js';

/** The rows whose columns `keys` equal the query's string values of the same names (absent names: no filter). */
export function filterByQuery<T extends object, K extends keyof T & string>(rows: T[], q: Record<string, unknown>, keys: readonly K[]): T[] {
  const want = keys.filter((k) => typeof q[k] === 'string');
  return want.length === 0 ? rows : rows.filter((r) => want.every((k) => r[k] === q[k]));
}

/** How one collection is listed. */
export interface ListOptions<T> {
  /** The collection's key in the answer (`volumes`, `backups`, ...). */
  key: string;
  /** Its path under the project for the next link (`volumes/detail`); no path: no next link. */
  path?: string;
  /** The columns it sorts by, and Cinder's legacy aliases of them. */
  sortKeys: ReadonlySet<string>;
  aliases?: Readonly<Record<string, string>>;
  /** Whether `with_count` (3.45+) adds the number of rows before paging. */
  count?: boolean;
  /** The query the page is cut with, when it differs from the request's (a default sort). */
  pageQuery?: Record<string, unknown>;
  /** The items of the page. */
  render: (page: T[]) => unknown[] | Promise<unknown[]>;
}

/** Cinder's list answer for the filtered `rows` of a collection. */
export async function listAnswer<T extends { id: string }>(ctx: AppContext, req: FastifyRequest, rows: T[], q: Record<string, unknown>, o: ListOptions<T>): Promise<Record<string, unknown>> {
  const total = rows.length;
  const { page, more } = paginate(rows, o.pageQuery ?? q, o.sortKeys, o.aliases);
  const body: Record<string, unknown> = { [o.key]: await o.render(page) };
  if (o.path !== undefined) {
    const next = nextLinks(ctx, req.auth?.projectId ?? '', o.path, q, page[page.length - 1]?.id, more);
    if (next) body[`${o.key}_links`] = next;
  }
  if (o.count && mv(req) >= 45 && queryBool(q, 'with_count')) body.count = total;
  return body;
}
