/** Server, flavor and fault views as Nova renders them, by microversion. */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../context.js';
import type { Db, Trx } from '../db/index.js';
import type { FlavorsTable, InstancesTable } from '../db/tables/compute.js';
import { j, links, mvAtLeast, novaTime } from './common.js';
import { deriveStatus } from './states.js';

/** An instances row. */
export type InstanceRow = Selectable<InstancesTable>;

/** The flavor snapshot stored with an instance. */
export interface FlavorSnapshot {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  extra_specs: Record<string, string>;
}

/** One address of a server, as `addresses.<network>[]`. */
export interface ServerAddress {
  version: 4 | 6;
  addr: string;
  'OS-EXT-IPS:type': 'fixed' | 'floating';
  'OS-EXT-IPS-MAC:mac_addr': string;
}

/** Data loaded alongside instance rows to render them. */
export interface ServerExtras {
  addresses: Map<string, Record<string, ServerAddress[]>>;
  faults: Map<string, { code: number; message: string; details: string | null; created_at: string }>;
  volumes: Map<string, { volume_id: string; delete_on_termination: number }[]>;
  groups: Map<string, string>;
  hostStatus: Map<string, string>;
  /** Server tags, sorted (servers without tags have no entry). */
  tags: Map<string, string[]>;
}

/** One row of loadExtras' query: what `kind` of extra, and its values as text. */
interface ExtraRow {
  kind: 'a' | 'b' | 'f' | 'g' | 'h' | 't' | 'v';
  instance_id: string;
  v1: string | null;
  v2: string | null;
  v3: string | null;
  v4: string | null;
}

/**
 * Loads addresses (from the ports), last faults, attached volumes, groups, host states and tags
 * of `ids`: one query (a UNION ALL of the six lookups) per 500 servers, since every server GET
 * (and every client polling one) needs them.
 */
export async function loadExtras(db: Db | Trx, ids: string[]): Promise<ServerExtras> {
  const extras: ServerExtras = { addresses: new Map(), faults: new Map(), volumes: new Map(), groups: new Map(), hostStatus: new Map(), tags: new Map() };
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const { rows } = await sql<ExtraRow>`
      SELECT 'a' AS kind, p.device_id AS instance_id, p.created_at AS ord, n.name AS v1, n.id AS v2, a.ip_address AS v3, p.mac_address AS v4
        FROM net_ports p JOIN net_networks n ON n.id = p.network_id LEFT JOIN net_ip_allocations a ON a.port_id = p.id
        WHERE p.device_id IN (${sql.join(chunk)})
      UNION ALL SELECT 'b', p.device_id, p.created_at, n.name, n.id, fi.floating_ip_address, p.mac_address
        FROM net_floatingips fi JOIN net_ports p ON p.id = fi.fixed_port_id JOIN net_networks n ON n.id = p.network_id
        WHERE p.device_id IN (${sql.join(chunk)})
      UNION ALL SELECT 'f', instance_id, created_at, CAST(code AS TEXT), message, details, created_at FROM instance_faults WHERE instance_id IN (${sql.join(chunk)})
      UNION ALL SELECT 'v', instance_id, created_at, volume_id, CAST(delete_on_termination AS TEXT), NULL, NULL FROM block_device_mappings WHERE instance_id IN (${sql.join(chunk)})
      UNION ALL SELECT 'g', instance_id, NULL, group_id, NULL, NULL, NULL FROM server_group_members WHERE instance_id IN (${sql.join(chunk)})
      UNION ALL SELECT 'h', i.id, NULL, h.status, CAST(h.disabled AS TEXT), NULL, NULL FROM instances i JOIN hosts h ON h.id = i.host_id WHERE i.id IN (${sql.join(chunk)})
      UNION ALL SELECT 't', instance_id, NULL, tag, NULL, NULL, NULL FROM instance_tags WHERE instance_id IN (${sql.join(chunk)})
      ORDER BY kind, ord`.execute(db);
    for (const r of rows) {
      const id = r.instance_id;
      if (r.kind === 'a' || r.kind === 'b') {
        // Ports by creation: addresses.<network name, or id>[] (a port without an IP still names its
        // network); floating IPs ('b' rows come after every 'a') follow the fixed ones, as in Nova.
        const m = extras.addresses.get(id) ?? {};
        const key = r.v1 || r.v2!;
        m[key] ??= [];
        if (r.v3) m[key].push({ version: r.v3.includes(':') ? 6 : 4, addr: r.v3, 'OS-EXT-IPS:type': r.kind === 'a' ? 'fixed' : 'floating', 'OS-EXT-IPS-MAC:mac_addr': r.v4! });
        extras.addresses.set(id, m);
      } else if (r.kind === 'f') {
        extras.faults.set(id, { code: Number(r.v1), message: r.v2!, details: r.v3, created_at: r.v4! }); // the latest wins
      } else if (r.kind === 'v') {
        extras.volumes.set(id, [...(extras.volumes.get(id) ?? []), { volume_id: r.v1!, delete_on_termination: Number(r.v2) }]);
      } else if (r.kind === 'g') {
        extras.groups.set(id, r.v1!);
      } else if (r.kind === 't') {
        extras.tags.set(id, [...(extras.tags.get(id) ?? []), r.v1!]);
      } else {
        extras.hostStatus.set(id, Number(r.v2) ? 'MAINTENANCE' : r.v1 === 'up' ? 'UP' : 'DOWN');
      }
    }
  }
  for (const list of extras.tags.values()) list.sort(compareTags);
  return extras;
}

/** Tags in code-unit order, the same on SQLite and PostgreSQL whatever the collation. */
export function compareTags(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hostIdOf(projectId: string, host: string | null): string {
  if (!host) return '';
  return createHash('sha224').update(projectId + host).digest('hex');
}

/** Statuses Nova shows `progress` for. */
const PROGRESS_STATUSES = new Set(['ACTIVE', 'BUILD', 'REBUILD', 'RESIZE', 'VERIFY_RESIZE', 'MIGRATING']);

/**
 * What a server view includes beyond the core attributes. Nova's `show` has every extension;
 * update (and rebuild) before 2.75 leave them out.
 * @see https://docs.openstack.org/api-ref/compute/#update-server
 */
export interface ServerViewOptions {
  /**
   * The extension attributes: `OS-EXT-IPS*` on addresses, `OS-EXT-AZ`, `config_drive`,
   * `key_name`, `OS-SRV-USG:*`, `security_groups`, `OS-EXT-STS:*`, volumes attached, and the
   * admin-only `OS-EXT-SRV-ATTR:*` / `host_status`.
   */
  extended: boolean;
}

/** The detailed server body (`GET /servers/{id}`, `/servers/detail`; update and rebuild with `extended` per microversion). */
export function serverView(ctx: AppContext, req: FastifyRequest, row: InstanceRow, extras: ServerExtras, opts: ServerViewOptions = { extended: true }): Record<string, unknown> {
  const isAdmin = req.auth?.isAdmin ?? false;
  const status = row.deleted ? 'DELETED' : deriveStatus(row.vm_state, row.task_state);
  const flavor = j<FlavorSnapshot>(row.flavor, { id: row.flavor_id, name: '', vcpus: row.vcpus, ram: row.memory_mb, disk: row.root_gb, ephemeral: row.ephemeral_gb, swap: 0, extra_specs: {} });
  const sgs = j<string[]>(row.security_groups, []);
  const addresses = extras.addresses.get(row.id) ?? {};
  const s: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    status,
    tenant_id: row.project_id,
    user_id: row.user_id,
    metadata: j<Record<string, string>>(row.metadata, {}),
    hostId: hostIdOf(row.project_id, row.host_name),
    image: row.image_ref ? { id: row.image_ref, links: [links(ctx, req, 'images', row.image_ref)[1]!] } : '',
    flavor: mvAtLeast(req, 47)
      ? { original_name: flavor.name, vcpus: flavor.vcpus, ram: flavor.ram, disk: flavor.disk, ephemeral: flavor.ephemeral, swap: flavor.swap, extra_specs: flavor.extra_specs }
      : { id: flavor.id, links: [links(ctx, req, 'flavors', flavor.id)[1]!] },
    created: novaTime(row.created_at),
    updated: novaTime(row.updated_at),
    addresses: opts.extended
      ? addresses
      : Object.fromEntries(Object.entries(addresses).map(([net, list]) => [net, list.map((a) => ({ version: a.version, addr: a.addr }))])),
    accessIPv4: row.access_ip_v4,
    accessIPv6: row.access_ip_v6,
    links: links(ctx, req, 'servers', row.id),
    'OS-DCF:diskConfig': row.disk_config === 'AUTO' ? 'AUTO' : 'MANUAL',
  };
  if (PROGRESS_STATUSES.has(status)) s.progress = row.progress;
  if (opts.extended) {
    Object.assign(s, {
      'OS-EXT-AZ:availability_zone': row.availability_zone ?? '',
      config_drive: row.config_drive,
      key_name: row.key_name,
      'OS-SRV-USG:launched_at': novaTime(row.launched_at),
      'OS-SRV-USG:terminated_at': novaTime(row.terminated_at),
      'OS-EXT-STS:vm_state': row.deleted ? 'deleted' : row.vm_state,
      'OS-EXT-STS:task_state': row.task_state,
      'OS-EXT-STS:power_state': row.power_state,
      'os-extended-volumes:volumes_attached': (extras.volumes.get(row.id) ?? []).map((v) =>
        mvAtLeast(req, 3) ? { id: v.volume_id, delete_on_termination: Boolean(v.delete_on_termination) } : { id: v.volume_id },
      ),
    });
    if (sgs.length > 0) s.security_groups = sgs.map((name) => ({ name }));
  }
  if (opts.extended && isAdmin) {
    s['OS-EXT-SRV-ATTR:host'] = row.host_name;
    s['OS-EXT-SRV-ATTR:hypervisor_hostname'] = row.host_name;
    s['OS-EXT-SRV-ATTR:instance_name'] = instanceName(row.id);
    if (mvAtLeast(req, 3)) {
      s['OS-EXT-SRV-ATTR:reservation_id'] = row.reservation_id;
      s['OS-EXT-SRV-ATTR:launch_index'] = row.launch_index;
      s['OS-EXT-SRV-ATTR:hostname'] = row.hostname;
      s['OS-EXT-SRV-ATTR:kernel_id'] = '';
      s['OS-EXT-SRV-ATTR:ramdisk_id'] = '';
      s['OS-EXT-SRV-ATTR:root_device_name'] = '/dev/vda';
      s['OS-EXT-SRV-ATTR:user_data'] = row.user_data;
    }
  }
  const fault = extras.faults.get(row.id);
  if (fault && (status === 'ERROR' || status === 'DELETED')) {
    const f: Record<string, unknown> = { code: fault.code, message: fault.message, created: novaTime(fault.created_at) };
    if (isAdmin || fault.code !== 500) f.details = fault.details ?? '';
    s.fault = f;
  }
  if (mvAtLeast(req, 9)) s.locked = Boolean(row.locked);
  if (mvAtLeast(req, 16) && isAdmin && opts.extended) s.host_status = row.host_name ? (extras.hostStatus.get(row.id) ?? 'UNKNOWN') : '';
  if (mvAtLeast(req, 19)) s.description = row.description;
  if (mvAtLeast(req, 26)) s.tags = extras.tags.get(row.id) ?? [];
  if (mvAtLeast(req, 63)) s.trusted_image_certificates = null;
  if (mvAtLeast(req, 71)) s.server_groups = extras.groups.has(row.id) ? [extras.groups.get(row.id)!] : [];
  if (mvAtLeast(req, 73)) s.locked_reason = row.locked_reason;
  return s;
}

/** The libvirt-style instance name. */
export function instanceName(id: string): string {
  return `instance-${id.replace(/-/g, '').slice(0, 8)}`;
}

/** A flavor row as Nova's detailed flavor. */
export function flavorView(ctx: AppContext, req: FastifyRequest, f: Selectable<FlavorsTable>): Record<string, unknown> {
  const v: Record<string, unknown> = {
    id: f.id,
    name: f.name,
    ram: f.ram,
    vcpus: f.vcpus,
    disk: f.disk,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
    'OS-FLV-DISABLED:disabled': Boolean(f.disabled),
    'os-flavor-access:is_public': Boolean(f.is_public),
    swap: f.swap === 0 ? '' : f.swap,
    rxtx_factor: Number(f.rxtx_factor),
    links: links(ctx, req, 'flavors', f.id),
  };
  if (mvAtLeast(req, 55)) v.description = f.description;
  if (mvAtLeast(req, 61)) v.extra_specs = j<Record<string, string>>(f.extra_specs, {});
  return v;
}
