// The Keystone service catalog: service-type aliases (service-types-authority), interface and
// region selection, and the unversioned service root the spec paths are relative to.
// @see https://docs.openstack.org/api-ref/identity/v3/#authentication-and-token-management
import { ApiVersionError, type Service } from './errors.js';
import type { Interface } from './config.js';

/** One endpoint of a catalog entry, as Keystone returns it. */
export interface CatalogEndpoint {
  id?: string;
  interface: string;
  region?: string | null;
  region_id?: string | null;
  url: string;
}

/** One catalog entry, as Keystone returns it. */
export interface CatalogEntry {
  id?: string;
  type: string;
  name?: string;
  endpoints: CatalogEndpoint[];
}

/** Catalog service types accepted for each SDK service, preferred first (service-types-authority aliases). */
export const SERVICE_TYPE_ALIASES: Record<Service, string[]> = {
  identity: ['identity'],
  compute: ['compute'],
  image: ['image'],
  volume: ['block-storage', 'volumev3', 'volume', 'block-store', 'volumev2'],
  network: ['network'],
  'object-store': ['object-store'],
  agent: ['agent', 'oscloud-agent'],
};

/** Drops the API version suffix (and a project id after it) from an endpoint URL: the spec paths start there. */
export function serviceRoot(url: string): string {
  const u = new URL(url);
  let path = u.pathname.replace(/\/+$/, '');
  path = path.replace(/\/v\d+(\.\d+)?(\/[^/]*)?$/, '');
  u.pathname = path || '/';
  u.search = '';
  u.hash = '';
  return u.toString().replace(/\/+$/, '');
}

/** A parsed catalog with endpoint look-up by SDK service. */
export class ServiceCatalog {
  constructor(readonly entries: CatalogEntry[]) {}

  /** The entry serving an SDK service, honouring the aliases' preference order. */
  entryFor(service: Service): CatalogEntry | undefined {
    for (const type of SERVICE_TYPE_ALIASES[service]) {
      const e = this.entries.find((x) => x.type === type);
      if (e) return e;
    }
    return undefined;
  }

  /** The endpoint URL (as listed) for a service, interface and region; throws ApiVersionError when absent. */
  endpointUrl(service: Service, iface: Interface = 'public', region?: string): string {
    const entry = this.entryFor(service);
    if (!entry) {
      throw new ApiVersionError(
        `the service catalog has no ${service} service (looked for type ${SERVICE_TYPE_ALIASES[service].join(', ')}; catalog has ${this.entries.map((e) => e.type).join(', ') || 'nothing'})`,
      );
    }
    const matches = entry.endpoints.filter(
      (ep) => ep.interface.replace(/URL$/, '') === iface && (!region || ep.region_id === region || ep.region === region),
    );
    const ep = matches[0];
    if (!ep) {
      const have = entry.endpoints.map((x) => `${x.interface}@${x.region_id ?? x.region ?? '-'}`).join(', ');
      throw new ApiVersionError(
        `no ${iface} endpoint for ${entry.type}${region ? ` in region ${region}` : ''} (catalog lists ${have || 'none'})`,
      );
    }
    return ep.url;
  }

  /** The unversioned root of a service's endpoint (see `serviceRoot`). */
  root(service: Service, iface: Interface = 'public', region?: string): string {
    return serviceRoot(this.endpointUrl(service, iface, region));
  }

  /** Regions that appear in the catalog. */
  regions(): string[] {
    const set = new Set<string>();
    for (const e of this.entries) for (const ep of e.endpoints) if (ep.region_id ?? ep.region) set.add((ep.region_id ?? ep.region) as string);
    return [...set];
  }
}
