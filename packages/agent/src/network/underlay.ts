/**
 * The underlay of a host that runs beside others on one machine (`npm run aio -- --hosts N`,
 * the several-hosts tests): a Linux bridge in an underlay namespace oscloud owns, and per host a
 * veth whose one end is on that bridge and whose other end, created directly in the host's
 * namespace, holds the host's underlay address. Both ends are in oscloud's namespaces; nothing is
 * made in the machine's root namespace, and the underlay reaches nothing outside the machine.
 */
import { deviceName } from './names.js';
import type { NetCmd } from './netcmd.js';

/** Where a host is attached: the underlay namespace and the host's address on it (CIDR). */
export interface UnderlaySpec {
  namespace: string;
  address: string;
}

/** An IPv4 address with its prefix length (`10.250.0.2/24`), or undefined when malformed. */
export function parseCidr4(cidr: string): { ip: string; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix < 8 || prefix > 30) return undefined;
  return { ip: octets.join('.'), prefix };
}

/** Attaches host namespace `hostNs` to the underlay (idempotent); returns its underlay device. */
export async function attachUnderlay(cmd: NetCmd, hostNs: string, spec: UnderlaySpec): Promise<string> {
  if (!parseCidr4(spec.address)) throw new Error(`underlay address must be IPv4 CIDR (a.b.c.d/nn), not ${JSON.stringify(spec.address)}`);
  const bridge = deviceName.underlayBridge();
  const outer = deviceName.underlayOuter(hostNs);
  const inner = deviceName.underlayInner(hostNs);
  await cmd.addNamespace(spec.namespace);
  await cmd.addBridge(spec.namespace, bridge);
  await cmd.addVeth(spec.namespace, outer, bridge, hostNs, inner);
  await cmd.setAddresses(hostNs, inner, [spec.address]);
  return inner;
}
