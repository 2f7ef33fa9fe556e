/**
 * `qemu` virt driver: one daemonized qemu-system-x86_64 per guest (q35; KVM when the probe
 * proves it works, else TCG), a QMP socket for control, the serial console appended to a
 * file. Guests outlive the agent: everything needed to find them again (pidfile, QMP socket,
 * instance.json with the spec) lives in `<state-dir>/instances/<uuid>/`.
 */
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { AgentError, ConflictError, NotFoundError } from '../errors.js';
import { nullLogger, type Logger } from '../logger.js';
import { PowerState, type PowerStateCode } from '../protocol.js';
import { inNamespace } from '../network/netcmd.js';
import { KeyedMutex, livePidFromFile, pidAlive, run, waitFor } from '../util.js';
import { specAttachments, specFiles, type GuestSpec, type RescueBoot, type GuestStatus, type HostInfo, type NicSpec, type VirtDriver, type VolumeAttachment } from './driver.js';
import { probeKvm, type KvmProbeResult } from './kvm-probe.js';
import { finishIncoming, listenIncoming, migrateWithDisk, type IncomingEndpoints, type LiveMigrationStats, type LiveProgress } from './qemu-live.js';
import { withQmp, type QmpClient } from './qmp.js';

/** Settings of the qemu driver. */
export interface QemuDriverOptions {
  stateDir: string;
  qemu?: string;
  /** 'auto' probes KVM (cached); 'tcg' never tries it. */
  accel?: 'auto' | 'kvm' | 'tcg';
  /** A guest kernel the KVM probe must also boot. */
  probeKernel?: string;
  /** Free pcie-root-ports created at boot for volume hot-plug. */
  hotplugPorts?: number;
  /** Free pcie-root-ports created at boot for NIC hot-plug, beyond one per NIC the guest boots with. */
  hotplugNics?: number;
  /** TCG translation cache per guest in MiB (0 = qemu's default); 16 saves ~100 MiB per guest. */
  tcgTbSizeMb?: number;
  /** Default soft-stop time before a hard stop. */
  shutdownTimeoutMs?: number;
  /** How long to wait for the guest to release a hot-unplugged disk. */
  detachTimeoutMs?: number;
  // snapshot, shelve, rebuild
  /** Longest wait for a live disk copy (createImage), default 1 h. */
  snapshotTimeoutMs?: number;
  logger?: Logger;
}

/** What instance.json holds. */
interface GuestRecord {
  spec: GuestSpec;
  /** volumeId -> root port index it sits on (while the process runs). */
  ports: Record<string, number>;
  hotplugPorts: number;
  /**
   * portId -> index of the NIC root port (`np<i>`) its virtio-net device sits on (while the
   * process runs). Absent for a guest started before NICs had their own root ports: its NICs
   * are on the root bus and cannot be unplugged live.
   */
  nicSlots?: Record<string, number>;
  /** NIC root ports the running process has. */
  nicPorts?: number;
  /** The network namespace the running qemu was started in (where its taps must be). */
  netns?: string | null;
  /**
   * volumeId -> the block node and device the running process has it under, for a volume that
   * took another's place (swapVolume): they keep the names of the one it replaced.
   */
  swapped?: Record<string, { node: string; dev: string }>;
  accel: string;
  /** Desired state: true from our start until our stop. A dead process while true = crashed. */
  running?: boolean;
  /**
   * True while the guest's memory and device state wait in `memory.state` for resume; `ports`,
   * `nicSlots` and `nicPorts` then keep the layout the restored process must have again.
   */
  suspended?: boolean;
  /** Set while the guest runs its rescue boot (its own root disk is then the second disk). */
  rescue?: RescueBoot;
}

const FILES = { record: 'instance.json', pid: 'qemu.pid', qmp: 'qmp.sock', console: 'console.log', serial: 'serial.sock', vnc: 'vnc.sock', state: 'memory.state' } as const;

/** How long saving or restoring a guest's memory may take (TCG on a loaded host, GiBs of RAM). */
const STATE_TIMEOUT_MS = 300_000;

/** The qemu backend. */
export class QemuDriver implements VirtDriver {
  readonly type = 'qemu';
  private readonly records = new Map<string, GuestRecord>();
  /** One operation per guest at a time (QMP also takes only one client at a time). */
  private readonly locks = new KeyedMutex();
  /** Last power state observed per guest, answered while an operation holds the guest. */
  private readonly lastState = new Map<string, PowerStateCode>();
  private readonly qemu: string;
  private readonly log: Logger;
  private kvm: KvmProbeResult | undefined;
  private version = 'unknown';

  constructor(private readonly opts: QemuDriverOptions) {
    this.qemu = opts.qemu ?? 'qemu-system-x86_64';
    this.log = opts.logger ?? nullLogger;
  }

  private dir(uuid: string): string {
    return join(this.opts.stateDir, 'instances', uuid);
  }

  private file(uuid: string, f: keyof typeof FILES): string {
    return join(this.dir(uuid), FILES[f]);
  }

  async init(): Promise<void> {
    const out = await run(this.qemu, ['--version']);
    this.version = /version (\S+)/.exec(out)?.[1] ?? 'unknown';
    if (this.opts.accel === 'tcg') this.kvm = undefined;
    else {
      this.kvm = await probeKvm({ qemu: this.qemu, cacheFile: join(this.opts.stateDir, 'kvm-probe.json'), kernel: this.opts.probeKernel });
      this.log.info('kvm probe', { usable: this.kvm.usable, reason: this.kvm.reason });
    }
    let names: string[] = [];
    try {
      names = await readdir(join(this.opts.stateDir, 'instances'));
    } catch {
      /* no instances yet */
    }
    for (const uuid of names) {
      let rec: GuestRecord;
      try {
        rec = JSON.parse(await readFile(this.file(uuid, 'record'), 'utf8')) as GuestRecord;
      } catch {
        continue;
      }
      this.records.set(uuid, rec);
      const pid = await this.livePid(uuid);
      if (pid === undefined) {
        // rec.running stays as it was: a guest that died while we were away reports CRASHED.
        // A suspended guest keeps its device layout for the restore.
        if (!rec.suspended) rec.ports = {};
        await this.cleanRuntime(uuid);
        await this.save(uuid, rec);
      }
      this.log.info('adopted guest', { instance: uuid, pid: pid ?? null, running: pid !== undefined });
    }
  }

  /** Whether guests get KVM. */
  get accel(): 'kvm' | 'tcg' {
    if (this.opts.accel === 'kvm') return 'kvm';
    return this.kvm?.usable ? 'kvm' : 'tcg';
  }

  async hostInfo(): Promise<HostInfo> {
    return {
      vcpus: cpus().length,
      memoryMb: Math.floor(totalmem() / 1024 / 1024),
      hypervisorType: 'QEMU',
      hypervisorVersion: novaVersion(this.version),
      kvmUsable: this.accel === 'kvm',
    };
  }

  /**
   * Observes every guest and supervises it: a guest that powered itself off gets its qemu
   * ended. A guest busy with an operation (a stop or detach holds it up to 30 s) is reported
   * with its last known state rather than waited for.
   */
  async list(): Promise<GuestStatus[]> {
    const out: GuestStatus[] = [];
    for (const uuid of [...this.records.keys()]) {
      let ps: PowerStateCode = await this.powerState(uuid).catch(() => PowerState.NOSTATE);
      if (ps === PowerState.SHUTDOWN && this.records.get(uuid)?.running && !this.locks.held(uuid)) ps = await this.supervise(uuid);
      out.push({ uuid, powerState: ps });
    }
    return out;
  }

  /** Ends the qemu of a guest that shut itself down (qemu never exits by itself with -no-shutdown). */
  private supervise(uuid: string): Promise<PowerStateCode> {
    return this.locks.with(uuid, async () => {
      const rec = this.records.get(uuid);
      if (!rec?.running) return PowerState.SHUTDOWN;
      const now = await this.queryPowerState(uuid);
      if (now !== PowerState.SHUTDOWN) return now;
      this.log.info('guest powered itself off; ending its qemu', { instance: uuid });
      await this.hardStop(uuid);
      rec.running = false;
      rec.ports = {};
      await this.cleanRuntime(uuid);
      await this.save(uuid, rec);
      this.lastState.set(uuid, PowerState.SHUTDOWN);
      return PowerState.SHUTDOWN;
    });
  }

  spawn(spec: GuestSpec): Promise<void> {
    return this.locks.with(spec.uuid, async () => {
      const existing = this.records.get(spec.uuid);
      if (existing && (await this.livePid(spec.uuid)) !== undefined) return;
      const rec: GuestRecord = { spec, ports: {}, hotplugPorts: this.opts.hotplugPorts ?? 4, accel: this.accel };
      this.records.set(spec.uuid, rec);
      await this.save(spec.uuid, rec);
      try {
        await this.start(spec.uuid, rec);
      } catch (e) {
        this.records.delete(spec.uuid);
        await rm(this.file(spec.uuid, 'record'), { force: true });
        throw e;
      }
    });
  }

  // live migration
  /** The steering of each guest's running live migration (set without the guest's lock, which the migration holds). */
  private readonly liveControls = new Map<string, { abort: boolean; force: boolean }>();

  prepareIncoming(spec: GuestSpec, listenIp: string): Promise<IncomingEndpoints> {
    return this.locks.with(spec.uuid, async () => {
      if (this.records.has(spec.uuid) && (await this.livePid(spec.uuid)) !== undefined) throw new ConflictError(`guest ${spec.uuid} already runs on this host`);
      const rec: GuestRecord = { spec, ports: {}, hotplugPorts: this.opts.hotplugPorts ?? 4, accel: this.accel };
      this.records.set(spec.uuid, rec);
      await this.save(spec.uuid, rec);
      try {
        await this.start(spec.uuid, rec, 'defer');
        // A boot volume is opened from its export on both hosts: no root disk to receive.
        return await withQmp(this.file(spec.uuid, 'qmp'), (q) => listenIncoming(q, listenIp, spec.rootVolumeId ? null : 'root'));
      } catch (e) {
        await this.hardStop(spec.uuid).catch(() => {});
        await this.cleanRuntime(spec.uuid);
        this.records.delete(spec.uuid);
        this.lastState.delete(spec.uuid);
        await rm(this.file(spec.uuid, 'record'), { force: true });
        throw e;
      }
    });
  }

  migrateLive(uuid: string, to: IncomingEndpoints, onProgress?: (p: LiveProgress) => void): Promise<LiveMigrationStats> {
    return this.locks.with(uuid, async () => {
      this.get(uuid);
      if ((await this.livePid(uuid)) === undefined) throw new ConflictError(`guest ${uuid} is not running`);
      const control = { abort: false, force: false };
      this.liveControls.set(uuid, control);
      try {
        return await withQmp(this.file(uuid, 'qmp'), (q) => migrateWithDisk(q, to, { control: { aborted: () => control.abort, forced: () => control.force }, onProgress, timeoutMs: STATE_TIMEOUT_MS }));
      } finally {
        this.liveControls.delete(uuid);
      }
    });
  }

  controlLiveMigration(uuid: string, what: 'abort' | 'force_complete'): boolean {
    const c = this.liveControls.get(uuid);
    if (!c) return false;
    if (what === 'abort') c.abort = true;
    else c.force = true;
    return true;
  }

  finishIncoming(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      this.get(uuid);
      const st = await withQmp(this.file(uuid, 'qmp'), (q) => finishIncoming(q));
      this.lastState.set(uuid, st === 'running' ? PowerState.RUNNING : PowerState.PAUSED);
    });
  }

  destroy(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      await this.hardStop(uuid);
      await this.cleanRuntime(uuid);
      await rm(this.file(uuid, 'state'), { force: true });
      await rm(`${this.file(uuid, 'state')}.part`, { force: true });
      await rm(this.file(uuid, 'record'), { force: true });
      this.records.delete(uuid);
      this.lastState.delete(uuid);
    });
  }

  powerOn(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if ((await this.livePid(uuid)) !== undefined) {
        if ((await this.queryPowerState(uuid)) !== PowerState.SHUTDOWN) return;
        // The guest powered itself off and qemu (-no-shutdown) waits in 'shutdown', before
        // supervision ended it: end it now and start afresh.
        await this.hardStop(uuid);
        rec.ports = {};
        await this.cleanRuntime(uuid);
      }
      await this.start(uuid, rec);
    });
  }

  // resize
  setResources(uuid: string, size: { vcpus: number; memoryMb: number }): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if ((await this.livePid(uuid)) !== undefined) throw new ConflictError(`guest ${uuid} is running: stop it before changing its vCPUs or RAM`);
      rec.spec = { ...rec.spec, vcpus: size.vcpus, memoryMb: size.memoryMb };
      await this.save(uuid, rec);
    });
  }

  powerOff(uuid: string, timeoutMs?: number): Promise<void> {
    return this.locks.with(uuid, () => this.stop(uuid, timeoutMs ?? this.opts.shutdownTimeoutMs ?? 30_000));
  }

  reboot(uuid: string, hard: boolean): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      const running = (await this.livePid(uuid)) !== undefined;
      // A guest that powered itself off is restarted, not reset (stop() ends its qemu).
      if (hard && running && (await this.queryPowerState(uuid)) !== PowerState.SHUTDOWN) {
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          await q.execute('system_reset');
          const st = await q.execute<{ status: string }>('query-status');
          if (st.status === 'paused') await q.execute('cont');
        });
        return;
      }
      // Soft reboot = clean shutdown + start, like Nova's libvirt driver.
      if (running) await this.stop(uuid, this.opts.shutdownTimeoutMs ?? 30_000);
      await this.start(uuid, rec);
    });
  }

  pause(uuid: string): Promise<void> {
    return this.locks.with(uuid, () => this.setPaused(uuid, true));
  }

  unpause(uuid: string): Promise<void> {
    return this.locks.with(uuid, () => this.setPaused(uuid, false));
  }

  /** QMP `stop` / `cont`, like libvirt's virDomainSuspend / virDomainResume. */
  private async setPaused(uuid: string, paused: boolean): Promise<void> {
    this.get(uuid);
    const ps = await this.queryPowerState(uuid);
    const from = paused ? PowerState.RUNNING : PowerState.PAUSED;
    if (ps !== from) throw new ConflictError(`guest ${uuid} is not ${paused ? 'running' : 'paused'} (power state ${ps})`);
    await withQmp(this.file(uuid, 'qmp'), async (q) => {
      await q.execute(paused ? 'stop' : 'cont');
      const st = await q.execute<{ status: string }>('query-status');
      if ((st.status === 'paused') !== paused) throw new AgentError(`qemu reports ${st.status} after ${paused ? 'stop' : 'cont'}`);
    });
    this.lastState.set(uuid, paused ? PowerState.PAUSED : PowerState.RUNNING);
  }

  // suspend, rescue, resize, crash dump
  /**
   * libvirt's managed save with QEMU 7.2 (no `file:` migration yet): QMP `stop`, `migrate` to
   * `exec:cat > memory.state.part` at full speed, the part renamed once complete, then `quit`.
   * A failed save continues the guest and leaves no state file.
   */
  suspend(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (rec.suspended && (await this.livePid(uuid)) === undefined) return;
      const ps = await this.queryPowerState(uuid);
      if (ps !== PowerState.RUNNING) throw new ConflictError(`guest ${uuid} is not running (power state ${ps})`);
      const state = this.file(uuid, 'state');
      const part = `${state}.part`;
      await rm(part, { force: true });
      await withQmp(this.file(uuid, 'qmp'), async (q) => {
        await q.execute('stop');
        try {
          // The default 32 MiB/s cap only matters between hosts; a local file takes what it gets.
          await q.execute('migrate-set-parameters', { 'max-bandwidth': 64 * 1024 ** 3 });
          await q.execute('migrate', { uri: `exec:cat > ${shellQuote(part)}` });
          await waitMigration(q, STATE_TIMEOUT_MS);
        } catch (e) {
          await q.execute('migrate_cancel').catch(() => {});
          await q.execute('cont').catch(() => {});
          await rm(part, { force: true });
          throw new AgentError(`saving the memory of ${uuid} failed: ${(e as Error).message}`, 500, { cause: e });
        }
      });
      await rename(part, state);
      rec.suspended = true;
      await this.save(uuid, rec);
      await this.hardStop(uuid);
      rec.running = false;
      await this.cleanRuntime(uuid);
      await this.save(uuid, rec);
      this.lastState.set(uuid, PowerState.SHUTDOWN);
    });
  }

  /**
   * Starts qemu with the suspended guest's device layout and `-incoming exec:cat < memory.state`,
   * waits for the load and continues the vCPUs; the state file goes once the guest runs. A failed
   * restore ends the process and keeps the guest suspended (its state file kept).
   */
  resume(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (!rec.suspended) {
        if ((await this.livePid(uuid)) !== undefined && (await this.queryPowerState(uuid)) === PowerState.RUNNING) return;
        throw new ConflictError(`guest ${uuid} is not suspended`);
      }
      const state = this.file(uuid, 'state');
      if (!(await stat(state).catch(() => undefined))) throw new AgentError(`the saved state of suspended guest ${uuid} is missing`);
      await this.start(uuid, rec, `exec:cat < ${shellQuote(state)}`);
      try {
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          const end = Date.now() + STATE_TIMEOUT_MS;
          let st = (await q.execute<{ status: string }>('query-status')).status;
          while (st === 'inmigrate' && Date.now() < end) {
            await new Promise((r) => setTimeout(r, 100));
            st = (await q.execute<{ status: string }>('query-status')).status;
          }
          if (st === 'paused') await q.execute('cont');
          else if (st !== 'running') throw new Error(`qemu is ${st} after loading the saved state`);
        });
      } catch (e) {
        await this.hardStop(uuid);
        rec.running = false;
        await this.cleanRuntime(uuid);
        await this.save(uuid, rec);
        this.lastState.set(uuid, PowerState.SHUTDOWN);
        throw new AgentError(`restoring ${uuid} from its saved state failed: ${(e as Error).message}`, 500, { cause: e });
      }
      rec.suspended = false;
      await this.save(uuid, rec);
      await rm(state, { force: true });
      this.lastState.set(uuid, PowerState.RUNNING);
    });
  }

  /** libvirt's rescue as Nova does it: a hard stop, then a boot from the rescue disk with the own disk second. */
  rescue(uuid: string, boot: RescueBoot): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      const running = (await this.livePid(uuid)) !== undefined;
      if (rec.rescue && running) return;
      if (running) await this.stop(uuid, 0);
      rec.rescue = boot;
      try {
        await this.start(uuid, rec);
      } catch (e) {
        rec.rescue = undefined;
        await this.save(uuid, rec);
        if (running) await this.start(uuid, rec).catch((err: unknown) => this.log.warn('restart after a failed rescue failed', { instance: uuid, error: err }));
        throw e;
      }
    });
  }

  unrescue(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (!rec.rescue) return;
      await this.stop(uuid, 0);
      rec.rescue = undefined;
      await this.start(uuid, rec);
    });
  }

  isSuspended(uuid: string): boolean {
    return this.get(uuid).suspended === true;
  }

  /** QMP `inject-nmi` (libvirt's virDomainInjectNMI). */
  injectNmi(uuid: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      this.get(uuid);
      const ps = await this.queryPowerState(uuid);
      if (ps !== PowerState.RUNNING) throw new ConflictError(`guest ${uuid} is not running (power state ${ps})`);
      await withQmp(this.file(uuid, 'qmp'), (q) => q.execute('inject-nmi'));
    });
  }

  attachVolume(uuid: string, vol: VolumeAttachment): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (rec.spec.volumes.some((v) => v.volumeId === vol.volumeId)) return;
      if ((await this.livePid(uuid)) !== undefined) {
        const used = new Set(Object.values(rec.ports));
        let port = -1;
        for (let i = 0; i < rec.hotplugPorts; i++) if (!used.has(i)) { port = i; break; }
        if (port < 0) throw new ConflictError(`no free hot-plug slot on instance ${uuid} (${rec.hotplugPorts} in use)`);
        // A volume export is reachable only from the host namespace on the underlay.
        if (vol.nbd && rec.netns !== vol.nbd.netns) {
          throw new ConflictError(`instance ${uuid} runs outside the host namespace ${vol.nbd.netns}: stop and start it to give it volume ${vol.volumeId}`);
        }
        if (vol.nbd) await this.writeNbdKey(uuid, vol);
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          if (vol.nbd) await q.execute('object-add', { 'qom-type': 'tls-creds-psk', id: tlsId(vol.volumeId), endpoint: 'client', dir: this.nbdKeyDir(uuid, vol.volumeId), username: NBD_PSK_USER });
          try {
            await q.execute('blockdev-add', blockdevArgs(`vd${port}`, vol));
            try {
              await q.execute('device_add', { driver: 'virtio-blk-pci', id: devId(vol.volumeId), drive: `vd${port}`, bus: `hp${port}` });
            } catch (e) {
              await q.execute('blockdev-del', { 'node-name': `vd${port}` }).catch(() => {});
              throw e;
            }
          } catch (e) {
            if (vol.nbd) await q.execute('object-del', { id: tlsId(vol.volumeId) }).catch(() => {});
            throw e;
          }
        });
        rec.ports[vol.volumeId] = port;
      }
      rec.spec.volumes.push(vol);
      await this.save(uuid, rec);
    });
  }

  /**
   * Swap volume as Nova's libvirt driver does it (blockRebase with copy, then pivot): in a
   * running (or paused) guest QMP blockdev-mirror copies the old volume's node onto the new
   * volume's, the device pivots to it once in step (job-complete), the old node goes. A guest
   * without a process (stopped, suspended) has the data copied by qemu-img and its spec changed.
   */
  swapVolume(uuid: string, oldId: string, vol: VolumeAttachment): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (rec.spec.rootVolumeId === oldId) throw new ConflictError(`volume ${oldId} is the boot volume of instance ${uuid}`);
      const old = rec.spec.volumes.find((v) => v.volumeId === oldId);
      if (!old) {
        if (rec.spec.volumes.some((v) => v.volumeId === vol.volumeId)) return; // redelivered: done
        throw new NotFoundError(`volume ${oldId} is not attached to instance ${uuid}`);
      }
      if (vol.nbd) throw new ConflictError(`volume ${vol.volumeId} is not on this host`);
      const port = rec.ports[oldId];
      if (port !== undefined && (await this.livePid(uuid)) !== undefined) {
        const from = this.liveNames(rec, oldId, port);
        const node = from.node === `vd${port}` ? `vd${port}s` : `vd${port}`;
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          await q.execute('blockdev-add', blockdevArgs(node, vol));
          try {
            await mirrorAndPivot(q, `swap-${port}`, from.node, node, this.opts.snapshotTimeoutMs ?? 3_600_000);
          } catch (e) {
            await q.execute('blockdev-del', { 'node-name': node }).catch(() => {});
            throw e;
          }
          await q.execute('blockdev-del', { 'node-name': from.node }).catch(() => {});
          if (old.nbd) await q.execute('object-del', { id: tlsId(oldId) }).catch(() => {});
        });
        const swapped = { ...(rec.swapped ?? {}), [vol.volumeId]: { node, dev: from.dev } };
        delete swapped[oldId];
        rec.swapped = swapped;
        delete rec.ports[oldId];
        rec.ports[vol.volumeId] = port;
      } else {
        if (old.nbd) throw new ConflictError(`volume ${oldId} of instance ${uuid} is on another host: start the guest to swap it`);
        await run('qemu-img', ['convert', '-n', '-f', old.format, '-O', vol.format, old.path, vol.path]);
      }
      await rm(this.nbdKeyDir(uuid, oldId), { recursive: true, force: true });
      rec.spec.volumes = rec.spec.volumes.map((v) => (v.volumeId === oldId ? { ...vol, ...(old.device ? { device: old.device } : {}) } : v));
      await this.save(uuid, rec);
    });
  }

  /** The block node and device a volume has in the running process (swapVolume keeps the replaced one's). */
  private liveNames(rec: GuestRecord, volumeId: string, port: number): { node: string; dev: string } {
    return rec.swapped?.[volumeId] ?? { node: `vd${port}`, dev: devId(volumeId) };
  }

  detachVolume(uuid: string, volumeId: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (rec.spec.rootVolumeId === volumeId) throw new ConflictError(`volume ${volumeId} is the boot volume of instance ${uuid}`);
      if (!rec.spec.volumes.some((v) => v.volumeId === volumeId)) return;
      const port = rec.ports[volumeId];
      if (port !== undefined && (await this.livePid(uuid)) !== undefined) {
        const names = this.liveNames(rec, volumeId, port);
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          await unplugDevice(q, names.dev, this.opts.detachTimeoutMs ?? 30_000);
          await q.execute('blockdev-del', { 'node-name': names.node }).catch(() => {});
          if (rec.spec.volumes.some((v) => v.volumeId === volumeId && v.nbd)) await q.execute('object-del', { id: tlsId(volumeId) }).catch(() => {});
        });
      }
      await rm(this.nbdKeyDir(uuid, volumeId), { recursive: true, force: true });
      delete rec.ports[volumeId];
      if (rec.swapped?.[volumeId]) delete rec.swapped[volumeId];
      rec.spec.volumes = rec.spec.volumes.filter((v) => v.volumeId !== volumeId);
      await this.save(uuid, rec);
    });
  }

  /**
   * QMP netdev_add (the tap the network driver named, vhost off, no scripts; or user mode) and
   * device_add virtio-net-pci with the port's MAC on a free NIC root port.
   */
  attachInterface(uuid: string, nic: NicSpec): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      if (rec.spec.nics.some((n) => n.portId === nic.portId)) return;
      if (nic.mode !== 'none' && (await this.livePid(uuid)) !== undefined) {
        // netdev_add of a tap opens it by name in qemu's own namespace, and would create it
        // there if absent: never outside the dataplane namespace the driver made it in.
        if (nic.mode === 'tap' && rec.netns !== nic.netns) {
          throw new ConflictError(`instance ${uuid} runs outside the network namespace ${nic.netns}: stop and start it to give it port ${nic.portId}`);
        }
        const slots = rec.nicSlots ?? {};
        const used = new Set(Object.values(slots));
        let slot = -1;
        for (let i = 0; i < (rec.nicPorts ?? 0); i++) if (!used.has(i)) { slot = i; break; }
        if (slot < 0) throw new ConflictError(`no free NIC hot-plug slot on instance ${uuid} (${rec.nicPorts ?? 0} in use)`);
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          const netdev = netdevId(nic.portId);
          await q.execute('netdev_add', nic.mode === 'tap' ? { type: 'tap', id: netdev, ifname: nic.ifname, script: 'no', downscript: 'no', vhost: false } : { type: 'user', id: netdev });
          try {
            await q.execute('device_add', { driver: 'virtio-net-pci', id: nicDevId(nic.portId), netdev, mac: nic.mac, romfile: '', bus: `np${slot}` });
          } catch (e) {
            await q.execute('netdev_del', { id: netdev }).catch(() => {});
            throw e;
          }
        });
        rec.nicSlots = { ...slots, [nic.portId]: slot };
      }
      rec.spec.nics.push(nic);
      await this.save(uuid, rec);
    });
  }

  /** QMP device_del (waits for DEVICE_DELETED), then netdev_del; a stopped guest just forgets the NIC. */
  detachInterface(uuid: string, portId: string): Promise<void> {
    return this.locks.with(uuid, async () => {
      const rec = this.get(uuid);
      const nic = rec.spec.nics.find((n) => n.portId === portId);
      if (!nic) return;
      if (nic.mode !== 'none' && (await this.livePid(uuid)) !== undefined) {
        if (rec.nicSlots?.[portId] === undefined) throw new ConflictError(`the NIC of port ${portId} is on the root bus of instance ${uuid} (started by an older agent): stop the instance to detach it`);
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          await unplugDevice(q, nicDevId(portId), this.opts.detachTimeoutMs ?? 30_000);
          await q.execute('netdev_del', { id: netdevId(portId) }).catch(() => {});
        });
      }
      if (rec.nicSlots) delete rec.nicSlots[portId];
      rec.spec.nics = rec.spec.nics.filter((n) => n.portId !== portId);
      await this.save(uuid, rec);
    });
  }

  resizeVolume(uuid: string, volumeId: string, bytes: number): Promise<void> {
    return this.locks.with(uuid, async () => {
      const node = await this.volumeNode(uuid, volumeId);
      if (node === undefined) throw new NotFoundError(`volume ${volumeId} is not attached to a running instance ${uuid}`);
      await withQmp(this.file(uuid, 'qmp'), (q) => q.execute('block_resize', { 'node-name': node, size: bytes }));
    });
  }

  /**
   * A Cinder-style snapshot of a volume in use: a qcow2 internal snapshot taken through QMP
   * (blockdev-snapshot-internal-sync drains the node, so it is crash-consistent at that
   * instant) in the volume file itself, where qemu-img makes them for idle volumes.
   */
  snapshotVolume(uuid: string, volumeId: string, snapshotId: string): Promise<void> {
    return this.locks.with(uuid, () =>
      this.withVolumeNode(uuid, volumeId, async (q, node) => {
        if ((await internalSnapshots(q, node)).includes(snapshotId)) return;
        await q.execute('blockdev-snapshot-internal-sync', { device: node, name: snapshotId }, 120_000);
      }),
    );
  }

  deleteVolumeSnapshot(uuid: string, volumeId: string, snapshotId: string): Promise<void> {
    return this.locks.with(uuid, () =>
      this.withVolumeNode(uuid, volumeId, async (q, node) => {
        if (!(await internalSnapshots(q, node)).includes(snapshotId)) return;
        await q.execute('blockdev-snapshot-delete-internal-sync', { device: node, name: snapshotId }, 120_000);
      }),
    );
  }

  // snapshot, shelve, rebuild
  /**
   * A live copy of the root disk: QMP drive-backup with sync=full writes the overlay and its base,
   * as they are when the job starts, into a new qcow2 without a backing file while the guest
   * keeps running (copy-before-write: later guest writes do not reach the copy). Waits for the
   * job's BLOCK_JOB_COMPLETED; a failed job's partial file is removed.
   */
  snapshotDisk(uuid: string, target: string): Promise<boolean> {
    return this.locks.with(uuid, async () => {
      this.get(uuid);
      if ((await this.livePid(uuid)) === undefined) return false;
      const job = `snap-${qmpSafe(uuid)}`;
      await rm(target, { force: true });
      try {
        await withQmp(this.file(uuid, 'qmp'), async (q) => {
          await q.execute('drive-backup', { 'job-id': job, device: 'root', target, format: 'qcow2', sync: 'full', mode: 'absolute-paths' });
          const done = await q.waitEvent((e) => (e.event === 'BLOCK_JOB_COMPLETED' || e.event === 'BLOCK_JOB_CANCELLED') && e.data?.device === job, this.opts.snapshotTimeoutMs ?? 3_600_000);
          if (done.event === 'BLOCK_JOB_CANCELLED') throw new AgentError(`snapshot of instance ${uuid} was cancelled`);
          if (typeof done.data?.error === 'string') throw new AgentError(`snapshot of instance ${uuid} failed: ${done.data.error}`);
        });
      } catch (e) {
        await rm(target, { force: true });
        throw e;
      }
      return true;
    });
  }

  spec(uuid: string): GuestSpec | undefined {
    return this.records.get(uuid)?.spec;
  }

  /** Runs `fn` with a QMP session and the format node of a volume open in the running guest. */
  private async withVolumeNode<T>(uuid: string, volumeId: string, fn: (q: QmpClient, node: string) => Promise<T>): Promise<T> {
    const node = await this.volumeNode(uuid, volumeId);
    if (node === undefined || (await this.livePid(uuid)) === undefined) throw new ConflictError(`volume ${volumeId} is not open in a running instance ${uuid}`);
    return withQmp(this.file(uuid, 'qmp'), (q) => fn(q, node));
  }

  /** The block node of a volume in the running guest: `root` for its boot volume, else its hot-plug slot's. */
  private async volumeNode(uuid: string, volumeId: string): Promise<string | undefined> {
    const rec = this.get(uuid);
    if (rec.spec.rootVolumeId === volumeId) return (await this.livePid(uuid)) === undefined ? undefined : 'root';
    const port = rec.ports[volumeId];
    return port === undefined ? undefined : this.liveNames(rec, volumeId, port).node;
  }

  // consoles, usage
  async openSerialConsole(uuid: string): Promise<Duplex> {
    return this.openConsoleSocket(uuid, 'serial');
  }

  async openVncConsole(uuid: string): Promise<Duplex> {
    return this.openConsoleSocket(uuid, 'vnc');
  }

  /** Connects one of a running guest's console sockets (serial port, VNC server). */
  private async openConsoleSocket(uuid: string, which: 'serial' | 'vnc'): Promise<Duplex> {
    this.get(uuid);
    if ((await this.livePid(uuid)) === undefined) throw new ConflictError(`instance ${uuid} is not running`);
    return new Promise((resolve, reject) => {
      const sock = createConnection(this.file(uuid, which));
      sock.once('connect', () => {
        sock.removeAllListeners('error');
        resolve(sock);
      });
      sock.once('error', (e: NodeJS.ErrnoException) => {
        // Guests started by an older agent have no such socket until they are restarted.
        reject(e.code === 'ENOENT' ? new ConflictError(`instance ${uuid} has no ${which} console socket (started by an older agent: stop and start it)`) : e);
      });
    });
  }

  async consoleOutput(uuid: string, length?: number): Promise<string> {
    this.get(uuid);
    let text = '';
    try {
      // Bounded read: the console file only grows.
      const fh = await open(this.file(uuid, 'console'), 'r');
      try {
        const { size } = await fh.stat();
        const max = 1024 * 1024;
        const start = Math.max(0, size - max);
        const buf = Buffer.alloc(size - start);
        await fh.read(buf, 0, buf.length, start);
        text = buf.toString('utf8');
      } finally {
        await fh.close();
      }
    } catch {
      return '';
    }
    text = text.replace(/\r/g, '');
    if (length === undefined) return text;
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-length).join('\n');
  }

  /**
   * The guest's power state. While an operation holds the guest (QMP serves one client at a
   * time: a second one would wait for the greeting and time out as NOSTATE) the last known
   * state is answered instead.
   */
  async powerState(uuid: string): Promise<PowerStateCode> {
    this.get(uuid);
    const last = this.lastState.get(uuid);
    if (last !== undefined && this.locks.held(uuid)) return last;
    const ps = await this.queryPowerState(uuid);
    // The QMP query lost the race against an operation that took the guest meanwhile.
    if (ps === PowerState.NOSTATE && last !== undefined && this.locks.held(uuid)) return last;
    if (ps !== PowerState.NOSTATE) this.lastState.set(uuid, ps);
    return ps;
  }

  /** Asks qemu (pidfile, then QMP query-status); NOSTATE when QMP does not answer. */
  private async queryPowerState(uuid: string): Promise<PowerStateCode> {
    if ((await this.livePid(uuid)) === undefined) return this.get(uuid).running ? PowerState.CRASHED : PowerState.SHUTDOWN;
    try {
      const st = await withQmp(this.file(uuid, 'qmp'), (q) => q.execute<{ status: string }>('query-status'));
      switch (st.status) {
        case 'running':
          return PowerState.RUNNING;
        case 'paused':
        case 'prelaunch':
        case 'inmigrate':
          return PowerState.PAUSED;
        case 'shutdown':
          return PowerState.SHUTDOWN;
        case 'internal-error':
        case 'guest-panicked':
        case 'io-error':
          return PowerState.CRASHED;
        default:
          return PowerState.NOSTATE;
      }
    } catch {
      return PowerState.NOSTATE;
    }
  }

  attachments(): Map<string, string> {
    return specAttachments([...this.records.values()].map((r) => r.spec));
  }

  filesInUse(): Set<string> {
    const files = specFiles([...this.records.values()].map((r) => r.spec));
    for (const r of this.records.values()) for (const f of [r.rescue?.root.path, r.rescue?.kernel, r.rescue?.initrd]) if (f) files.add(f);
    return files;
  }

  async close(): Promise<void> {
    // QMP sessions are per operation; nothing stays open. Guests keep running.
  }

  /** Pid of the guest's qemu when it is alive and really ours (pid reuse guard). */
  livePid(uuid: string): Promise<number | undefined> {
    return livePidFromFile(this.file(uuid, 'pid'), uuid);
  }

  private get(uuid: string): GuestRecord {
    const r = this.records.get(uuid);
    if (!r) throw new NotFoundError(`instance ${uuid} not found on this host`);
    return r;
  }

  // volumes across hosts
  /** The directory of a volume export's TLS-PSK key (QEMU's tls-creds-psk `dir`: `keys.psk`). */
  private nbdKeyDir(uuid: string, volumeId: string): string {
    return join(this.dir(uuid), `nbd-${qmpSafe(volumeId)}`);
  }

  /** Writes the key of a volume export (its name is the pre-shared key), readable by root only. */
  private async writeNbdKey(uuid: string, v: VolumeAttachment): Promise<void> {
    const dir = this.nbdKeyDir(uuid, v.volumeId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(join(dir, 'keys.psk'), `${NBD_PSK_USER}:${v.nbd!.name}\n`, { mode: 0o600 });
  }

  private async save(uuid: string, rec: GuestRecord): Promise<void> {
    const p = this.file(uuid, 'record');
    await writeFile(`${p}.tmp`, JSON.stringify(rec, null, 2));
    await rename(`${p}.tmp`, p);
  }

  private async cleanRuntime(uuid: string): Promise<void> {
    await rm(this.file(uuid, 'qmp'), { force: true });
    await rm(this.file(uuid, 'pid'), { force: true });
    await rm(this.file(uuid, 'serial'), { force: true });
    await rm(this.file(uuid, 'vnc'), { force: true });
  }

  /**
   * Builds the command line; volumes in the spec get the first root ports. A restore (`layout`)
   * puts every volume and NIC back on the root port it had when the guest was saved: the saved
   * device state must find the same devices at the same addresses.
   */
  private args(uuid: string, rec: GuestRecord, layout = false): string[] {
    const { spec } = rec;
    const tb = this.opts.tcgTbSizeMb ?? 16;
    const accel = this.accel === 'kvm' ? ['-accel', 'kvm'] : ['-accel', tb > 0 ? `tcg,tb-size=${tb}` : 'tcg'];
    const a = [
      '-name', `guest=${spec.uuid},debug-threads=off`,
      '-uuid', spec.uuid,
      '-machine', 'q35',
      ...accel,
      '-m', String(Math.max(80, spec.memoryMb)),
      '-smp', String(Math.max(1, spec.vcpus)),
      '-nodefaults', '-no-user-config', '-display', 'none',
      '-rtc', 'base=utc',
      // consoles, usage: the serial port is a socket for interactive consoles (one client at a
      // time; unconnected, output is dropped) and QEMU logs everything it carries to console.log.
      '-chardev', `socket,id=ser0,path=${this.file(uuid, 'serial')},server=on,wait=off,logfile=${this.file(uuid, 'console')},logappend=on`,
      '-serial', 'chardev:ser0',
      // noVNC consoles: a VGA display served by QEMU's VNC server on a unix socket in the
      // instance directory only (never a network address); the agent relays it to the proxy.
      '-vnc', `unix:${this.file(uuid, 'vnc')}`,
      '-device', 'VGA,bus=pcie.0',
      '-qmp', `unix:${this.file(uuid, 'qmp')},server=on,wait=off`,
      '-pidfile', this.file(uuid, 'pid'),
      // A guest poweroff leaves qemu in 'shutdown' (supervise() ends it), so a vanished
      // process can only mean a crash.
      '-no-shutdown',
      '-daemonize',
    ];
    // A rescue boots its own disk (and kernel); the guest's root disk comes second.
    const boot = rec.rescue ?? spec;
    // A boot volume of another host: its volume export, with its TLS-PSK client credentials (start() wrote the key).
    const rootExport = rootVolumeExport(spec);
    if (rootExport) a.push('-object', `tls-creds-psk,id=${tlsId(rootExport.volumeId)},endpoint=client,dir=${this.nbdKeyDir(uuid, rootExport.volumeId)},username=${NBD_PSK_USER}`);
    a.push('-blockdev', JSON.stringify(blockdevArgs('root', boot === spec && rootExport ? rootExport : boot.root)));
    // -kernel brings its own boot ROM at bootindex 0.
    a.push('-device', `virtio-blk-pci,drive=root,bus=pcie.0${boot.kernel ? '' : ',bootindex=0'}`);
    if (rec.rescue) {
      a.push('-blockdev', JSON.stringify(blockdevArgs('own', rootExport ?? spec.root)));
      a.push('-device', 'virtio-blk-pci,drive=own,bus=pcie.0');
    }
    if (spec.configDrive) {
      a.push('-blockdev', JSON.stringify(blockdevArgs('cfg', { path: spec.configDrive, format: 'raw', readOnly: true })));
      a.push('-device', 'virtio-blk-pci,drive=cfg,bus=pcie.0');
    }
    if (boot.kernel) {
      a.push('-kernel', boot.kernel);
      if (boot.initrd) a.push('-initrd', boot.initrd);
      a.push('-append', boot.cmdline ?? 'console=ttyS0 no_timer_check');
    }
    // Entropy for the guest from the start: without it an SSH server's first host key waits
    // for the guest kernel's RNG (1-20 s under TCG).
    a.push('-object', 'rng-random,id=rng0,filename=/dev/urandom', '-device', 'virtio-rng-pci,rng=rng0,bus=pcie.0');
    rec.hotplugPorts = Math.max(rec.hotplugPorts, spec.volumes.length + 1);
    for (let i = 0; i < rec.hotplugPorts; i++) a.push('-device', `pcie-root-port,id=hp${i},bus=pcie.0,chassis=${i + 1}`);
    // Each NIC on a root port of its own (q35's root bus has no hot-plug), and free ones for
    // interfaces attached later: any NIC can be detached while the guest runs.
    const saved = layout ? { ports: { ...rec.ports }, nicSlots: { ...rec.nicSlots } } : undefined;
    if (!saved || rec.nicPorts === undefined) rec.nicPorts = spec.nics.length + (this.opts.hotplugNics ?? 2);
    rec.nicSlots = {};
    for (let i = 0; i < rec.nicPorts; i++) a.push('-device', `pcie-root-port,id=np${i},bus=pcie.0,chassis=${rec.hotplugPorts + i + 1}`);
    spec.nics.forEach((n, i) => {
      if (n.mode === 'none') return;
      // A tap exists in the host's dataplane namespace, where start() runs this qemu.
      const netdev = netdevId(n.portId);
      a.push('-netdev', n.mode === 'tap' ? `tap,id=${netdev},ifname=${n.ifname},script=no,downscript=no` : `user,id=${netdev}`);
      const slot = saved?.nicSlots[n.portId] ?? i;
      a.push('-device', `virtio-net-pci,id=${nicDevId(n.portId)},netdev=${netdev},mac=${n.mac},romfile=,bus=np${slot}`);
      rec.nicSlots![n.portId] = slot;
    });
    rec.ports = {};
    rec.swapped = {};
    spec.volumes.forEach((v, i) => {
      const port = saved?.ports[v.volumeId] ?? i;
      // A volume export: its TLS-PSK client credentials (start() wrote the key).
      if (v.nbd) a.push('-object', `tls-creds-psk,id=${tlsId(v.volumeId)},endpoint=client,dir=${this.nbdKeyDir(uuid, v.volumeId)},username=${NBD_PSK_USER}`);
      a.push('-blockdev', JSON.stringify(blockdevArgs(`vd${port}`, v)));
      a.push('-device', `virtio-blk-pci,id=${devId(v.volumeId)},drive=vd${port},bus=hp${port}`);
      rec.ports[v.volumeId] = port;
    });
    return a;
  }

  /**
   * Starts the guest's qemu: a fresh boot, which discards a suspended guest's saved state (a
   * hard reboot of a suspended server boots afresh, as Nova's), or with `incoming` the restore
   * of that state.
   */
  private async start(uuid: string, rec: GuestRecord, incoming?: string): Promise<void> {
    await this.cleanRuntime(uuid);
    await trimConsole(this.file(uuid, 'console'));
    if (!incoming && rec.suspended) {
      rec.suspended = false;
      await rm(this.file(uuid, 'state'), { force: true });
    }
    for (const v of rec.spec.volumes) if (v.nbd) await this.writeNbdKey(uuid, v);
    const rootExport = rootVolumeExport(rec.spec);
    if (rootExport) await this.writeNbdKey(uuid, rootExport);
    const args = this.args(uuid, rec, incoming !== undefined);
    if (incoming) args.push('-incoming', incoming);
    await this.save(uuid, rec);
    this.log.info('starting qemu', { instance: uuid, accel: this.accel });
    try {
      // Taps exist in the host namespace, and volume exports are reached from there only.
      const netns = rec.spec.nics.find((n) => n.mode === 'tap')?.netns ?? rec.spec.root.nbd?.netns ?? rec.spec.volumes.find((v) => v.nbd)?.nbd?.netns;
      rec.netns = netns ?? null;
      await this.save(uuid, rec);
      const [cmd, argv] = netns ? inNamespace(netns, this.qemu, args) : [this.qemu, args];
      await run(cmd, argv, { timeoutMs: 60_000 });
    } catch (e) {
      await this.hardStop(uuid);
      await this.cleanRuntime(uuid);
      throw new AgentError(`qemu failed to start: ${(e as Error).message}`, 500, { cause: e });
    }
    if ((await this.livePid(uuid)) === undefined) throw new AgentError(`qemu for ${uuid} exited right after start`);
    rec.running = true;
    await this.save(uuid, rec);
    this.lastState.set(uuid, PowerState.RUNNING);
  }

  /** ACPI power button, then quit, then SIGKILL; leaves no pidfile or socket. */
  private async stop(uuid: string, timeoutMs: number): Promise<void> {
    const rec = this.get(uuid);
    const pid = await this.livePid(uuid);
    if (pid !== undefined && timeoutMs > 0) {
      let clean = false;
      try {
        clean = await withQmp(this.file(uuid, 'qmp'), async (q) => {
          if ((await q.execute<{ status: string }>('query-status')).status === 'shutdown') return true;
          // -no-shutdown: the guest's poweroff shows as a SHUTDOWN event, qemu stays. The
          // button is pressed again every few seconds (a guest still booting misses it).
          const end = Date.now() + timeoutMs;
          while (Date.now() < end) {
            await q.execute('system_powerdown');
            const ok = await q.waitEvent((e) => e.event === 'SHUTDOWN', Math.min(5000, end - Date.now())).then(
              () => true,
              () => false,
            );
            if (ok) return true;
          }
          return false;
        });
      } catch (e) {
        this.log.warn('system_powerdown failed', { instance: uuid, error: e });
      }
      if (!clean) this.log.warn('guest ignored ACPI powerdown, stopping hard', { instance: uuid, timeoutMs });
    }
    await this.hardStop(uuid);
    rec.running = false;
    rec.ports = {};
    await this.cleanRuntime(uuid);
    await this.save(uuid, rec);
    this.lastState.set(uuid, PowerState.SHUTDOWN);
  }

  private async hardStop(uuid: string): Promise<void> {
    const pid = await this.livePid(uuid);
    if (pid === undefined) return;
    try {
      await withQmp(this.file(uuid, 'qmp'), (q) => q.execute('quit', undefined, 2000));
    } catch {
      /* fall through to signals */
    }
    if (await waitFor(() => !pidAlive(pid), 3000, 50)) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    if (!(await waitFor(() => !pidAlive(pid), 5000, 50))) throw new AgentError(`qemu pid ${pid} did not die`);
  }
}

/** Keeps the serial log bounded across boots: beyond 8 MiB only the last 1 MiB is kept. */
async function trimConsole(path: string): Promise<void> {
  const s = await stat(path).catch(() => undefined);
  if (!s || s.size <= 8 * 1024 * 1024) return;
  const fh = await open(path, 'r');
  const tail = Buffer.alloc(1024 * 1024);
  try {
    await fh.read(tail, 0, tail.length, s.size - tail.length);
  } finally {
    await fh.close();
  }
  await writeFile(path, tail);
}

/** A path as one single-quoted /bin/sh word (for QMP `exec:` migration URIs). */
function shellQuote(path: string): string {
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Polls query-migrate until the outgoing migration completes; throws when it fails or times out. */
async function waitMigration(q: QmpClient, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const m = await q.execute<{ status?: string; 'error-desc'?: string }>('query-migrate');
    if (m.status === 'completed') return;
    if (m.status === 'failed' || m.status === 'cancelled') throw new Error(`migration ${m.status}${m['error-desc'] ? `: ${m['error-desc']}` : ''}`);
    if (Date.now() > end) throw new Error(`migration not complete within ${timeoutMs} ms (${m.status ?? 'no status'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** "7.2.22" -> 7002022 (Nova's hypervisor_version encoding). */
export function novaVersion(v: string): number {
  const [a = 0, b = 0, c = 0] = v.split(/[^0-9]+/).filter(Boolean).map(Number);
  return a * 1_000_000 + b * 1000 + c;
}

/** A guest's boot volume when it is opened from a volume export of another host (a moved server's), as a volume attachment. */
function rootVolumeExport(spec: GuestSpec): VolumeAttachment | undefined {
  return spec.rootVolumeId && spec.root.nbd ? { ...spec.root, volumeId: spec.rootVolumeId } : undefined;
}

/** QMP blockdev-add arguments for a disk (format node over a file node; format always explicit). */
function blockdevArgs(nodeName: string, d: { path: string; format: 'qcow2' | 'raw'; readOnly?: boolean; nbd?: VolumeAttachment['nbd']; volumeId?: string }): Record<string, unknown> {
  const ro = d.readOnly ?? false;
  if (d.nbd) {
    // A volume export (raw guest data) over TLS-PSK; a lost connection is retried for up to
    // 60 s before requests fail, so the volume's host may restart its qemu-nbd meanwhile.
    const file = { driver: 'nbd', 'node-name': `${nodeName}f`, server: { type: 'inet', host: d.nbd.host, port: String(d.nbd.port) }, export: d.nbd.name, 'tls-creds': tlsId(d.volumeId ?? ''), 'reconnect-delay': 60, 'read-only': ro };
    // raw: qemu-nbd serves the guest data; qcow2: the volume's file as it is (a live migration's export).
    return { driver: d.format, 'node-name': nodeName, 'read-only': ro, file };
  }
  return {
    driver: d.format,
    'node-name': nodeName,
    'read-only': ro,
    file: { driver: 'file', filename: d.path, 'node-name': `${nodeName}f`, 'read-only': ro },
  };
}

/** Names of the internal snapshots of a block node. */
async function internalSnapshots(q: QmpClient, node: string): Promise<string[]> {
  const nodes = await q.execute<{ 'node-name': string; image?: { snapshots?: { name: string }[] } }[]>('query-named-block-nodes', { flat: true });
  const n = nodes.find((x) => x['node-name'] === node);
  if (!n) throw new NotFoundError(`block node ${node} not found`);
  return (n.image?.snapshots ?? []).map((s) => s.name);
}

/** QMP-safe form of an id (letters, digits, `_.-`). */
const qmpSafe = (id: string): string => id.replace(/[^A-Za-z0-9_.-]/g, '');

/** Netdev id of a port's NIC backend. */
function netdevId(portId: string): string {
  return `net-${qmpSafe(portId)}`;
}

/** Device id of a port's virtio-net device. */
function nicDevId(portId: string): string {
  return `nic-${qmpSafe(portId)}`;
}

/** Device id of a volume's virtio-blk device. */
/** The PSK identity of volume exports (volume-export.ts uses the same). */
const NBD_PSK_USER = 'oscloud';

/** The tls-creds-psk object of a volume export's client. */
function tlsId(volumeId: string): string {
  return `tls-${qmpSafe(volumeId)}`;
}

function devId(volumeId: string): string {
  return `vol-${volumeId.replace(/[^A-Za-z0-9_.-]/g, '')}`;
}

/**
 * QMP blockdev-mirror of `source` onto `target` (sync full) as job `job`, then job-complete once
 * the copy is in step: the device reading `source` reads `target` from then on. A failed or
 * timed-out copy is cancelled (the guest keeps `source`) and throws.
 */
async function mirrorAndPivot(q: QmpClient, job: string, source: string, target: string, timeoutMs: number): Promise<void> {
  type Job = { id: string; status: string; error?: string };
  const state = async (): Promise<Job | undefined> => (await q.execute<Job[]>('query-jobs')).find((j) => j.id === job);
  const until = async (ok: (j: Job | undefined) => boolean, what: string): Promise<Job | undefined> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const j = await state();
      if (ok(j)) return j;
      if (j?.status === 'concluded' || j?.status === 'null' || !j) throw new AgentError(`swap volume: block job ${job} ended before ${what}${j?.error ? `: ${j.error}` : ''}`);
      if (Date.now() > end) throw new AgentError(`swap volume: block job ${job} not ${what} in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  await q.execute('blockdev-mirror', { 'job-id': job, device: source, target, sync: 'full', 'auto-dismiss': false });
  try {
    await until((j) => j?.status === 'ready', 'ready');
    await q.execute('job-complete', { id: job });
    const done = await until((j) => j?.status === 'concluded', 'concluded').catch((e: Error) => e);
    if (done instanceof Error) throw done;
    if (done?.error) throw new AgentError(`swap volume: block job ${job} failed: ${done.error}`);
  } catch (e) {
    await q.execute('job-cancel', { id: job, force: true }).catch(() => {});
    throw e;
  } finally {
    await q.execute('job-dismiss', { id: job }).catch(() => {});
  }
}

/** device_del of `id` and the wait for the guest to release it; already gone (a retry after a partial detach) is fine. */
async function unplugDevice(q: QmpClient, id: string, timeoutMs: number): Promise<void> {
  try {
    await q.execute('device_del', { id });
  } catch (e) {
    if (!/not found/i.test(String(e))) throw e;
  }
  await waitDeviceGone(q, id, timeoutMs);
}

/** Waits for DEVICE_DELETED of `id`, polling qom-list as a fallback for missed events. */
async function waitDeviceGone(q: QmpClient, id: string, timeoutMs: number): Promise<void> {
  const ev = q.waitEvent((e) => e.event === 'DEVICE_DELETED' && e.data?.device === id, timeoutMs).then(
    () => true,
    () => false,
  );
  const end = Date.now() + timeoutMs;
  for (;;) {
    const done = await Promise.race([ev, new Promise<boolean | undefined>((r) => setTimeout(() => r(undefined), 1000))]);
    if (done === true) return;
    const peri = await q.execute<{ name: string }[]>('qom-list', { path: '/machine/peripheral' }).catch(() => undefined);
    if (peri && !peri.some((p) => p.name === id)) return;
    if (done === false || Date.now() > end) throw new ConflictError(`guest did not release device ${id} within ${timeoutMs} ms`);
  }
}
