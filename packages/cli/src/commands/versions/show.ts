import * as Flags from '@oclif/core/flags';
import type { Service } from '@oscloud/sdk';
import { ListCommand } from '../../base.js';
import { type CommandResult, list } from '../../output/format.js';

/** One API version of one service, as its unversioned root lists it. */
interface VersionRow {
  region: string | null;
  service: string;
  version: string | null;
  status: string;
  endpoint: string | null;
  min: string | null;
  max: string | null;
}

/** The catalog types python-openstackclient shows, per SDK service. */
const SERVICES: Array<[Service, string]> = [
  ['identity', 'identity'],
  ['compute', 'compute'],
  ['image', 'image'],
  ['volume', 'block-storage'],
  ['network', 'network'],
];

/** Keystone's `stable` is keystoneauth's `CURRENT`; the other services already say CURRENT/SUPPORTED/DEPRECATED. */
function normalStatus(status: unknown): string {
  const s = String(status ?? '').toUpperCase();
  return s === 'STABLE' ? 'CURRENT' : s;
}

/**
 * `oscloud versions show`: every version each service's unversioned root lists (Keystone's
 * `{versions: {values}}` or the others' `{versions: [...]}`), with its microversion range.
 */
export default class VersionsShow extends ListCommand<typeof VersionsShow> {
  static override description = 'Show available versions of services';
  static override flags = {
    service: Flags.string({ description: 'Show versions for a specific service. The argument should be either an exact match to what is in the catalog or a known official value or alias from service-types-authority' }),
    status: Flags.string({ description: 'Show versions for a specific status. Valid values are: SUPPORTED, CURRENT, DEPRECATED, EXPERIMENTAL' }),
  };

  async execute(): Promise<CommandResult> {
    const [cloud, sdk] = await Promise.all([this.cloud(), this.sdk()]);
    const f = this.flags;
    const region = cloud.config?.regionName ?? null;
    const rows: VersionRow[] = [];
    for (const [service, type] of SERVICES) {
      if (f.service && f.service !== type && f.service !== service) continue;
      let doc: { versions?: unknown };
      try {
        doc = (await cloud.call(service, 'GET /', { microversion: '' })) as { versions?: unknown };
      } catch (err) {
        // Not in the catalog, or no version document: not listed, as upstream. Credentials problems still fail.
        if (err instanceof sdk.HttpError && (err.status === 401 || err.status === 403)) throw err;
        continue;
      }
      const versions = (Array.isArray(doc.versions) ? doc.versions : ((doc.versions as { values?: unknown[] } | undefined)?.values ?? [])) as Array<Record<string, unknown>>;
      for (const v of versions) {
        const links = (v.links ?? []) as Array<{ rel?: string; href?: string }>;
        rows.push({
          region,
          service: type,
          version: String(v.id ?? '').replace(/^v/, ''),
          status: normalStatus(v.status),
          endpoint: links.find((l) => l.rel === 'self')?.href ?? null,
          min: (v.min_version as string | undefined) || null,
          max: (v.version as string | undefined) || null,
        });
      }
    }
    // The catalog's other services (object-store, s3, ...): no version document the SDK reads, so
    // keystoneauth's fallback: the version in the endpoint URL (`/v1/AUTH_x` is 1.0), else none.
    const handled = new Set(SERVICES.flatMap(([service]) => sdk.SERVICE_TYPE_ALIASES[service] ?? []));
    const iface = cloud.config?.interface ?? 'public';
    // Every region's endpoint, as keystoneauth's get_all_version_data without a region.
    for (const entry of cloud.catalog.entries) {
      if (handled.has(entry.type) || (f.service && f.service !== entry.type)) continue;
      for (const ep of entry.endpoints.filter((e) => e.interface === iface)) {
      const m = /^(.*?\/v(\d+)(?:\.(\d+))?)(?:\/|$)/.exec(ep.url);
      rows.push({
        region: ep.region_id ?? ep.region ?? null,
        service: entry.type,
        version: m ? `${m[2]}.${m[3] ?? '0'}` : null,
        status: 'CURRENT',
        endpoint: `${m ? m[1] : ep.url.replace(/\/+$/, '')}/`,
        min: null,
        max: null,
      });
      }
    }
    // as python-openstackclient prints them: region by region (in the catalog's order), by
    // service type, each service's versions oldest first
    const regions = [...new Set([region, ...cloud.catalog.entries.flatMap((e) => e.endpoints.map((ep) => ep.region_id ?? ep.region ?? null))])];
    const num = (v: string | null) => (v ?? '').split('.').map(Number);
    rows.sort((a, b) => regions.indexOf(a.region) - regions.indexOf(b.region) || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0) || (num(a.version)[0] ?? 0) - (num(b.version)[0] ?? 0) || (num(a.version)[1] ?? 0) - (num(b.version)[1] ?? 0));
    const wanted = f.status?.toUpperCase();
    return list(
      rows.filter((r) => !wanted || r.status === wanted),
      [
        ['Region Name', (r) => r.region],
        ['Service Type', (r) => r.service],
        ['Version', (r) => r.version],
        ['Status', (r) => r.status],
        ['Endpoint', (r) => r.endpoint],
        ['Min Microversion', (r) => r.min],
        ['Max Microversion', (r) => r.max],
      ],
    );
  }
}
