// Version discovery and microversion negotiation for Nova and Cinder: the version used is
// min(client max, server max) unless pinned, and must lie within the server's range.
// @see https://docs.openstack.org/api-guide/compute/microversions.html
import { ApiVersionError, type Service } from './errors.js';

/**
 * The newest microversion this SDK understands, per microversioned service: what schemas/
 * describes and the oscloud controller advertises (compute 2.79, volume 3.64). Against a cloud
 * with a lower maximum the SDK negotiates down to it; a newer one is not used until the SDK
 * handles what changed (compute 2.88 drops hypervisor fields, 2.89 volume attachment ids,
 * 2.92 server-side key generation).
 */
export const CLIENT_MAX_MICROVERSION: Partial<Record<Service, string>> = {
  compute: '2.79',
  volume: '3.64',
};

/** The major API version whose microversions each service negotiates (its id in version documents). */
const MAJOR: Partial<Record<Service, string>> = { compute: 'v2.1', volume: 'v3' };

/** The major version number a `<service>_api_version` without a dot names (DevStack writes `volume_api_version: 3`). */
const MAJOR_NUMBER: Partial<Record<Service, string>> = { compute: '2', volume: '3' };

/** The microversion range a server advertises (undefined bounds: no microversions). */
export interface VersionRange {
  min: string;
  max: string;
}

/** Compares two `X.Y` versions numerically (`2.10` > `2.9`). */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

interface VersionEntry {
  id?: string;
  status?: string;
  version?: string;
  min_version?: string;
}

/** The path of the versioned endpoint whose own `{version}` document is the fallback of discovery (`v2.1`, `v3`). */
export function versionedPath(service: Service): string | undefined {
  return MAJOR[service];
}

/** True for a version document (`{version: {...}}` or `{versions: [...]}`), whatever versions it lists. */
export function isVersionDocument(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as { version?: unknown; versions?: unknown };
  if (typeof b.version === 'object' && b.version !== null) return true;
  if (Array.isArray(b.versions)) return true;
  return typeof b.versions === 'object' && b.versions !== null && Array.isArray((b.versions as { values?: unknown }).values);
}

/** Reads the microversion range from a version document (`{version}` or `{versions: [...]}`); undefined if none. */
export function parseVersionDocument(service: Service, body: unknown): VersionRange | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { version?: VersionEntry; versions?: VersionEntry[] | { values?: VersionEntry[] } };
  let entries: VersionEntry[] = [];
  if (b.version) entries = [b.version];
  else if (Array.isArray(b.versions)) entries = b.versions;
  else if (b.versions && Array.isArray(b.versions.values)) entries = b.versions.values;
  const major = MAJOR[service];
  const usable = entries.filter((e) => e.version && e.min_version);
  const pick =
    usable.find((e) => major && e.id && (e.id === major || e.id.startsWith(`${major}.`))) ??
    usable.find((e) => e.status?.toUpperCase() === 'CURRENT') ??
    usable[0];
  if (!pick?.version || !pick.min_version) return undefined;
  return { min: pick.min_version, max: pick.version };
}

/**
 * The microversion to send: the pinned one (checked against the range) or min(client max, server max).
 * Throws ApiVersionError when the cloud is too old (or too new) for the request.
 */
export function negotiateMicroversion(service: Service, range: VersionRange | undefined, pinned?: string): string | undefined {
  const clientMax = CLIENT_MAX_MICROVERSION[service];
  if (!clientMax) return pinned;
  pinned = microversionPin(service, pinned);
  if (!range) {
    // a cloud without microversions serves the base version (2.1 / 3.0) only
    const base = service === 'compute' ? '2.1' : `${clientMax.split('.')[0]}.0`;
    if (pinned && compareVersions(pinned, base) !== 0) {
      throw new ApiVersionError(`${service} microversion ${pinned} requested but the cloud does not support microversions (the cloud is too old)`);
    }
    return undefined;
  }
  if (pinned) {
    if (compareVersions(pinned, range.max) > 0) {
      throw new ApiVersionError(
        `${service} microversion ${pinned} requested but the cloud supports at most ${range.max} (minimum ${range.min}): the cloud is too old`,
      );
    }
    if (compareVersions(pinned, range.min) < 0) {
      throw new ApiVersionError(`${service} microversion ${pinned} requested but the cloud requires at least ${range.min}`);
    }
    return pinned;
  }
  const chosen = compareVersions(clientMax, range.max) <= 0 ? clientMax : range.max;
  if (compareVersions(chosen, range.min) < 0) {
    throw new ApiVersionError(`the cloud's ${service} API requires microversion ${range.min} or newer; this SDK supports up to ${clientMax}`);
  }
  return chosen;
}

/**
 * The microversion a `<service>_api_version` value pins: `X.Y` pins it; `latest` and a bare major
 * version (`3`, `2`, as clouds.yaml and openrc files write the API version) pin nothing, so the
 * version is negotiated. A major this SDK does not speak, or anything else, is an ApiVersionError.
 */
export function microversionPin(service: Service, value: string | undefined): string | undefined {
  if (value === undefined || value === 'latest') return undefined;
  if (/^\d+\.\d+$/.test(value)) return value;
  const major = MAJOR_NUMBER[service];
  if (/^\d+$/.test(value)) {
    if (value === major) return undefined;
    throw new ApiVersionError(`${service} API version ${value} is not supported: this SDK speaks the ${service} v${major} API (set ${service}_api_version to ${major} or to a ${major}.x microversion)`);
  }
  throw new ApiVersionError(`invalid ${service} microversion '${value}' (expected X.Y, a major version such as ${major}, or latest)`);
}

/** Request headers carrying a microversion (Nova also wants its legacy header). */
export function microversionHeaders(service: Service, version: string | undefined): Record<string, string> {
  if (!version) return {};
  const h: Record<string, string> = { 'OpenStack-API-Version': `${service} ${version}` };
  if (service === 'compute') h['X-OpenStack-Nova-API-Version'] = version;
  return h;
}
