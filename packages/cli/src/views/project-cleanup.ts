/**
 * What `project cleanup` finds and deletes in a project, in openstacksdk's project_cleanup
 * order (servers before the volumes and ports they hold, router interfaces before subnets...).
 * Each kind is named as openstacksdk's `--skip-resource` names it (`compute.server`...).
 */
import type { Cloud } from '@oscloud/sdk';

/** One resource found: its openstacksdk class name (the Type column), id and name. */
export interface CleanupItem {
  kind: string;
  type: string;
  id: string;
  name: string | null;
  raw: Record<string, unknown>;
}

/** Time filters: only resources created / updated before these instants. */
export interface CleanupFilters {
  created_at?: string | undefined;
  updated_at?: string | undefined;
}

interface Kind {
  kind: string;
  type: string;
  find: (cloud: Cloud, project: string) => Promise<Record<string, unknown>[]>;
  remove: (cloud: Cloud, item: Record<string, unknown>) => Promise<void>;
}

async function all<T>(items: AsyncIterable<T>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const i of items) out.push(i as Record<string, unknown>);
  return out;
}

const owned = (project: string) => (r: Record<string, unknown>) => (r.project_id ?? r.tenant_id) === project;
const ROUTER_PORT = /^network:(router_interface|ha_router_replicated_interface|router_interface_distributed)/;

/** The kinds, in deletion order. */
export const CLEANUP_KINDS: Kind[] = [
  {
    kind: 'compute.server',
    type: 'Server',
    find: (cloud) => all(cloud.compute.servers.list()),
    remove: async (cloud, s) => {
      await cloud.compute.servers.delete(String(s.id));
      await cloud.compute.servers.waitForDelete(String(s.id));
    },
  },
  {
    kind: 'block_storage.backup',
    type: 'Backup',
    find: (cloud) => all(cloud.volume.backups.list()),
    remove: (cloud, b) => cloud.volume.backups.delete(String(b.id)),
  },
  {
    kind: 'block_storage.snapshot',
    type: 'Snapshot',
    find: (cloud) => all(cloud.volume.snapshots.list()),
    remove: async (cloud, s) => {
      await cloud.volume.snapshots.delete(String(s.id));
      await cloud.volume.snapshots.waitForDelete(String(s.id));
    },
  },
  {
    kind: 'block_storage.volume',
    type: 'Volume',
    find: (cloud) => all(cloud.volume.volumes.list()),
    remove: (cloud, v) => cloud.volume.volumes.delete(String(v.id)),
  },
  {
    kind: 'network.floating_ip',
    type: 'FloatingIP',
    find: async (cloud, project) => (await all(cloud.network.floatingIps.list({ project_id: project }))).filter(owned(project)),
    remove: (cloud, f) => cloud.network.floatingIps.delete(String(f.id)),
  },
  {
    kind: 'network.router',
    type: 'Router',
    find: async (cloud, project) => (await all(cloud.network.routers.list({ project_id: project }))).filter(owned(project)),
    remove: async (cloud, r) => {
      const id = String(r.id);
      if (r.external_gateway_info) await cloud.network.routers.update(id, { external_gateway_info: {} } as never);
      for await (const p of cloud.network.ports.list({ device_id: id })) {
        if (ROUTER_PORT.test(String(p.device_owner ?? ''))) await cloud.network.routers.removeInterface(id, { port_id: String(p.id) });
      }
      await cloud.network.routers.delete(id);
    },
  },
  {
    kind: 'network.port',
    type: 'Port',
    // ports a user made (or Nova left); Neutron deletes its own (DHCP, router gateways) with what owns them
    find: async (cloud, project) =>
      (await all(cloud.network.ports.list({ project_id: project }))).filter((p) => owned(project)(p) && (p.device_owner === '' || String(p.device_owner ?? '').startsWith('compute:'))),
    remove: (cloud, p) => cloud.network.ports.delete(String(p.id)),
  },
  {
    kind: 'network.subnet',
    type: 'Subnet',
    find: async (cloud, project) => (await all(cloud.network.subnets.list({ project_id: project }))).filter(owned(project)),
    remove: (cloud, s) => cloud.network.subnets.delete(String(s.id)),
  },
  {
    kind: 'network.network',
    type: 'Network',
    find: async (cloud, project) => (await all(cloud.network.networks.list({ project_id: project }))).filter(owned(project)),
    remove: (cloud, n) => cloud.network.networks.delete(String(n.id)),
  },
  {
    kind: 'network.security_group',
    type: 'SecurityGroup',
    find: async (cloud, project) => (await all(cloud.network.securityGroups.list({ project_id: project }))).filter((g) => owned(project)(g) && g.name !== 'default'),
    remove: (cloud, g) => cloud.network.securityGroups.delete(String(g.id)),
  },
  {
    kind: 'image.image',
    type: 'Image',
    find: async (cloud, project) => (await all(cloud.image.images.list({ owner: project }))).filter((i) => i.owner === project),
    remove: (cloud, i) => cloud.image.images.delete(String(i.id)),
  },
];

/** Whether a resource passes the time filters (as openstacksdk: a resource without the field is kept). */
export function beforeFilters(raw: Record<string, unknown>, filters: CleanupFilters): boolean {
  for (const key of ['created_at', 'updated_at'] as const) {
    const limit = filters[key];
    const value = raw[key];
    if (limit && typeof value === 'string' && Date.parse(value) >= Date.parse(limit.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(limit) ? limit : `${limit}Z`)) return false;
  }
  return true;
}

/** Everything of the project the cleanup would delete, kinds in `skip` left out. */
export async function findCleanup(cloud: Cloud, project: string, filters: CleanupFilters, skip: string[]): Promise<CleanupItem[]> {
  const out: CleanupItem[] = [];
  for (const k of CLEANUP_KINDS) {
    if (skip.includes(k.kind)) continue;
    let found: Record<string, unknown>[];
    try {
      found = await k.find(cloud, project);
    } catch (err) {
      // a cloud without this API (oscloud has no volume backups) has none of these
      if ((err as { status?: number }).status === 404) continue;
      throw err;
    }
    for (const raw of found) {
      if (!beforeFilters(raw, filters)) continue;
      out.push({ kind: k.kind, type: k.type, id: String(raw.id), name: typeof raw.name === 'string' ? raw.name : null, raw });
    }
  }
  return out;
}

/** Deletes what findCleanup found, in its order; failures are reported and the rest goes on. */
export async function runCleanup(cloud: Cloud, items: CleanupItem[], onError: (item: CleanupItem, err: Error) => void): Promise<number> {
  let failed = 0;
  for (const item of items) {
    const kind = CLEANUP_KINDS.find((k) => k.kind === item.kind) as Kind;
    try {
      await kind.remove(cloud, item.raw);
    } catch (err) {
      // gone meanwhile (a server's ports go with it): nothing left to delete
      if ((err as { status?: number }).status === 404) continue;
      failed += 1;
      onError(item, err as Error);
    }
  }
  return failed;
}
