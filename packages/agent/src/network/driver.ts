/** The network driver contract: plug/unplug an instance's ports into a dataplane. */
import type { ConfigDriveData } from '../configdrive.js';
import type { NetworkInfo } from '../protocol.js';
import type { NicSpec } from '../virt/driver.js';
import type { RouterState } from './router.js';

/** A dataplane backend. */
export interface NetworkDriver {
  readonly type: string;
  /** The host's address on the underlay carrying VXLAN networks between hosts, if attached to one. */
  readonly underlayIp?: string;
  // cold migration
  /** The host's network namespace (linuxbridge): where a migration's disk export listens and the destination reads it. */
  readonly namespace?: string;
  /** Prepares the host's dataplane and re-adopts what a previous agent plugged. */
  init?(): Promise<void>;
  /**
   * Prepares the ports and returns the NICs the guest gets. Idempotent. `generation` (the
   * task's created_at) orders this state against later updates of the same ports.
   */
  plug(instanceUuid: string, ports: NetworkInfo[], generation?: string): Promise<NicSpec[]>;
  unplug(instanceUuid: string): Promise<void>;
  /** Unplugs one port of an instance (interface detach); an absent one is fine. */
  unplugPort(instanceUuid: string, portId: string): Promise<void>;
  /**
   * The controller's current view of some ports (sync_ports); ports not plugged here are
   * ignored. `groupMembers`: new member lists of remote groups, for every port here naming them.
   * `networkPeers`: new VXLAN peer lists of networks (vxlan_peers of every port here on them).
   * `dhcpNetworks`: VXLAN networks whose one DHCP server runs here, with every port of each.
   * Returns the ports, groups and networks whose state was taken (not older than what was applied).
   */
  updatePorts?(
    ports: NetworkInfo[],
    generation?: string,
    groupMembers?: Record<string, string[]>,
    networkPeers?: Record<string, string[]>,
    dhcpNetworks?: Record<string, NetworkInfo[]>,
  ): Promise<{ updated: string[]; groups?: string[]; networks?: string[] }>;
  /** A router's whole state (sync_router); hosts without a dataplane have none. */
  updateRouter?(state: RouterState, generation?: string): Promise<{ router_id: string; status: string }>;
  /** Keeps what the metadata service answers for an instance (its config drive's data). */
  setMetadata?(instanceUuid: string, data: ConfigDriveData): Promise<void>;
  /** Releases what the driver holds open; the dataplane stays for the next agent. */
  close?(): Promise<void>;
  /** Addresses recorded for an instance (what the controller allocated). */
  addresses(instanceUuid: string): NetworkInfo[];
}
