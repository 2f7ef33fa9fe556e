/**
 * Nova's deprecated network proxies (os-networks, os-tenant-networks; gone from 2.36) over the
 * network service's networks with its visibility (own, shared, external; an admin all). Without
 * nova-network Nova fills only `id` and `label` (the name) of os-networks' view and prints the
 * cidr Neutron networks lack as `None` in os-tenant-networks' (nova/api/openstack/compute/
 * networks.py, tenant_networks.py `network_dict`). Their write operations are gone (410) in Nova.
 * @see https://docs.openstack.org/api-ref/compute/#networks-os-networks-deprecated
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { components } from '@oscloud/sdk/generated/compute';
import type { AppContext } from '../context.js';
import type { NetNetworksTable } from '../db/tables/network.js';
import { notFound } from '../errors.js';
import { callerOf } from '../network/common.js';
import { networkVisible } from '../network/store.js';
import { defineRoute } from '../route.js';
import { mvAtLeast } from './common.js';

type Network = components['schemas']['ComputeNetwork'];
type TenantNetwork = components['schemas']['ComputeTenantNetwork'];

/** The fields of Nova's os-networks view that stay null without nova-network (admins see more of them). */
const NULL_FIELDS = ['cidr', 'netmask', 'gateway', 'broadcast', 'dns1', 'dns2', 'cidr_v6', 'gateway_v6', 'netmask_v6'] as const;
const ADMIN_NULL_FIELDS = ['created_at', 'updated_at', 'deleted_at', 'deleted', 'injected', 'bridge', 'vlan', 'vpn_public_address', 'vpn_public_port', 'vpn_private_address', 'dhcp_start', 'project_id', 'host', 'bridge_interface', 'multi_host', 'priority', 'rxtx_base', 'mtu', 'dhcp_server', 'enable_dhcp', 'share_address'] as const;

/** os-networks' view of a network. */
function networkDict(row: NetNetworksTable, isAdmin: boolean): Network {
  const nulls = Object.fromEntries([...NULL_FIELDS, ...(isAdmin ? ADMIN_NULL_FIELDS : [])].map((f) => [f, null]));
  return { id: row.id, label: row.name, ...nulls } as Network;
}

/** os-tenant-networks' view of a network. */
function tenantNetworkDict(row: NetNetworksTable): TenantNetwork {
  return { id: row.id, label: row.name, cidr: 'None' };
}

/** Registers os-networks and os-tenant-networks (read operations). */
export function registerNetworkProxyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const visible = async (req: FastifyRequest): Promise<NetNetworksTable[]> => {
    if (mvAtLeast(req, 36)) throw notFound('The resource could not be found.');
    const caller = callerOf(req.auth);
    const rows = await ctx.db.selectFrom('net_networks').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.filter((r) => networkVisible(r, caller));
  };
  const one = async (req: FastifyRequest<{ Params: { network_id: string } }>): Promise<NetNetworksTable> => {
    const row = (await visible(req)).find((r) => r.id === req.params.network_id);
    if (!row) throw notFound('Network not found.');
    return row;
  };
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeNetworks' }, async (req) => ({ networks: (await visible(req)).map((r) => networkDict(r, req.auth!.isAdmin)) }));
  defineRoute<{ Params: { network_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeNetwork' }, async (req) => ({ network: networkDict(await one(req), req.auth!.isAdmin) }));
  defineRoute(app, ctx, { service: 'compute', op: 'listComputeTenantNetworks' }, async (req) => ({ networks: (await visible(req)).map(tenantNetworkDict) }));
  defineRoute<{ Params: { network_id: string } }>(app, ctx, { service: 'compute', op: 'showComputeTenantNetwork' }, async (req) => ({ network: tenantNetworkDict(await one(req)) }));
}
