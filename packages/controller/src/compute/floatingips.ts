/**
 * Nova's proxy of Neutron floating IPs (os-floating-ips, os-floating-ip-pools: gone from 2.36;
 * the addFloatingIp/removeFloatingIp server actions: gone from 2.44), on the network service's
 * floating IPs, with Nova's errors (nova/api/openstack/compute/floating_ips.py).
 * @see https://docs.openstack.org/api-ref/compute/#floating-ips-os-floating-ips-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { NetFloatingIpsTable } from '../db/tables/network.js';
import { badRequest, conflict, forbidden, isApiError, notFound } from '../errors.js';
import { callerOf, tx, type Caller } from '../network/common.js';
import { createFloatingIp, deleteFloatingIp, updateFloatingIp } from '../network/routers.js';
import { defineRoute } from '../route.js';
import { mvAtLeast } from './common.js';
import { loadServer } from './servers.js';
import type { ActionCall } from './actions/types.js';
import type { InstanceRow } from './views.js';

type Body = Record<string, unknown>;

/** The proxies are gone from 2.36 (Nova's `max_version='2.35'`): 404 as for an unknown URL. */
function beforeV236(req: FastifyRequest): void {
  if (mvAtLeast(req, 36)) throw notFound('The resource could not be found.');
}

/** Floating IPs in Nova's shape: the pool is the external network's name, the instance the port's server. */
async function views(trx: Trx, rows: NetFloatingIpsTable[]): Promise<Body[]> {
  const nets = rows.length ? await trx.selectFrom('net_networks').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.floating_network_id))]).execute() : [];
  const portIds = rows.map((r) => r.fixed_port_id).filter((x): x is string => !!x);
  const ports = portIds.length ? await trx.selectFrom('net_ports').select(['id', 'device_id', 'device_owner']).where('id', 'in', portIds).execute() : [];
  const netName = new Map(nets.map((n) => [n.id, n.name]));
  const server = new Map(ports.map((p) => [p.id, p.device_owner.startsWith('compute:') && p.device_id ? p.device_id : null]));
  return rows.map((r) => ({
    id: r.id,
    ip: r.floating_ip_address,
    pool: netName.get(r.floating_network_id) ?? '',
    fixed_ip: r.fixed_ip_address,
    instance_id: r.fixed_port_id ? (server.get(r.fixed_port_id) ?? null) : null,
  }));
}

/** A floating IP of the caller's project by id (Nova's 404). */
async function byId(trx: Trx, caller: Caller, id: string): Promise<NetFloatingIpsTable> {
  const row = await trx.selectFrom('net_floatingips').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!caller.isAdmin && row.project_id !== caller.projectId)) throw notFound(`Floating IP not found for ID ${id}`);
  return row;
}

/** A floating IP of the server's project by address (Nova's FloatingIpNotFoundForAddress, 404). */
async function byAddress(trx: Trx, projectId: string, address: string): Promise<NetFloatingIpsTable> {
  const row = await trx.selectFrom('net_floatingips').selectAll().where('floating_ip_address', '=', address).where('project_id', '=', projectId).executeTakeFirst();
  if (!row) throw notFound(`Floating IP not found for address ${address}.`);
  return row;
}

/** Registers os-floating-ips and os-floating-ip-pools. */
export function registerComputeFloatingIpRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeFloatingIps' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    return tx(ctx, async (trx) => ({
      floating_ips: await views(trx, await trx.selectFrom('net_floatingips').selectAll().where('project_id', '=', caller.projectId).orderBy('created_at').orderBy('id').execute()),
    }));
  });

  defineRoute<{ Body: { pool?: unknown } | undefined }>(app, ctx, { service: 'compute', op: 'createComputeFloatingIp' }, async (req) => {
    beforeV236(req);
    const caller = callerOf(req.auth);
    const pool = req.body && typeof req.body === 'object' && req.body.pool !== undefined && req.body.pool !== null ? String(req.body.pool) : 'nova';
    const view = await tx(ctx, async (trx) => {
      // Nova's _get_floating_ip_pool_id_by_name_or_id: an external network named or with that id.
      const net = await trx.selectFrom('net_networks').select('id').where('external', '=', 1).where((eb) => eb.or([eb('id', '=', pool), eb('name', '=', pool)])).executeTakeFirst();
      if (!net) throw notFound(`Floating IP pool not found.`);
      try {
        return (await views(trx, [await createFloatingIp(trx, caller, caller.projectId, { floating_network_id: net.id }, ctx.now())]))[0];
      } catch (e) {
        if (!isApiError(e)) throw e;
        if (e.options.type === 'OverQuota') throw forbidden('Maximum number of floating IPs exceeded');
        if (e.options.type === 'ExternalIpAddressExhausted' || e.options.type === 'IpAddressGenerationFailure') throw notFound(`No more floating IPs in pool ${pool}.`);
        throw badRequest(e.message);
      }
    });
    return { floating_ip: view };
  });

  defineRoute<{ Params: { floating_ip_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeFloatingIp' }, async (req) => {
    beforeV236(req);
    return tx(ctx, async (trx) => ({ floating_ip: (await views(trx, [await byId(trx, callerOf(req.auth), req.params.floating_ip_id)]))[0] }));
  });

  defineRoute<{ Params: { floating_ip_id: string } }>(app, ctx, { service: 'compute', op: 'deleteComputeFloatingIp' }, async (req, reply) => {
    beforeV236(req);
    await tx(ctx, async (trx) => deleteFloatingIp(trx, await byId(trx, callerOf(req.auth), req.params.floating_ip_id), ctx.now()));
    return reply.code(202).send();
  });

  defineRoute(app, ctx, { service: 'compute', op: 'listComputeFloatingIpPools' }, async (req) => {
    beforeV236(req);
    const nets = await ctx.db.selectFrom('net_networks').select('name').where('external', '=', 1).orderBy('name').execute();
    return { floating_ip_pools: nets.map((n) => ({ name: n.name })) };
  });
}

/**
 * addFloatingIp: the server's fixed IPv4 address (`fixed_address`, else its first) gets the
 * project's floating IP `address`; a floating IP on another server moves here (Neutron's update).
 */
export async function addFloatingIp(trx: Trx, call: ActionCall<'addFloatingIp'>): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  const { address, fixed_address: fixed } = call.body;
  const ports = await trx.selectFrom('net_ports').select('id').where('device_id', '=', row.id).orderBy('created_at').execute();
  const ips = ports.length ? await trx.selectFrom('net_ip_allocations').select(['port_id', 'ip_address']).where('port_id', 'in', ports.map((p) => p.id)).execute() : [];
  if (ips.length === 0) throw badRequest('No fixed IPs associated to instance');
  let chosen = ips.find((i) => !i.ip_address.includes(':'));
  if (fixed !== undefined) {
    chosen = ips.find((i) => i.ip_address === fixed);
    if (!chosen) throw badRequest('Specified fixed address not assigned to instance');
  }
  if (!chosen) throw badRequest(`Unable to associate floating IP ${address} to any fixed IPs for instance ${row.id}. Instance has no fixed IPv4 addresses to associate.`);
  const fip = await byAddress(trx, row.project_id, address);
  try {
    await updateFloatingIp(trx, { projectId: row.project_id, isAdmin: call.auth.isAdmin }, fip, {}, { portId: chosen.port_id, fixedIp: chosen.ip_address }, call.ctx.now());
  } catch (e) {
    // Neutron's refusals (a fixed IP that has a floating IP already, no router to the pool) are Nova's FloatingIpAssociateFailed.
    if (isApiError(e)) throw badRequest(`Unable to associate floating IP ${address} to fixed IP ${chosen.ip_address} for instance ${row.id}. Error: ${e.message}`);
    throw e;
  }
  return row;
}

/** removeFloatingIp: 404 for an unknown address, 409 when it is not on this server. */
export async function removeFloatingIp(trx: Trx, call: ActionCall<'removeFloatingIp'>): Promise<InstanceRow> {
  const row = await loadServer(trx, call.auth, call.serverId);
  const address = call.body.address;
  const fip = await byAddress(trx, row.project_id, address);
  const port = fip.fixed_port_id ? await trx.selectFrom('net_ports').select('device_id').where('id', '=', fip.fixed_port_id).executeTakeFirst() : undefined;
  if (port?.device_id !== row.id) throw conflict(`Floating IP ${address} is not associated with instance ${row.id}.`);
  await updateFloatingIp(trx, { projectId: row.project_id, isAdmin: call.auth.isAdmin }, fip, {}, { portId: null }, call.ctx.now());
  return row;
}
