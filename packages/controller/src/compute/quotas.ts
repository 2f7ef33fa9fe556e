/**
 * Compute quota math: Nova's default limits, per-project overrides, and the check that a request
 * fits (`-1` is unlimited). Nova answers an exceeded quota with 403 forbidden on server create.
 * @see nova/quota.py, api-ref "Quota sets (os-quota-sets)"
 */
import { ApiError } from '../errors.js';

/** Every compute quota resource this controller enforces or reports. */
export const QUOTA_RESOURCES = [
  'instances', 'cores', 'ram', 'key_pairs', 'metadata_items', 'server_groups', 'server_group_members',
  'injected_files', 'injected_file_content_bytes', 'injected_file_path_bytes',
] as const;
/** A quota resource name. */
export type QuotaResource = (typeof QUOTA_RESOURCES)[number];

/** Legacy (pre-2.36) network quotas shown for compatibility (not enforced here: Neutron owns them). */
export const LEGACY_NETWORK_QUOTAS = { fixed_ips: -1, floating_ips: 10, security_groups: 10, security_group_rules: 20 } as const;

/** Nova's default quota values. */
export const DEFAULT_QUOTAS: Record<QuotaResource, number> = {
  instances: 10,
  cores: 20,
  ram: 51200,
  key_pairs: 100,
  metadata_items: 128,
  server_groups: 10,
  server_group_members: 10,
  injected_files: 5,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
};

/** Limits of a project: defaults overlaid with its overrides. */
export function effectiveLimits(overrides: Partial<Record<string, number>>, defaults: Record<QuotaResource, number> = DEFAULT_QUOTAS): Record<QuotaResource, number> {
  const out = { ...defaults };
  for (const r of QUOTA_RESOURCES) {
    const v = overrides[r];
    if (typeof v === 'number') out[r] = v;
  }
  return out;
}

/** One resource that a request would push over its limit. */
export interface QuotaOverage {
  resource: string;
  requested: number;
  used: number;
  limit: number;
}

/** The resources of `delta` that do not fit (`used + delta > limit`, limit -1 = unlimited). */
export function overages(limits: Partial<Record<string, number>>, used: Partial<Record<string, number>>, delta: Partial<Record<string, number>>): QuotaOverage[] {
  const out: QuotaOverage[] = [];
  for (const [resource, requested] of Object.entries(delta)) {
    if (!requested || requested <= 0) continue;
    const limit = limits[resource] ?? -1;
    if (limit < 0) continue;
    const u = used[resource] ?? 0;
    if (u + requested > limit) out.push({ resource, requested, used: u, limit });
  }
  return out;
}

/** Nova's message for an exceeded instance quota (403 forbidden). */
export function quotaError(over: QuotaOverage[]): ApiError {
  const o = over[0]!;
  const unit = o.resource === 'ram' ? 'ram' : o.resource;
  return new ApiError(403, `Quota exceeded for ${unit}: Requested ${o.requested}, but already used ${o.used} of ${o.limit} ${unit}`, { type: 'forbidden' });
}

/**
 * How many of [min, max] instances fit in the quota (Nova builds max if it fits, else as many as fit
 * if >= min, else fails). Returns the count or the overages at min.
 *
 * Closed form, as Nova's `_check_num_instances_quota`: each limited resource allows
 * floor(headroom / per-instance need) instances; the answer is the smallest of those and max.
 * O(resources), whatever the counts (a count-down from max hung the process on huge values).
 */
export function instancesThatFit(
  limits: Partial<Record<string, number>>,
  used: Partial<Record<string, number>>,
  per: { cores: number; ram: number },
  min: number,
  max: number,
): { count: number } | { over: QuotaOverage[] } {
  const need: Record<string, number> = { instances: 1, cores: per.cores, ram: per.ram };
  let allowed = max;
  for (const [resource, each] of Object.entries(need)) {
    const limit = limits[resource] ?? -1;
    if (each <= 0 || limit < 0) continue;
    const headroom = Math.max(0, limit - (used[resource] ?? 0));
    allowed = Math.min(allowed, Math.floor(headroom / each));
  }
  if (allowed >= min) return { count: allowed };
  return { over: overages(limits, used, { instances: min, cores: per.cores * min, ram: per.ram * min }) };
}
