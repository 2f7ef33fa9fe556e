/** How servers look in `server show` / `server list`, as python-openstackclient prints them. */
import type { Cloud, Server } from '@oscloud/sdk';
import { type Column, column } from '../output/format.js';
import { dictColumn, dictListColumn, listColumn, listDictColumn, rawListColumn } from './columns.js';

const POWER_STATES: Record<number, string> = { 0: 'NOSTATE', 1: 'Running', 3: 'Paused', 4: 'Shutdown', 6: 'Crashed', 7: 'Suspended' };

/** Nova's power_state number as OSC shows it (`Running`, `Shutdown`). */
export function powerState(value: unknown): string {
  return typeof value === 'number' ? (POWER_STATES[value] ?? String(value)) : '';
}

/** OSC's PowerStateColumn: the state's name in a table, Nova's number in json, yaml and value output. */
function powerStateColumn(value: unknown): Column {
  return column(powerState(value), value ?? null);
}

/** A server's addresses by network (novaclient's `server.networks`): `{"private": ["10.0.0.4"]}`. */
function networks(addresses: unknown): Record<string, string[]> {
  if (!addresses || typeof addresses !== 'object') return {};
  return Object.fromEntries(
    Object.entries(addresses as Record<string, Array<{ addr?: string }> | null>).map(([net, list]) => [net, (list ?? []).map((a) => String(a.addr))]),
  );
}

/** `private=10.0.0.4, fd00::4; public=172.24.4.10` in a table, `{"private": [...]}` in json (OSC's DictListColumn). */
export function addressesColumn(addresses: unknown): Column {
  return dictListColumn(networks(addresses));
}

/** Image and flavor names for display: OSC shows `name (id)` in show, the name in lists. */
export interface NameLookup {
  image(id: string | undefined): string | undefined;
  /** The flavor's name (show below compute 2.47, where the server names its flavor by id only). */
  flavor?(id: string | undefined): string | undefined;
}

/** A lookup that names nothing (`server list -n`): ids are shown. */
export const NO_NAMES: NameLookup = { image: () => undefined };

/**
 * Image names for display. Several servers: one image list call, which `server list` starts
 * alongside the server list. One server: a GET of its image. A user who may not read images
 * still gets ids.
 */
export async function imageNames(cloud: Cloud, server?: Server): Promise<NameLookup> {
  const names = new Map<string, string>();
  const flavors = new Map<string, string>();
  const flavorId = (server?.flavor as { id?: string } | undefined)?.id;
  try {
    if (server) {
      const id = imageId(server);
      // python-openstackclient finds the flavor (its name shown as `name (id)`); one that is gone: the id
      const flavorLookup = flavorId
        ? cloud.compute.flavors.find(flavorId).then((f) => flavors.set(flavorId, String(f.name ?? '')), () => undefined)
        : undefined;
      const imageLookup = id ? cloud.image.images.get(id).then((i) => names.set(id, String(i.name ?? '')), () => undefined) : undefined;
      await Promise.all([imageLookup, flavorLookup]);
    } else {
      for await (const image of cloud.image.images.list({ maxItems: 1000 })) names.set(String(image.id), String(image.name ?? ''));
    }
  } catch {
    // ids instead of names
  }
  return { image: (id) => (id ? names.get(id) : undefined), flavor: (id) => (id ? flavors.get(id) : undefined) };
}

function imageId(server: Server): string | undefined {
  const image = server.image as unknown;
  return image && typeof image === 'object' ? String((image as { id?: string }).id ?? '') || undefined : undefined;
}

function flavorName(server: Server, flavorNames?: Map<string, string>): string {
  const flavor = server.flavor as { original_name?: string; id?: string } | undefined;
  return flavor?.original_name ?? flavorNames?.get(flavor?.id ?? '') ?? flavor?.id ?? '';
}

/** The Image column: the name, `N/A (booted from volume)` for volume-backed servers. */
export function imageColumn(server: Server, names: NameLookup): string {
  const id = imageId(server);
  if (!id) return 'N/A (booted from volume)';
  return names.image(id) ?? id;
}

/**
 * Columns of `server list` (and `--long`). `flavorNames` (flavor id -> name) is given below
 * compute 2.47, where a server names its flavor by id only: --long then shows `Flavor Name`
 * and `Flavor ID`, as python-openstackclient does there.
 */
export function serverListColumns(long: boolean, names: NameLookup, flavorNames?: Map<string, string>): Array<[string, (s: Server) => unknown]> {
  const cols: Array<[string, (s: Server) => unknown]> = [
    ['ID', (s) => s.id],
    ['Name', (s) => s.name],
    ['Status', (s) => s.status],
  ];
  if (long) {
    cols.push(['Task State', (s) => s['OS-EXT-STS:task_state'] ?? null]);
    cols.push(['Power State', (s) => powerStateColumn(s['OS-EXT-STS:power_state'])]);
  }
  cols.push(['Networks', (s) => addressesColumn(s.addresses)]);
  // python-openstackclient's --long names the image column 'Image Name' next to 'Image ID'
  cols.push([long ? 'Image Name' : 'Image', (s) => imageColumn(s, names)]);
  if (long) cols.push(['Image ID', (s) => imageId(s) ?? '']);
  if (long && flavorNames) {
    cols.push(['Flavor Name', (s) => flavorName(s, flavorNames)]);
    cols.push(['Flavor ID', (s) => (s.flavor as { id?: string } | undefined)?.id ?? '']);
  } else {
    cols.push(['Flavor', (s) => flavorName(s, flavorNames)]);
  }
  if (long) {
    cols.push(['Availability Zone', (s) => s['OS-EXT-AZ:availability_zone'] ?? '']);
    cols.push(['Host', (s) => s['OS-EXT-SRV-ATTR:host'] ?? '']);
    cols.push(['Properties', (s) => dictColumn(s.metadata as Record<string, unknown> | undefined)]);
  }
  return cols;
}

/** The Field/Value data of `server show`. */
export function serverShowData(server: Server, names: NameLookup): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const raw = server as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    if (['links', 'image', 'flavor', 'addresses', 'metadata', 'security_groups', 'os-extended-volumes:volumes_attached', 'OS-EXT-STS:power_state', 'tenant_id'].includes(key)) continue;
    data[key] = value;
  }
  data.project_id = raw.tenant_id ?? raw.project_id;
  if ('OS-EXT-STS:power_state' in raw) data['OS-EXT-STS:power_state'] = powerStateColumn(raw['OS-EXT-STS:power_state']);
  data.addresses = addressesColumn(server.addresses);
  const id = imageId(server);
  data.image = id ? `${names.image(id) ?? ''} (${id})`.trim() : 'N/A (booted from volume)';
  const flavor = server.flavor as Record<string, unknown> | undefined;
  // from 2.47 the server embeds its flavor without an id: OSC shows that dict
  const flavorId = flavor?.id === undefined ? '' : String(flavor.id);
  const flavorName = names.flavor?.(flavorId);
  data.flavor = flavor && !('id' in flavor) ? dictColumn(flavor) : flavorName !== undefined ? `${flavorName} (${flavorId})` : flavorId;
  data.properties = dictColumn(server.metadata as Record<string, unknown> | undefined);
  if ('security_groups' in raw) data.security_groups = listDictColumn(raw.security_groups as Array<Record<string, unknown>>);
  if ('os-extended-volumes:volumes_attached' in raw) {
    data.volumes_attached = listDictColumn(raw['os-extended-volumes:volumes_attached'] as Array<Record<string, unknown>>);
  }
  if ('tags' in raw) data.tags = listColumn(raw.tags as unknown[]);
  if ('server_groups' in raw) data.server_groups = rawListColumn(raw.server_groups as unknown[]);
  if (raw.fault) data.fault = raw.fault;
  return data;
}
