/**
 * `noop` network: no dataplane. The controller's addresses are recorded (and written to the
 * config drive by the caller); the guest gets a QEMU user-mode NIC per port, or no NIC.
 */
import type { NetworkInfo } from '../protocol.js';
import type { NicSpec } from '../virt/driver.js';
import type { NetworkDriver } from './driver.js';

/** Settings of the noop network. */
export interface NoopNetworkOptions {
  /** 'user' gives each port a user-mode NIC (outbound NAT only); 'none' boots without NICs. */
  nicMode?: 'user' | 'none';
}

/** The noop backend. */
export class NoopNetworkDriver implements NetworkDriver {
  readonly type = 'noop';
  private readonly recorded = new Map<string, NetworkInfo[]>();

  constructor(private readonly opts: NoopNetworkOptions = {}) {}

  async plug(instanceUuid: string, ports: NetworkInfo[]): Promise<NicSpec[]> {
    this.recorded.set(instanceUuid, ports);
    const mode = this.opts.nicMode ?? 'user';
    if (mode === 'none') return [];
    return ports.map((p) => ({ portId: p.port_id, mac: p.mac, mode }));
  }

  async unplug(instanceUuid: string): Promise<void> {
    this.recorded.delete(instanceUuid);
  }

  async unplugPort(instanceUuid: string, portId: string): Promise<void> {
    const ports = this.recorded.get(instanceUuid);
    if (ports) this.recorded.set(instanceUuid, ports.filter((p) => p.port_id !== portId));
  }

  addresses(instanceUuid: string): NetworkInfo[] {
    return this.recorded.get(instanceUuid) ?? [];
  }
}
