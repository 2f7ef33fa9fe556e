/**
 * Provider segments of networks (Neutron's provider extension, ML2's type drivers as far as
 * oscloud has them): `local` (the network stays on each host) and `vxlan` (the network spans the
 * hosts over their underlay). A VXLAN network gets an admin-set `provider:segmentation_id` (its
 * VNI) or one allocated from the configured range, and an MTU that leaves room for the 50 bytes
 * of VXLAN over IPv4 on the underlay. Which hosts carry a VXLAN network (its peers) follows its
 * ports: `notifyNetworkPeers` tells those hosts when that set may have changed.
 */
import { enqueueTask } from '../agentapi/internal.js';
import type { AgentPayload } from '../agentapi/types.js';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import { type NetSchemas, invalidInput, nErr } from './common.js';
import { agentNetworkInfo } from './dataplane.js';

/** Bytes VXLAN over IPv4 adds to each frame (Neutron's VXLAN_ENCAP_OVERHEAD 30 + IPv4 header 20). */
export const VXLAN_OVERHEAD = 50;
/** The largest VXLAN VNI (24 bits). */
const MAX_VNI = 16_777_215;

/** services.network settings of segments. */
export interface SegmentSettings {
  /** provider:network_type of networks created without one (ML2's tenant_network_types[0]). */
  tenantNetworkType: 'local' | 'vxlan';
  /** VNIs allocated to VXLAN networks without an admin-set segmentation_id (ML2's vni_ranges). */
  vniRanges: [number, number][];
  /** MTU of the underlay (Neutron's global_physnet_mtu). */
  underlayMtu: number;
}

/** The settings without configuration: local tenant networks, VNIs 1-1000, a 1500-byte underlay. */
export const DEFAULT_SEGMENTS: SegmentSettings = { tenantNetworkType: 'local', vniRanges: [[1, 1000]], underlayMtu: 1500 };

/**
 * Reads `services.network.{tenant_network_type, vni_ranges, global_physnet_mtu}` (defaults: local,
 * "1:1000", 1500); a malformed value is a configuration error at first use, not a silent default.
 */
export function segmentSettings(ctx: AppContext): SegmentSettings {
  const s = ctx.config.services.network ?? {};
  const type = String(s.tenant_network_type ?? DEFAULT_SEGMENTS.tenantNetworkType);
  if (type !== 'local' && type !== 'vxlan') throw new Error(`services.network.tenant_network_type must be local or vxlan, not ${type}`);
  const ranges = String(s.vni_ranges ?? '1:1000')
    .split(',')
    .map((r) => r.trim().split(':').map(Number) as [number, number]);
  for (const [lo, hi] of ranges) {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi > MAX_VNI || hi < lo) throw new Error(`services.network.vni_ranges: bad range ${lo}:${hi}`);
  }
  const mtu = Number(s.global_physnet_mtu ?? DEFAULT_SEGMENTS.underlayMtu);
  if (!Number.isInteger(mtu) || mtu < 68 + VXLAN_OVERHEAD) throw new Error(`services.network.global_physnet_mtu must be an integer >= ${68 + VXLAN_OVERHEAD}`);
  return { tenantNetworkType: type, vniRanges: ranges, underlayMtu: mtu };
}

/** The provider columns and MTU of a new network. */
export interface Segment {
  provider_network_type: string;
  provider_physical_network: string | null;
  provider_segmentation_id: number | null;
  mtu: number;
}

/**
 * The segment of a network being created from its request body: validated as ML2 does (400
 * InvalidInput for an unsupported type or attribute, 409 TunnelIdInUse for a VNI taken, 503
 * NoNetworkAvailable when the range is exhausted) and the MTU checked against the type's maximum.
 */
export async function newSegment(trx: Trx, body: NetSchemas['NetworkCreateRequest'], settings: SegmentSettings): Promise<Segment> {
  const type = body['provider:network_type'] ?? settings.tenantNetworkType;
  const physnet = body['provider:physical_network'] ?? null;
  const segId = body['provider:segmentation_id'] ?? null;
  const mtu = body.mtu;
  if (type === 'vxlan') {
    if (physnet) throw invalidInput('provider:physical_network specified for vxlan network');
    const max = settings.underlayMtu - VXLAN_OVERHEAD;
    if (mtu !== undefined && mtu > max) throw invalidInput(`Requested MTU is too big, maximum is ${max}`);
    let vni = segId;
    if (vni !== null) {
      if (vni < 1 || vni > MAX_VNI) throw invalidInput(`provider:segmentation_id ${vni} is not a valid vxlan VNI (1 to ${MAX_VNI})`);
      const taken = await trx.selectFrom('net_networks').select('id').where('provider_network_type', '=', 'vxlan').where('provider_segmentation_id', '=', vni).executeTakeFirst();
      if (taken) throw nErr(409, 'TunnelIdInUse', `Unable to create the network. The tunnel ID ${vni} is in use.`);
    } else {
      const free = await freeVni(trx, settings.vniRanges);
      if (free === undefined) throw nErr(503, 'NoNetworkAvailable', 'Unable to create the network. No tenant network is available for allocation.');
      vni = free;
    }
    return { provider_network_type: 'vxlan', provider_physical_network: null, provider_segmentation_id: vni, mtu: mtu ?? max };
  }
  if (type === 'local') {
    if (physnet || segId !== null) throw invalidInput(`${physnet ? 'provider:physical_network' : 'provider:segmentation_id'} prohibited for local provider network`);
    return { provider_network_type: 'local', provider_physical_network: null, provider_segmentation_id: null, mtu: mtu ?? settings.underlayMtu };
  }
  throw invalidInput(`network_type value '${type}' not supported`);
}

/** The lowest VNI of the ranges no VXLAN network has (one query per range). */
async function freeVni(trx: Trx, ranges: [number, number][]): Promise<number | undefined> {
  for (const [lo, hi] of ranges) {
    const used = await trx
      .selectFrom('net_networks')
      .select('provider_segmentation_id as vni')
      .where('provider_network_type', '=', 'vxlan')
      .where('provider_segmentation_id', '>=', lo)
      .where('provider_segmentation_id', '<=', hi)
      .orderBy('provider_segmentation_id')
      .execute();
    let want = lo;
    for (const u of used) {
      if (u.vni !== want) break;
      want++;
    }
    if (want <= hi) return want;
  }
  return undefined;
}

/**
 * The network host of VXLAN networks: the first registered linuxbridge host with an underlay
 * address. It runs their DHCP servers (one per network, every port's entry: `dhcp_networks`).
 */
export async function networkHost(trx: Trx): Promise<{ hostId: string; ip: string } | undefined> {
  const h = await trx
    .selectFrom('hosts')
    .select(['id', 'underlay_ip'])
    .where('network_driver', '=', 'linuxbridge')
    .where('underlay_ip', 'is not', null)
    .orderBy('service_id')
    .orderBy('created_at')
    .executeTakeFirst();
  return h ? { hostId: h.id, ip: h.underlay_ip! } : undefined;
}

/**
 * The hosts that carry a VXLAN network: every linuxbridge host with an underlay address that has
 * a port of the network bound to it, or runs a router with an interface or gateway on it, and
 * then the network host (its DHCP server). Empty for a network that is not VXLAN, or that no host
 * carries a port of.
 */
export async function networkPeers(trx: Trx, networkId: string): Promise<{ hostId: string; ip: string }[]> {
  const net = await trx.selectFrom('net_networks').select('provider_network_type').where('id', '=', networkId).executeTakeFirst();
  if (net?.provider_network_type !== 'vxlan') return [];
  const bound = await trx
    .selectFrom('net_ports as p')
    .innerJoin('hosts as h', 'h.id', 'p.binding_host_id')
    .select(['h.id as hostId', 'h.underlay_ip as ip'])
    .distinct()
    .where('p.network_id', '=', networkId)
    .where('h.network_driver', '=', 'linuxbridge')
    .where('h.underlay_ip', 'is not', null)
    .execute();
  const routed = await trx
    .selectFrom('net_ports as p')
    .innerJoin('net_routers as r', 'r.id', 'p.device_id')
    .innerJoin('hosts as h', 'h.id', 'r.l3_host_id')
    .select(['h.id as hostId', 'h.underlay_ip as ip'])
    .distinct()
    .where('p.network_id', '=', networkId)
    .where('p.device_owner', 'in', ['network:router_interface', 'network:router_gateway'])
    .where('h.network_driver', '=', 'linuxbridge')
    .where('h.underlay_ip', 'is not', null)
    .execute();
  const byHost = new Map([...bound, ...routed].map((r) => [r.hostId, r.ip!]));
  const nh = byHost.size ? await networkHost(trx) : undefined;
  if (nh) byHost.set(nh.hostId, nh.ip);
  return [...byHost].map(([hostId, ip]) => ({ hostId, ip })).sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
}

/** A sync_ports task's payload and one port in it (schemas/agent.yaml SyncPortsPayload, NetworkInfo). */
type SyncPortsPayload = AgentPayload<'SyncPortsPayload'>;
type NetworkInfo = SyncPortsPayload['ports'][number];
/** The VXLAN fields NetworkInfo and RouterPort share. */
export type VxlanFields = Pick<NetworkInfo, 'network_type' | 'segmentation_id' | 'vxlan_peers'>;

/** What a port of a VXLAN network adds to its NetworkInfo or RouterPort (nothing for others). */
export async function vxlanFields(trx: Trx, p: { network_id: string; network_type: string | null; segmentation_id: number | null }): Promise<VxlanFields> {
  if (p.network_type !== 'vxlan' || p.segmentation_id === null) return {};
  return { network_type: 'vxlan', segmentation_id: p.segmentation_id, vxlan_peers: await peerIps(trx, p.network_id) };
}

/** The underlay addresses of the hosts carrying a network (networkPeers). */
async function peerIps(trx: Trx, networkId: string): Promise<string[]> {
  return (await networkPeers(trx, networkId)).map((h) => h.ip);
}

/**
 * Ports' NetworkInfo with the current peers of their VXLAN networks: a spawn payload is made
 * before its ports are bound to the chosen host, so its `vxlan_peers` are set again once they are.
 */
export async function withCurrentPeers<T extends { network_id: string; network_type?: string | null }>(trx: Trx, infos: T[]): Promise<T[]> {
  const out: T[] = [];
  for (const n of infos) out.push(n.network_type === 'vxlan' ? { ...n, vxlan_peers: await peerIps(trx, n.network_id) } : n);
  return out;
}

/**
 * Tells every host carrying these networks (the VXLAN ones) their current peers
 * (`sync_ports` `network_peers`), and the network host every server port of each
 * (`dhcp_networks`: its DHCP entries), after a port was bound to, moved off or deleted from a
 * host or its addresses changed. The DHCP list is the network's whole: O(ports) per change.
 */
export async function notifyNetworkPeers(trx: Trx, networkIds: string[]): Promise<void> {
  for (const net of [...new Set(networkIds)].sort()) {
    const type = await trx.selectFrom('net_networks').select('provider_network_type').where('id', '=', net).executeTakeFirst();
    if (type?.provider_network_type !== 'vxlan') continue;
    const peers = await networkPeers(trx, net);
    const ips = peers.map((p) => p.ip);
    const nh = await networkHost(trx);
    const ports = await trx.selectFrom('net_ports').select('id').where('network_id', '=', net).where('device_owner', 'like', 'compute:%').where('binding_host_id', '!=', '').orderBy('id').execute();
    const dhcp: NetworkInfo[] = [];
    for (const p of ports) dhcp.push(await agentNetworkInfo(trx, p.id));
    for (const p of peers) {
      const payload: SyncPortsPayload = { ports: [], network_peers: { [net]: ips } };
      if (p.hostId === nh?.hostId) payload.dhcp_networks = { [net]: dhcp };
      await enqueueTask(trx, { hostId: p.hostId, type: 'sync_ports', payload });
    }
    // The network host no longer carries the network (its last port went): its DHCP server ends.
    const end: SyncPortsPayload = { ports: [], dhcp_networks: { [net]: [] } };
    if (nh && !peers.some((p) => p.hostId === nh.hostId)) await enqueueTask(trx, { hostId: nh.hostId, type: 'sync_ports', payload: end });
  }
}
