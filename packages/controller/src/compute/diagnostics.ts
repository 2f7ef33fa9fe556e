/**
 * Server diagnostics (GET /servers/{id}/diagnostics, admin): Nova's standard format from 2.48,
 * libvirt's free-form dict before. Built from what the controller knows of the server — its
 * flavor, ports, attached volumes, power state, launch time and host — not from the hypervisor:
 * counters no host has reported (CPU time, NIC and disk traffic, memory in use) are null, which
 * Nova's format allows (the Xen driver answers so until its first sample).
 * @see https://docs.openstack.org/api-ref/compute/#servers-diagnostics-servers-diagnostics
 */
import type { FastifyInstance } from 'fastify';
import type { components } from '@oscloud/sdk/generated/compute';
import type { AppContext } from '../context.js';
import { conflict } from '../errors.js';
import { defineRoute } from '../route.js';
import { mvAtLeast, truthy } from './common.js';
import { loadServer } from './servers.js';
import type { InstanceRow } from './views.js';

type Standard = components['schemas']['ServerDiagnosticsStandard'];
type Legacy = components['schemas']['ServerDiagnosticsLegacy'];

/** Nova's power_state.STATE_MAP for the states a diagnostics answer can carry. */
const STATE: Record<number, Standard['state']> = { 0: 'pending', 1: 'running', 3: 'paused', 4: 'shutdown', 6: 'crashed', 7: 'suspended' };

/** What the controller knows of a server's devices and host. */
type Facts = { macs: string[]; disks: number; hypervisor: string | null };

/**
 * The standard view (2.48). `driver` is `libvirt`: Nova's enum has no value for oscloud's QEMU
 * drivers and libvirt is the QEMU/KVM family's (Nova's own fake driver answers `libvirt` too).
 */
export function standardDiagnostics(row: InstanceRow, facts: Facts, now: Date): Standard {
  const launched = row.launched_at ? Date.parse(row.launched_at) : NaN;
  const nulls = { rx_octets: null, rx_errors: null, rx_drop: null, rx_packets: null, rx_rate: null, tx_octets: null, tx_errors: null, tx_drop: null, tx_packets: null, tx_rate: null };
  return {
    state: STATE[row.power_state] ?? 'pending',
    driver: 'libvirt',
    hypervisor: facts.hypervisor,
    hypervisor_os: 'linux',
    uptime: Number.isNaN(launched) ? null : Math.max(0, Math.floor((now.getTime() - launched) / 1000)),
    config_drive: truthy(row.config_drive),
    num_cpus: row.vcpus,
    num_nics: facts.macs.length,
    num_disks: facts.disks,
    memory_details: { maximum: row.memory_mb, used: null },
    cpu_details: Array.from({ length: row.vcpus }, (_, id) => ({ id, time: null, utilisation: null })),
    nic_details: facts.macs.map((mac_address) => ({ mac_address, ...nulls })),
    disk_details: Array.from({ length: facts.disks }, () => ({ read_bytes: null, read_requests: null, write_bytes: null, write_requests: null, errors_count: null })),
  };
}

/** The pre-2.48 view: libvirt's keys whose values the controller knows (`memory` in KiB). */
export function legacyDiagnostics(row: InstanceRow): Legacy {
  return { memory: row.memory_mb * 1024 };
}

/** Registers GET /servers/{id}/diagnostics. */
export function registerDiagnosticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<{ Params: { server_id: string } }>(app, ctx, { service: 'compute', op: 'showServerDiagnostics' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    // Nova's compute manager answers only for a running guest on a host (InstanceInvalidState, 409).
    if (!row.host_id || row.power_state !== 1) {
      throw conflict(`Cannot 'get_diagnostics' instance ${row.id} while it is in power state ${STATE[row.power_state] ?? 'pending'}`);
    }
    if (!mvAtLeast(req, 48)) return legacyDiagnostics(row);
    const ports = await ctx.db.selectFrom('net_ports').select('mac_address').where('device_id', '=', row.id).orderBy('created_at').execute();
    const volumes = await ctx.db.selectFrom('vol_attachments').select('id').where('instance_id', '=', row.id).where('status', '=', 'attached').execute();
    const host = await ctx.db.selectFrom('hosts').select('hypervisor_type').where('id', '=', row.host_id).executeTakeFirst();
    // The root disk (none for a volume-backed server: its root is one of the volumes) plus the volumes.
    const rootDisk = row.image_ref ? 1 : 0;
    return standardDiagnostics(row, { macs: ports.map((p) => p.mac_address), disks: rootDisk + volumes.length, hypervisor: host?.hypervisor_type ?? null }, new Date());
  });
}
