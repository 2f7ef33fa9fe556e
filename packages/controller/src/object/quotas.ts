/**
 * Quotas (Swift's container_quotas and account_quotas middlewares), kept as metadata:
 * `X-Container-Meta-Quota-Bytes` / `-Quota-Count` (set by whoever may update the container)
 * and `X-Account-Meta-Quota-Bytes` (set only by the reseller admin — oscloud's admin — never by
 * the account's own users). A value must be a non-negative integer (400 `Invalid bytes quota.`);
 * an empty value or `X-Remove-*-Meta-Quota-*` removes it. An upload that would pass a quota is
 * `413 Upload exceeds quota.` and writes nothing; the byte quotas are enforced while the body
 * streams, so chunked uploads and copies are held to them too.
 */
import type { AppContext } from '../context.js';
import { ApiError, badRequest, forbidden } from '../errors.js';
import { accountMeta, accountTotals, parseJson, type ContainerRow } from './service.js';
import type { Metadata } from './metadata.js';

/** What `/info` advertises (Swift's sections of the same names are empty too). */
export const QUOTA_INFO = { container_quotas: {}, account_quotas: {} } as const;

const BYTES = 'quota-bytes';
const COUNT = 'quota-count';

/** 413 as Swift's quota middlewares answer it. */
export const quotaExceeded = (): ApiError => new ApiError(413, 'Upload exceeds quota.', { plain: true });

/** 400 unless a quota value is empty (removal) or a non-negative integer. */
function checkValue(v: string | undefined, what: 'bytes' | 'count'): void {
  if (v !== undefined && v !== '' && !/^\d+$/.test(v)) throw badRequest(`Invalid ${what} quota.`, { plain: true });
}

/** Checks the quota values a container PUT/POST sets (metadata updates by name). */
export function checkContainerQuotaUpdates(updates: Map<string, string>): void {
  checkValue(updates.get(BYTES), 'bytes');
  checkValue(updates.get(COUNT), 'count');
}

/** Checks an account POST's quota change: only the reseller admin may make one (403), and only a valid one. */
export function checkAccountQuotaUpdates(updates: Map<string, string>, resellerAdmin: boolean): void {
  if (!updates.has(BYTES)) return;
  if (!resellerAdmin) throw forbidden('Access was denied to this resource.');
  checkValue(updates.get(BYTES), 'bytes');
}

/** A stored quota, or null when none is set. */
function quota(meta: Metadata, name: string): number | null {
  const v = meta[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
}

/**
 * How many bytes one more object may hold in container `c` under its and its account's
 * quotas (Infinity without quotas); 413 when the container's object count quota is reached.
 */
export async function uploadAllowance(ctx: AppContext, projectId: string, c: ContainerRow): Promise<number> {
  const cmeta = parseJson<Metadata>(c.metadata);
  const count = quota(cmeta, COUNT);
  if (count !== null && Number(c.object_count) + 1 > count) throw quotaExceeded();
  let allowance = Infinity;
  const cbytes = quota(cmeta, BYTES);
  if (cbytes !== null) allowance = cbytes - Number(c.bytes_used);
  const abytes = quota((await accountMeta(ctx.db, projectId)).meta, BYTES);
  if (abytes !== null) allowance = Math.min(allowance, abytes - (await accountTotals(ctx.db, projectId)).bytes);
  if (allowance < 0) throw quotaExceeded();
  return allowance;
}
