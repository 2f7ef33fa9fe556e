/**
 * Nova microversions: `OpenStack-API-Version: compute 2.X` (or the legacy
 * `X-OpenStack-Nova-API-Version: 2.X`), `latest`, 2.1 when absent; 406 outside the range.
 * @see https://docs.openstack.org/api-guide/compute/microversions.html
 */
import { ApiError, badRequest } from '../errors.js';

/** The lowest microversion served. */
export const MIN_VERSION = '2.1';
/** The highest microversion served (only what is really implemented). */
export const MAX_VERSION = '2.79';

/** A parsed microversion. */
export interface Microversion {
  major: number;
  minor: number;
}

/** Parses "2.X". */
export function parseVersion(v: string): Microversion | null {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}

/** Compares two microversions (-1, 0, 1). */
export function compareVersions(a: Microversion, b: Microversion): number {
  return a.major !== b.major ? Math.sign(a.major - b.major) : Math.sign(a.minor - b.minor);
}

/** Formats a microversion. */
export function formatVersion(v: Microversion): string {
  return `${v.major}.${v.minor}`;
}

function headerValue(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h.join(',') : h;
}

/**
 * The microversion requested by `headers` (lower-cased names). OpenStack-API-Version wins over the
 * legacy header; the compute entry of a comma list is used. Throws 400 for a malformed value and
 * 406 for a version outside [MIN_VERSION, MAX_VERSION].
 */
export function negotiate(headers: Record<string, string | string[] | undefined>): Microversion {
  const min = parseVersion(MIN_VERSION)!;
  const max = parseVersion(MAX_VERSION)!;
  let requested: string | undefined;
  const modern = headerValue(headers['openstack-api-version']);
  if (modern !== undefined) {
    for (const part of modern.split(',')) {
      const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(part);
      if (m && m[1]!.toLowerCase() === 'compute') requested = m[2];
    }
  }
  if (requested === undefined) {
    const legacy = headerValue(headers['x-openstack-nova-api-version']);
    if (legacy !== undefined && legacy.trim() !== '') requested = legacy.trim();
  }
  if (requested === undefined) return min;
  if (requested.toLowerCase() === 'latest') return max;
  const v = parseVersion(requested);
  if (!v) throw badRequest(`API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`);
  if (compareVersions(v, min) < 0 || compareVersions(v, max) > 0) {
    throw new ApiError(406, `Version ${formatVersion(v)} is not supported by the API. Minimum is ${MIN_VERSION} and maximum is ${MAX_VERSION}.`, { type: 'computeFault' });
  }
  return v;
}

/** True if `v` is at least `2.minor`. */
export function atLeast(v: Microversion, minor: number): boolean {
  return v.major > 2 || (v.major === 2 && v.minor >= minor);
}
