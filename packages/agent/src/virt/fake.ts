/**
 * In-memory virt driver (after Nova's virt/fake.py): deterministic, no processes, no disks.
 * Each instance is one object, so thousands of fake hosts fit in one process for scale runs.
 */
import { Duplex, PassThrough } from 'node:stream';
import { CapacityError, ConflictError, NotFoundError } from '../errors.js';
import { PowerState, type PowerStateCode } from '../protocol.js';
import { specAttachments, specFiles, type GuestSpec, type RescueBoot, type GuestStatus, type HostInfo, type NicSpec, type VirtDriver, type VolumeAttachment } from './driver.js';
import type { IncomingEndpoints, LiveMigrationStats, LiveProgress } from './qemu-live.js';

/** Operations that accept injected failures. */
export type FakeOp =
  | 'spawn'
  | 'setResources'
  | 'destroy'
  | 'powerOn'
  | 'powerOff'
  | 'reboot'
  | 'pause'
  | 'unpause'
  | 'attachVolume'
  | 'detachVolume'
  | 'swapVolume'
  | 'attachInterface'
  | 'detachInterface'
  | 'resizeVolume'
  | 'snapshotVolume'
  | 'deleteVolumeSnapshot'
  // snapshot, shelve, rebuild
  | 'snapshotDisk'
  // suspend, rescue, resize, crash dump
  | 'suspend'
  | 'resume'
  | 'injectNmi'
  | 'rescue'
  | 'unrescue'
  // live migration
  | 'prepareIncoming'
  | 'migrateLive'
  | 'finishIncoming';

/** Settings of a fake host. */
export interface FakeVirtOptions {
  vcpus?: number;
  memoryMb?: number;
  /** Refuse spawns beyond vcpus * ratio / memory (a real host would fail to start them). */
  cpuAllocationRatio?: number;
  ramAllocationRatio?: number;
  /** Simulated work time per operation (0 = immediate). */
  delayMs?: number;
  /** Guests already "running" when the driver starts (adoption tests). */
  preexisting?: GuestSpec[];
}

interface FakeGuest {
  spec: GuestSpec;
  power: PowerStateCode;
  console: string[];
  boots: number;
  /** Saved by suspend (power SHUTDOWN) until resume. */
  suspended?: boolean;
  /** NMIs injected (trigger_crash_dump). */
  nmis?: number;
  /** The rescue boot while rescued. */
  rescue?: RescueBoot;
}

/** A failure to raise on the next matching call(s). */
interface Injection {
  op: FakeOp;
  error: Error;
  remaining: number;
  uuid?: string;
}

/** The fake backend. */
export class FakeVirtDriver implements VirtDriver {
  readonly type = 'fake';
  private readonly guests = new Map<string, FakeGuest>();
  private readonly snapshots = new Map<string, Set<string>>();
  private injections: Injection[] = [];
  /** Every call in order, for assertions. */
  readonly calls: { op: string; uuid?: string }[] = [];

  constructor(private readonly opts: FakeVirtOptions = {}) {
    for (const spec of opts.preexisting ?? []) this.guests.set(spec.uuid, { spec, power: PowerState.RUNNING, console: [], boots: 1 });
  }

  /** Makes the next `times` calls of `op` (optionally for one uuid) throw `error`. */
  injectFailure(op: FakeOp, error: Error = new Error(`injected ${op} failure`), times = 1, uuid?: string): void {
    this.injections.push({ op, error, remaining: times, uuid });
  }

  /** Simulates the guest powering itself off (or crashing). */
  setPowerState(uuid: string, p: PowerStateCode): void {
    this.get(uuid).power = p;
  }

  spec(uuid: string): GuestSpec | undefined {
    return this.guests.get(uuid)?.spec;
  }

  async init(): Promise<void> {}

  async hostInfo(): Promise<HostInfo> {
    return {
      vcpus: this.opts.vcpus ?? 16,
      memoryMb: this.opts.memoryMb ?? 32_768,
      hypervisorType: 'fake',
      hypervisorVersion: 1_000_000,
      kvmUsable: false,
    };
  }

  async list(): Promise<GuestStatus[]> {
    return [...this.guests.values()].map((g) => ({ uuid: g.spec.uuid, powerState: g.power }));
  }

  async spawn(spec: GuestSpec): Promise<void> {
    await this.step('spawn', spec.uuid);
    if (this.guests.has(spec.uuid)) return;
    this.checkCapacity(spec);
    const g: FakeGuest = { spec: { ...spec, nics: [...spec.nics], volumes: [...spec.volumes] }, power: PowerState.RUNNING, console: [], boots: 0 };
    this.guests.set(spec.uuid, g);
    this.boot(g);
  }

  async destroy(uuid: string): Promise<void> {
    await this.step('destroy', uuid);
    this.guests.delete(uuid);
  }

  async powerOn(uuid: string): Promise<void> {
    await this.step('powerOn', uuid);
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING) {
      g.power = PowerState.RUNNING;
      g.suspended = false;
      this.boot(g);
    }
  }

  // resize
  async setResources(uuid: string, size: { vcpus: number; memoryMb: number }): Promise<void> {
    await this.step('setResources', uuid);
    const g = this.get(uuid);
    if (g.power === PowerState.RUNNING || g.power === PowerState.PAUSED) throw new ConflictError(`guest ${uuid} is running`);
    g.spec = { ...g.spec, vcpus: size.vcpus, memoryMb: size.memoryMb };
  }

  async powerOff(uuid: string): Promise<void> {
    await this.step('powerOff', uuid);
    const g = this.get(uuid);
    g.power = PowerState.SHUTDOWN;
    g.console.push('fake-virt: power off');
  }

  async reboot(uuid: string, _hard: boolean): Promise<void> {
    await this.step('reboot', uuid);
    const g = this.get(uuid);
    g.power = PowerState.RUNNING;
    g.suspended = false; // a hard reboot of a suspended guest boots afresh
    this.boot(g);
  }

  // live migration
  /** Live migrations running, with their abort and force-complete flags. */
  private readonly live = new Map<string, { abort: boolean; force: boolean }>();

  /** The guest waits paused for its state, as QEMU's `-incoming` (it has not booted here). */
  async prepareIncoming(spec: GuestSpec, listenIp: string): Promise<IncomingEndpoints> {
    await this.step('prepareIncoming', spec.uuid);
    if (this.guests.get(spec.uuid)?.power === PowerState.RUNNING) throw new ConflictError(`guest ${spec.uuid} already runs on this host`);
    this.guests.set(spec.uuid, { spec, power: PowerState.PAUSED, console: [], boots: 0 });
    // A boot volume is opened from its export on both hosts: no root disk export.
    return { migration_uri: `tcp:${listenIp}:49152`, ...(spec.rootVolumeId ? {} : { nbd: { host: listenIp, port: 10850, export: 'root' } }) };
  }

  /** Takes `delayMs` (abortable meanwhile); the guest here then waits to be destroyed. */
  async migrateLive(uuid: string, _to: IncomingEndpoints, onProgress?: (p: LiveProgress) => void): Promise<LiveMigrationStats> {
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING && g.power !== PowerState.PAUSED) throw new ConflictError(`guest ${uuid} is not running`);
    const control = { abort: false, force: false };
    this.live.set(uuid, control);
    try {
      await this.step('migrateLive', uuid);
      if (control.abort) throw new ConflictError('live migration aborted');
    } finally {
      this.live.delete(uuid);
    }
    const mem = g.spec.memoryMb * 1024 * 1024;
    const figures = { memory_total_bytes: mem, memory_processed_bytes: mem, memory_remaining_bytes: 0, disk_total_bytes: 0, disk_processed_bytes: 0, disk_remaining_bytes: 0 };
    onProgress?.({ phase: 'memory', ...figures });
    g.power = PowerState.SHUTDOWN;
    return { downtime_ms: 0, total_time_ms: this.opts.delayMs ?? 0, ...figures };
  }

  controlLiveMigration(uuid: string, what: 'abort' | 'force_complete'): boolean {
    const c = this.live.get(uuid);
    if (!c) return false;
    if (what === 'abort') c.abort = true;
    else c.force = true;
    return true;
  }

  async finishIncoming(uuid: string): Promise<void> {
    await this.step('finishIncoming', uuid);
    const g = this.get(uuid);
    g.power = PowerState.RUNNING;
    g.boots = Math.max(1, g.boots);
  }

  async pause(uuid: string): Promise<void> {
    await this.step('pause', uuid);
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING) throw new ConflictError(`guest ${uuid} is not running`);
    g.power = PowerState.PAUSED;
  }

  async unpause(uuid: string): Promise<void> {
    await this.step('unpause', uuid);
    const g = this.get(uuid);
    if (g.power !== PowerState.PAUSED) throw new ConflictError(`guest ${uuid} is not paused`);
    g.power = PowerState.RUNNING;
  }

  // suspend, rescue, resize, crash dump
  async suspend(uuid: string): Promise<void> {
    await this.step('suspend', uuid);
    const g = this.get(uuid);
    if (g.suspended) return;
    if (g.power !== PowerState.RUNNING) throw new ConflictError(`guest ${uuid} is not running (power state ${g.power})`);
    g.suspended = true;
    g.power = PowerState.SHUTDOWN;
  }

  async resume(uuid: string): Promise<void> {
    await this.step('resume', uuid);
    const g = this.get(uuid);
    if (!g.suspended) {
      if (g.power === PowerState.RUNNING) return;
      throw new ConflictError(`guest ${uuid} is not suspended`);
    }
    g.suspended = false;
    g.power = PowerState.RUNNING;
  }

  async rescue(uuid: string, boot: RescueBoot): Promise<void> {
    await this.step('rescue', uuid);
    const g = this.get(uuid);
    if (g.rescue && g.power === PowerState.RUNNING) return;
    g.rescue = boot;
    g.power = PowerState.RUNNING;
    this.boot(g);
  }

  async unrescue(uuid: string): Promise<void> {
    await this.step('unrescue', uuid);
    const g = this.get(uuid);
    if (!g.rescue) return;
    g.rescue = undefined;
    g.power = PowerState.RUNNING;
    this.boot(g);
  }

  /** The rescue boot of a rescued guest (tests). */
  rescueOf(uuid: string): RescueBoot | undefined {
    return this.guests.get(uuid)?.rescue;
  }

  isSuspended(uuid: string): boolean {
    return this.get(uuid).suspended === true;
  }

  async injectNmi(uuid: string): Promise<void> {
    await this.step('injectNmi', uuid);
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING) throw new ConflictError(`guest ${uuid} is not running (power state ${g.power})`);
    g.nmis = (g.nmis ?? 0) + 1;
    g.console.push(`fake-virt: NMI injected into instance ${uuid}`);
  }

  async attachVolume(uuid: string, vol: VolumeAttachment): Promise<void> {
    await this.step('attachVolume', uuid);
    const g = this.get(uuid);
    if (g.spec.volumes.some((v) => v.volumeId === vol.volumeId)) return;
    g.spec.volumes.push(vol);
  }

  async swapVolume(uuid: string, oldId: string, vol: VolumeAttachment): Promise<void> {
    await this.step('swapVolume', uuid);
    const g = this.get(uuid);
    if (g.spec.rootVolumeId === oldId) throw new ConflictError(`volume ${oldId} is the boot volume of instance ${uuid}`);
    const old = g.spec.volumes.find((v) => v.volumeId === oldId);
    if (!old) {
      if (g.spec.volumes.some((v) => v.volumeId === vol.volumeId)) return;
      throw new NotFoundError(`volume ${oldId} is not attached to instance ${uuid}`);
    }
    g.spec.volumes = g.spec.volumes.map((v) => (v.volumeId === oldId ? { ...vol, ...(old.device ? { device: old.device } : {}) } : v));
  }

  async detachVolume(uuid: string, volumeId: string): Promise<void> {
    await this.step('detachVolume', uuid);
    const g = this.get(uuid);
    if (g.spec.rootVolumeId === volumeId) throw new ConflictError(`volume ${volumeId} is the boot volume of instance ${uuid}`);
    g.spec.volumes = g.spec.volumes.filter((v) => v.volumeId !== volumeId);
  }

  async attachInterface(uuid: string, nic: NicSpec): Promise<void> {
    await this.step('attachInterface', uuid);
    const g = this.get(uuid);
    if (g.spec.nics.some((n) => n.portId === nic.portId)) return;
    g.spec.nics.push(nic);
  }

  async detachInterface(uuid: string, portId: string): Promise<void> {
    await this.step('detachInterface', uuid);
    const g = this.get(uuid);
    g.spec.nics = g.spec.nics.filter((n) => n.portId !== portId);
  }

  async resizeVolume(uuid: string, volumeId: string, _bytes: number): Promise<void> {
    await this.step('resizeVolume', uuid);
    if (!this.uses(this.get(uuid), volumeId)) throw new NotFoundError(`volume ${volumeId} not attached`);
  }

  async snapshotVolume(uuid: string, volumeId: string, snapshotId: string): Promise<void> {
    await this.step('snapshotVolume', uuid);
    this.attached(uuid, volumeId).add(snapshotId);
  }

  async deleteVolumeSnapshot(uuid: string, volumeId: string, snapshotId: string): Promise<void> {
    await this.step('deleteVolumeSnapshot', uuid);
    this.attached(uuid, volumeId).delete(snapshotId);
  }

  // snapshot, shelve, rebuild
  /** A fake guest has no disk: the storage driver writes the copy (memory.ts). */
  async snapshotDisk(uuid: string, _target: string): Promise<boolean> {
    await this.step('snapshotDisk', uuid);
    this.get(uuid);
    return false;
  }

  /** Snapshots taken live, per volume (for assertions). */
  liveSnapshots(volumeId: string): string[] {
    return [...(this.snapshots.get(volumeId) ?? [])];
  }

  private attached(uuid: string, volumeId: string): Set<string> {
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING || !this.uses(g, volumeId)) throw new ConflictError(`volume ${volumeId} is not open in a running instance ${uuid}`);
    let s = this.snapshots.get(volumeId);
    if (!s) this.snapshots.set(volumeId, (s = new Set()));
    return s;
  }

  // consoles, usage
  /** No guest runs: the fake serial port echoes what it receives (enough to test the relay). */
  async openSerialConsole(uuid: string): Promise<Duplex> {
    if (this.get(uuid).power !== PowerState.RUNNING) throw new ConflictError(`instance ${uuid} is not running`);
    return new PassThrough();
  }

  /** No guest runs: a VNC server that speaks RFB 3.8's handshake (no authentication) and a blank screen. */
  async openVncConsole(uuid: string): Promise<Duplex> {
    const g = this.get(uuid);
    if (g.power !== PowerState.RUNNING) throw new ConflictError(`instance ${uuid} is not running`);
    return fakeRfbServer(g.spec.name);
  }

  async consoleOutput(uuid: string, length?: number): Promise<string> {
    const lines = this.get(uuid).console;
    return (length === undefined ? lines : lines.slice(-length)).join('\n');
  }

  async powerState(uuid: string): Promise<PowerStateCode> {
    return this.get(uuid).power;
  }

  /** Whether the guest has the volume: attached, or as its boot disk. */
  private uses(g: FakeGuest, volumeId: string): boolean {
    return g.spec.rootVolumeId === volumeId || g.spec.volumes.some((v) => v.volumeId === volumeId);
  }

  attachments(): Map<string, string> {
    return specAttachments([...this.guests.values()].map((g) => g.spec));
  }

  filesInUse(): Set<string> {
    return specFiles([...this.guests.values()].map((g) => g.spec));
  }

  async close(): Promise<void> {}

  /**
   * No guest runs, so the console says so: it must never carry the real guest's boot marker
   * (`oscloud-guest: booted <uuid>`), or a test on the fake driver would "see" a boot that never
   * happened.
   */
  private boot(g: FakeGuest): void {
    g.boots++;
    const s = g.spec;
    // A few lines per boot, as a real serial console has (Tempest asks for `length` lines of it);
    // only the last names the instance, as the marker the compat tests wait for.
    g.console.push(
      `fake-virt: power on (boot ${g.boots})`,
      `fake-virt: ${s.vcpus} vCPUs, ${s.memoryMb} MiB RAM, ${s.nics.length} NICs, ${s.volumes.length} volumes`,
      `fake-virt: no firmware or kernel is executed by the fake driver`,
      `fake-virt: instance ${s.uuid} started (boot ${g.boots}; no guest runs)`,
    );
  }

  private checkCapacity(spec: GuestSpec): void {
    const vcpus = (this.opts.vcpus ?? 16) * (this.opts.cpuAllocationRatio ?? 16);
    const mem = (this.opts.memoryMb ?? 32_768) * (this.opts.ramAllocationRatio ?? 1.5);
    let usedCpu = spec.vcpus;
    let usedMem = spec.memoryMb;
    for (const g of this.guests.values()) {
      usedCpu += g.spec.vcpus;
      usedMem += g.spec.memoryMb;
    }
    if (usedCpu > vcpus || usedMem > mem) throw new CapacityError(`fake host full: ${usedCpu}/${vcpus} vCPUs, ${usedMem}/${mem} MiB`);
  }

  private get(uuid: string): FakeGuest {
    const g = this.guests.get(uuid);
    if (!g) throw new NotFoundError(`instance ${uuid} not found on this host`);
    return g;
  }

  private async step(op: FakeOp, uuid: string): Promise<void> {
    this.calls.push({ op, uuid });
    if (this.opts.delayMs) await new Promise((r) => setTimeout(r, this.opts.delayMs));
    const i = this.injections.findIndex((x) => x.op === op && (x.uuid === undefined || x.uuid === uuid));
    if (i >= 0) {
      const inj = this.injections[i]!;
      if (--inj.remaining <= 0) this.injections.splice(i, 1);
      throw inj.error;
    }
  }
}


/**
 * The server side of an RFB 3.8 handshake (RFC 6143 section 7.1-7.3): ProtocolVersion, security
 * type None, SecurityResult OK, ServerInit of a 640x480 true-colour screen named `name`. Later
 * client messages are read and dropped. Each server message is one write.
 */
export function fakeRfbServer(name: string): Duplex {
  const server = new PassThrough();
  const client = new PassThrough();
  let phase: 'version' | 'security' | 'init' | 'normal' = 'version';
  let buf = Buffer.alloc(0);
  const need = { version: 12, security: 1, init: 1, normal: 0 };
  const step = (): void => {
    while (phase !== 'normal' && buf.length >= need[phase]) {
      buf = buf.subarray(need[phase]);
      if (phase === 'version') {
        server.write(Buffer.from([1, 1])); // one security type: None
        phase = 'security';
      } else if (phase === 'security') {
        server.write(Buffer.alloc(4)); // SecurityResult: OK
        phase = 'init';
      } else {
        const n = Buffer.from(name, 'utf8');
        const init = Buffer.alloc(24 + n.length);
        init.writeUInt16BE(640, 0);
        init.writeUInt16BE(480, 2);
        // PixelFormat: 32 bpp, depth 24, little endian, true colour, max 255 each, shifts 16/8/0
        Buffer.from([32, 24, 0, 1, 0, 255, 0, 255, 0, 255, 16, 8, 0, 0, 0, 0]).copy(init, 4);
        init.writeUInt32BE(n.length, 20);
        n.copy(init, 24);
        server.write(init);
        phase = 'normal';
      }
    }
    if (phase === 'normal') buf = Buffer.alloc(0);
  };
  client.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    step();
  });
  server.write(Buffer.from('RFB 003.008\n', 'latin1'));
  return Duplex.from({ readable: server, writable: client });
}
