/**
 * Names of everything the dataplane makes, and THE guard: no command that creates, renames,
 * moves, configures or deletes a network device, namespace or nftables table may run on a name
 * oscloud did not make. A veth created with a peer name that already exists (`eth0`) and then
 * "moved" takes the machine's real NIC with it, so every name is built here with oscloud's
 * prefix and checked here again before any `ip`/`nft` command runs (netcmd.ts calls the guard).
 */
import { createHash } from 'node:crypto';

/** The prefix of every device, namespace and nftables table oscloud makes. */
export const PREFIX = 'osc';

/** Linux IFNAMSIZ - 1: the longest interface name. */
const IFNAME_MAX = 15;

const DEVICE_RE = /^osc[a-z][a-z0-9-]{0,11}$/;
const NETNS_RE = /^osc-[a-z0-9][a-z0-9-]{0,62}$/;
const TABLE_RE = /^osc[a-z0-9_]{1,60}$/;

/** What a name names. */
export type OwnedKind = 'device' | 'netns' | 'table';

/** A name that is not oscloud's, refused before any command runs. */
export class ForeignNameError extends Error {
  constructor(kind: OwnedKind, name: string) {
    super(`refusing to touch ${kind} ${JSON.stringify(name)}: not made by oscloud (names start with "${PREFIX}")`);
    this.name = 'ForeignNameError';
  }
}

/** Throws ForeignNameError unless `name` is a well-formed oscloud name of that kind. */
export function assertOwned(kind: OwnedKind, name: string): string {
  const re = kind === 'device' ? DEVICE_RE : kind === 'netns' ? NETNS_RE : TABLE_RE;
  if (typeof name !== 'string' || !re.test(name) || (kind === 'device' && name.length > IFNAME_MAX)) throw new ForeignNameError(kind, name);
  return name;
}

/** True when `name` passes the guard. */
export function isOwned(kind: OwnedKind, name: string): boolean {
  try {
    assertOwned(kind, name);
    return true;
  } catch {
    return false;
  }
}

/** The first `n` hex digits of a uuid (dashes dropped), as Neutron names its devices. */
function short(id: string, n: number): string {
  const hex = id.toLowerCase().replace(/[^0-9a-f]/g, '');
  if (hex.length < n) throw new Error(`not a uuid: ${JSON.stringify(id)}`);
  return hex.slice(0, n);
}

/**
 * Device names (15 characters at most). One letter after the prefix says what it is; the rest is
 * the start of the owner's uuid (11 hex digits, as Neutron's `tap` + port_id[:11]).
 */
export const deviceName = {
  /** The Linux bridge of a network. */
  bridge: (networkId: string) => assertOwned('device', `oscb${short(networkId, 11)}`),
  /** The tap of a port (QEMU opens it). */
  tap: (portId: string) => assertOwned('device', `osct${short(portId, 11)}`),
  /** The bridge end of a namespace's veth (DHCP, router): `oscv` + the port's id. */
  vethOuter: (portId: string) => assertOwned('device', `oscv${short(portId, 11)}`),
  /** The namespace end of that veth. */
  vethInner: (portId: string) => assertOwned('device', `osci${short(portId, 11)}`),
  /** The bridge end of an external network's "outside world" veth. */
  extOuter: (networkId: string) => assertOwned('device', `osce${short(networkId, 11)}`),
  /** Its end in the outside namespace (holds the external subnet's gateway address). */
  extInner: (networkId: string) => assertOwned('device', `oscx${short(networkId, 11)}`),
  /** A VXLAN network's tunnel device on its bridge (`oscn` + network id[:11]). */
  vxlan: (networkId: string) => assertOwned('device', `oscn${short(networkId, 11)}`),
  /** The underlay's bridge, inside the underlay namespace: every host's underlay veth is on it. */
  underlayBridge: () => assertOwned('device', 'oscunderlay'),
  /** The underlay-namespace end of a host's underlay veth (on the underlay bridge). */
  underlayOuter: (hostNs: string) => assertOwned('device', `oscw${hashOf(assertOwned('netns', hostNs), 10)}`),
  /** Its end in the host namespace: the host's address on the underlay. */
  underlayInner: (hostNs: string) => assertOwned('device', `oscl${hashOf(assertOwned('netns', hostNs), 10)}`),
};

/** The first `n` hex digits of a name's sha256 (names longer than a device name allows). */
function hashOf(name: string, n: number): string {
  return createHash('sha256').update(name).digest('hex').slice(0, n);
}

/** Namespace names: the host's dataplane namespace plus one per DHCP server. */
export const netnsName = {
  /** The namespace holding a host's bridges and taps (QEMU runs its NICs there). */
  host: (label: string) => assertOwned('netns', `osc-${label.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 40)}`),
  /** A network's DHCP namespace on the host whose namespace is `hostNs`. */
  dhcp: (hostNs: string, networkId: string) => assertOwned('netns', `${assertOwned('netns', hostNs)}-d${short(networkId, 12)}`),
  /** A router's namespace. */
  router: (hostNs: string, routerId: string) => assertOwned('netns', `${assertOwned('netns', hostNs)}-r${short(routerId, 12)}`),
  /**
   * The "outside world" of an external network: a namespace holding the external subnet's
   * gateway address, from which floating IPs are reached (nothing leaves the machine).
   */
  external: (hostNs: string, networkId: string) => assertOwned('netns', `${assertOwned('netns', hostNs)}-x${short(networkId, 12)}`),
};
