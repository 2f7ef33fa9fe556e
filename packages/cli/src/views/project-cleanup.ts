/**
 * `project cleanup`: finds a project's resources across compute, block storage, network, image
 * and object storage, and deletes them in dependency order (openstacksdk's project_cleanup, which
 * python-openstackclient calls): servers first (they hold ports and volume attachments), then
 * backups, snapshots and volumes, floating IPs, routers (their interfaces first), ports,
 * networks, security groups, images, objects and containers. The cloud given is scoped to the
 * project being cleaned.
 */
import type { Cloud } from '@oscloud/sdk';

/** One resource to delete: openstacksdk's class name (the Type column), ID and name. */
export interface CleanupResource {
  type: string;
  id: string;
  name: string;
  /** The openstacksdk resource key that --skip-resource names (`compute.server`, ...). */
  key: string;
  remove: () => Promise<void>;
}

/** --created-before / --updated-before (ISO times; a resource without the field is kept out). */
export interface CleanupFilters {
  created_at?: string | undefined;
  updated_at?: string | undefined;
}

/** The resource keys --skip-resource accepts, in deletion order. */
export const CLEANUP_KEYS = [
  'compute.server',
  'block_storage.backup',
  'block_storage.snapshot',
  'block_storage.volume',
  'network.floating_ip',
  'network.router',
  'network.port',
  'network.network',
  'network.security_group',
  'image.image',
  'object_store.object',
  'object_store.container',
] as const;

type Item = Record<string, unknown>;

/** Whether an item passes the time filters (openstacksdk keeps items older than the given times). */
export function passesFilters(item: Item, filters: CleanupFilters): boolean {
  for (const field of ['created_at', 'updated_at'] as const) {
    const before = filters[field];
    if (before === undefined) continue;
    const value = item[field];
    if (typeof value !== 'string') return false;
    // Glance's and Neutron's times end in Z, Nova's and Cinder's have none: all are UTC
    const at = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
    const limit = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(before) ? before : `${before}Z`);
    if (!(at < limit)) return false;
  }
  return true;
}

/**
 * Every item of a listing; a listing the cloud does not serve (404, as oscloud for Cinder
 * backups) is empty: it can hold nothing to clean.
 */
async function collect<T>(iter: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  try {
    for await (const x of iter) out.push(x);
  } catch (err) {
    if ((err as { status?: unknown }).status === 404) return [];
    throw err;
  }
  return out;
}

/** Whether the cloud serves a service (its catalog has it). */
async function has(cloud: Cloud, service: 'compute' | 'volume' | 'network' | 'image' | 'object-store'): Promise<boolean> {
  try {
    await cloud.root(service);
    return true;
  } catch {
    return false;
  }
}

/**
 * The project's resources, in the order they are deleted. Each `remove()` deletes one and, where
 * what follows depends on it being gone (servers, snapshots, volumes), waits until it is.
 */
export async function findProjectResources(cloud: Cloud, projectId: string, filters: CleanupFilters, skip: Set<string>): Promise<CleanupResource[]> {
  const out: CleanupResource[] = [];
  const want = (key: string) => !skip.has(key);
  const add = (key: string, type: string, item: Item, remove: () => Promise<void>) => {
    if (!passesFilters(item, filters)) return;
    out.push({ key, type, id: String(item.id ?? item.name), name: String(item.name ?? ''), remove });
  };
  const [compute, volume, network, image, objectStore] = await Promise.all([has(cloud, 'compute'), has(cloud, 'volume'), has(cloud, 'network'), has(cloud, 'image'), has(cloud, 'object-store')]);

  if (compute && want('compute.server')) {
    for (const s of await collect(cloud.compute.servers.list())) {
      const id = String(s.id);
      add('compute.server', 'Server', s as Item, async () => {
        await cloud.compute.servers.delete(id);
        await cloud.compute.servers.waitForDelete(id);
      });
    }
  }
  if (volume) {
    if (want('block_storage.backup')) {
      for (const b of await collect(cloud.volume.backups.list())) add('block_storage.backup', 'Backup', b as Item, () => cloud.volume.backups.delete(String(b.id)));
    }
    if (want('block_storage.snapshot')) {
      for (const s of await collect(cloud.volume.snapshots.list())) {
        const id = String(s.id);
        add('block_storage.snapshot', 'Snapshot', s as Item, async () => {
          await cloud.volume.snapshots.delete(id);
          await cloud.volume.snapshots.waitForDelete(id);
        });
      }
    }
    if (want('block_storage.volume')) {
      for (const v of await collect(cloud.volume.volumes.list())) {
        const id = String(v.id);
        add('block_storage.volume', 'Volume', v as Item, async () => {
          await cloud.volume.volumes.delete(id);
          await cloud.volume.volumes.waitForDelete(id);
        });
      }
    }
  }
  if (network) {
    const mine = { project_id: projectId };
    if (want('network.floating_ip')) {
      for (const ip of await collect(cloud.network.floatingIps.list(mine))) {
        add('network.floating_ip', 'FloatingIP', { ...ip, name: ip.floating_ip_address } as Item, () => cloud.network.floatingIps.delete(String(ip.id)));
      }
    }
    const ports = await collect(cloud.network.ports.list(mine));
    if (want('network.router')) {
      for (const r of await collect(cloud.network.routers.list(mine))) {
        const id = String(r.id);
        const interfaces = ports.filter((p) => p.device_id === id && String(p.device_owner ?? '').startsWith('network:router_interface'));
        add('network.router', 'Router', r as Item, async () => {
          for (const p of interfaces) await cloud.network.routers.removeInterface(id, { port_id: String(p.id) });
          await cloud.network.routers.delete(id);
        });
      }
    }
    if (want('network.port')) {
      // ports of routers, DHCP and other network services go with their owner
      for (const p of ports.filter((p) => !String(p.device_owner ?? '').startsWith('network:'))) add('network.port', 'Port', p as Item, () => cloud.network.ports.delete(String(p.id)));
    }
    if (want('network.network')) {
      for (const n of await collect(cloud.network.networks.list(mine))) {
        if ((n as Item)['router:external'] === true && n.project_id !== projectId) continue;
        add('network.network', 'Network', n as Item, () => cloud.network.networks.delete(String(n.id)));
      }
    }
    if (want('network.security_group')) {
      for (const g of await collect(cloud.network.securityGroups.list(mine))) {
        if (g.name === 'default') continue; // Neutron recreates it; openstacksdk keeps it too
        add('network.security_group', 'SecurityGroup', g as Item, () => cloud.network.securityGroups.delete(String(g.id)));
      }
    }
  }
  if (image && want('image.image')) {
    for (const i of await collect(cloud.image.images.list({ owner: projectId }))) {
      if (i.owner !== projectId) continue;
      add('image.image', 'Image', i as Item, () => cloud.image.images.delete(String(i.id)));
    }
  }
  if (objectStore) {
    for (const c of await collect(cloud.objectStore.containers())) {
      const container = c.name;
      if (want('object_store.object')) {
        for (const o of await collect(cloud.objectStore.objects(container))) {
          if (!('name' in o)) continue;
          add('object_store.object', 'Object', { id: o.name, name: o.name, updated_at: o.last_modified }, () => cloud.objectStore.deleteObject(container, o.name));
        }
      }
      if (want('object_store.container')) add('object_store.container', 'Container', { id: container, name: container }, () => cloud.objectStore.deleteContainer(container));
    }
  }
  return out;
}
