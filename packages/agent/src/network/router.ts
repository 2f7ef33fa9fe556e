/**
 * Routers as network namespaces (Neutron's legacy L3 agent): one veth per interface onto the
 * network's bridge carrying the interface port's MAC and gateway address, one onto the external
 * network's bridge carrying the gateway port's address and every floating IP (/32, so the router
 * answers ARP for them), the external subnet's gateway as default route, extra routes, and NAT
 * in the namespace's own nftables: floating IPs as 1:1 DNAT/SNAT, everything else from the
 * inside SNATed to the gateway address when enable_snat. Nothing of it is in the root namespace.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { components } from '@oscloud/sdk/generated/agent';
import { livePidFromFile } from '../util.js';
import { METADATA_IP, PROXY_SOURCE, ROUTER_PROXY_PORT } from './metadata.js';
import { assertOwned, deviceName, netnsName } from './names.js';
import type { NetCmd } from './netcmd.js';

/** What the controller says a router is (schemas/agent.yaml SyncRouterPayload). */
export type RouterState = components['schemas']['SyncRouterPayload'];
type RouterPort = NonNullable<RouterState['interfaces']>[number];

/** The nftables table of a router namespace. */
const NAT_TABLE = 'oscnat';
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function ip4(v: string): string {
  if (!IPV4.test(v)) throw new Error(`not an IPv4 address: ${JSON.stringify(v)}`);
  return v;
}
const prefixOf = (cidr: string): string => cidr.split('/')[1] ?? '32';

/** The NAT ruleset of a router (exported for tests). */
export function natRuleset(r: RouterState, metadata = false): string {
  assertOwned('table', NAT_TABLE);
  const gw = r.gateway;
  const lines = [`table ip ${NAT_TABLE} {}`, `delete table ip ${NAT_TABLE}`, `table ip ${NAT_TABLE} {`];
  lines.push('  chain prerouting {', '    type nat hook prerouting priority dstnat; policy accept;');
  // Guests whose DHCP gave them no route to the metadata address reach it through the router.
  if (metadata) lines.push(`    ip daddr ${METADATA_IP} tcp dport 80 redirect to :${ROUTER_PROXY_PORT}`);
  for (const f of r.floating_ips ?? []) lines.push(`    ip daddr ${ip4(f.floating_ip_address)} dnat to ${ip4(f.fixed_ip_address)}`);
  lines.push('  }');
  lines.push('  chain postrouting {', '    type nat hook postrouting priority srcnat; policy accept;');
  if (gw) {
    const dev = deviceName.vethInner(gw.port_id);
    for (const f of r.floating_ips ?? []) lines.push(`    oifname "${dev}" ip saddr ${ip4(f.fixed_ip_address)} snat to ${ip4(f.floating_ip_address)}`);
    const gwIp = gw.fixed_ips.find((x) => IPV4.test(x.ip))?.ip;
    if (gw.enable_snat !== false && gwIp) lines.push(`    oifname "${dev}" snat to ${ip4(gwIp)}`);
  }
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}

/** The routers of one host. */
export class Routers {
  constructor(
    private readonly cmd: NetCmd,
    private readonly hostNs: string,
    private readonly stateDir: string,
    /** The agent's metadata socket; unset: no metadata proxy in routers. */
    private readonly metadataSocket?: string,
  ) {}

  namespace(routerId: string): string {
    return netnsName.router(this.hostNs, routerId);
  }

  private async plugPort(ns: string, p: RouterPort, extra: string[] = []): Promise<void> {
    const inner = deviceName.vethInner(p.port_id);
    await this.cmd.addVeth(this.hostNs, deviceName.vethOuter(p.port_id), deviceName.bridge(p.network_id), ns, inner, { mac: p.mac, mtu: p.mtu ?? undefined });
    await this.cmd.setAddresses(ns, inner, [...p.fixed_ips.filter((f) => IPV4.test(f.ip)).map((f) => `${f.ip}/${prefixOf(f.cidr)}`), ...extra]);
  }

  /** Brings the router's namespace to `r` (idempotent). The bridges must exist. */
  async apply(r: RouterState): Promise<void> {
    const ns = this.namespace(r.router_id);
    await this.cmd.addNamespace(ns);
    await this.cmd.enableForwarding(ns);
    const ports = [...(r.interfaces ?? []), ...(r.gateway ? [r.gateway] : [])];
    // Interfaces removed since the last apply: their veths go (both ends).
    const keep = new Set(ports.map((p) => deviceName.vethInner(p.port_id)));
    for (const dev of await this.cmd.links(ns)) if (dev.startsWith('osci') && !keep.has(dev)) await this.cmd.deleteLink(ns, dev);
    for (const p of r.interfaces ?? []) await this.plugPort(ns, p);
    const routes = [...(r.routes ?? [])];
    if (r.gateway) {
      await this.plugPort(ns, r.gateway, (r.floating_ips ?? []).map((f) => `${ip4(f.floating_ip_address)}/32`));
      const gwNext = r.gateway.fixed_ips.find((f) => f.gateway && IPV4.test(f.gateway))?.gateway;
      if (gwNext) routes.push({ destination: '0.0.0.0/0', nexthop: gwNext });
    }
    await this.cmd.setRoutes(ns, routes);
    const file = join(this.stateDir, `${r.router_id}.nft`);
    await writeFile(`${file}.tmp`, natRuleset(r, !!this.metadataSocket));
    await rename(`${file}.tmp`, file);
    await this.cmd.runIn(ns, 'nft', ['-f', file]);
    if (this.metadataSocket) await this.ensureProxy(r, ns);
  }

  /** The router's metadata proxy (network/metadata.ts), told which network each subnet is. */
  private async ensureProxy(r: RouterState, ns: string): Promise<void> {
    const base = join(this.stateDir, r.router_id);
    const pairs = (r.interfaces ?? []).flatMap((p) => p.fixed_ips.filter((f) => IPV4.test(f.ip)).map((f) => [f.cidr, p.network_id]));
    await writeFile(`${base}.proxy.json`, JSON.stringify(pairs));
    if ((await livePidFromFile(`${base}.proxy.pid`, `${base}.proxy.json`)) !== undefined) return;
    const started = await this.cmd.startIn(ns, process.execPath, ['--input-type=module', '-e', PROXY_SOURCE, '0.0.0.0', String(ROUTER_PROXY_PORT), this.metadataSocket!, `${base}.proxy.json`], `${base}.proxy.log`);
    await writeFile(`${base}.proxy.pid`, `${started}\n`);
  }

  /** Deletes a router's namespace (and so its veths, NAT and metadata proxy). */
  async remove(routerId: string): Promise<void> {
    await this.cmd.deleteNamespace(this.namespace(routerId));
    for (const ext of ['nft', 'proxy.json', 'proxy.pid', 'proxy.log']) await rm(join(this.stateDir, `${routerId}.${ext}`), { force: true });
  }

  /** The ids of the routers whose namespaces exist (for cleanup of routers no longer known). */
  async present(): Promise<string[]> {
    const prefix = `${this.hostNs}-r`;
    return (await this.cmd.namespaces(prefix)).map((n) => n.slice(prefix.length));
  }
}

/**
 * The outside world of an external network on this host: a namespace with the external
 * subnets' gateway addresses on a veth to the network's bridge. Floating IPs are reached from
 * it (`ip netns exec <it> ssh root@<fip>`); it has no route anywhere else.
 */
export async function ensureOutside(cmd: NetCmd, hostNs: string, networkId: string, gateways: { ip: string; cidr: string }[], mtu?: number): Promise<string> {
  const ns = netnsName.external(hostNs, networkId);
  await cmd.addNamespace(ns);
  const inner = deviceName.extInner(networkId);
  await cmd.addVeth(hostNs, deviceName.extOuter(networkId), deviceName.bridge(networkId), ns, inner, { mtu });
  await cmd.setAddresses(ns, inner, gateways.map((g) => `${ip4(g.ip)}/${prefixOf(g.cidr)}`));
  return ns;
}
