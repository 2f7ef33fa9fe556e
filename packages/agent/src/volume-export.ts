/**
 * Volume exports: a volume of this host's pool attached to a guest on another host. The
 * volume's host serves it with one `qemu-nbd` per export (the volume's format opened here, raw
 * guest data on the wire), bound to this host's underlay address inside its host namespace,
 * under an export name the controller drew at random for that one attachment (128 bits, never
 * logged), which is also the TLS pre-shared key; the guest's host opens it with QEMU's `nbd`
 * block driver (TLS-PSK) from its own namespace. So nothing listens in the root namespace or on
 * a tenant network, and a peer on the underlay without the key gets past no TLS handshake.
 * Each export is recorded (`<stateDir>/volume-exports/<name>.json`): an agent restart finds
 * its qemu-nbd still running (it is its own daemon) or starts it again on the same port, so
 * the guest's NBD client reconnects to the same address. Unexport stops qemu-nbd and waits for
 * it to exit (it holds the volume's write lock) before the files go.
 * @see ../../../docs/networking.md ("Volumes across hosts")
 */
import { mkdir, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidError } from './errors.js';
import { inNamespace } from './network/netcmd.js';
import type { DiskRef } from './storage/driver.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { run } from './util.js';

/** Where a guest's host reads an exported volume (schemas/agent.yaml `VolumeExport`). */
export interface VolumeExport {
  /** `nbd://<underlay ip>:<port>/<name>`. */
  uri: string;
  host: string;
  port: number;
  name: string;
  /** What the guest's QEMU opens over it: raw (absent: the guest data) or the volume file's own format. */
  format?: 'qcow2' | 'raw';
}

/** What the volume's host keeps of one export. */
interface ExportRecord extends VolumeExport {
  volumeId: string;
  path: string;
  format: 'qcow2' | 'raw';
  netns: string;
  /**
   * A live migration's export of a volume a guest of this host has open: the file as it is,
   * without its lock (the running guest holds it until the switchover); the destination's QEMU
   * opens the format, so that only one process caches the image's metadata at a time.
   */
  wholeFile?: boolean;
}

/** The ports of volume exports in a host namespace (cold migration's qemu-nbd uses 10809-10840, live migration's export 10980-11011). */
export const VOLUME_EXPORT_PORTS = Array.from({ length: 128 }, (_, i) => 10850 + i);

/** The TLS-PSK identity (the guest's QEMU uses the same, virt/qemu.ts). */
const PSK_USER = 'oscloud';

/** An export name: 32-64 lowercase hex digits (the controller draws 128 random bits). */
const NAME = /^[0-9a-f]{32,64}$/;

/** Refuses an export name that is not a long random hex string (it is the export's only secret). */
export function assertExportName(name: string): void {
  if (!NAME.test(name)) throw new InvalidError('volume export name must be 32-64 hex digits');
}

/** Parses `nbd://host:port/name` (the form VolumeExports.start returns). */
export function parseExportUri(uri: string): VolumeExport {
  const m = /^nbd:\/\/(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})\/([0-9a-f]{32,64})$/.exec(uri);
  if (!m) throw new InvalidError('volume export uri is not nbd://<ipv4>:<port>/<name>');
  return { uri, host: m[1]!, port: Number(m[2]), name: m[3]! };
}

type Exec = (cmd: string, args: readonly string[]) => Promise<string>;

/**
 * The pid in `pidFile` while that process is a running qemu-nbd (ours: the pid file is ours, and
 * the process must still be qemu-nbd); `/proc/<pid>/stat` is "pid (comm) state ...", and a
 * zombie (Z) has ended already. Cold migration's exports use it too (migration.ts).
 */
export async function qemuNbdPid(pidFile: string): Promise<number | undefined> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 1) return undefined;
  const m = /^\d+ \((.*)\) (\S)/.exec(await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''));
  return m?.[1] === 'qemu-nbd' && m[2] !== 'Z' && m[2] !== 'X' ? pid : undefined;
}

/** The volume exports of one host. */
export class VolumeExports {
  private readonly dir: string;
  private readonly exec: Exec;

  constructor(private readonly o: { stateDir: string; qemuNbd?: string; exec?: Exec }) {
    this.dir = join(o.stateDir, 'volume-exports');
    this.exec = o.exec ?? ((c, a) => run(c, a, { timeoutMs: 30_000 }));
  }

  private file(name: string, ext: 'json' | 'pid' | 'psk'): string {
    return join(this.dir, `${name}.${ext}`);
  }

  /** The recorded exports. */
  async list(): Promise<ExportRecord[]> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
    const out: ExportRecord[] = [];
    for (const f of names) {
      const rec = JSON.parse(await readFile(join(this.dir, f), 'utf8').catch(() => 'null')) as ExportRecord | null;
      if (rec && NAME.test(rec.name)) out.push(rec);
    }
    return out;
  }

  /** The pid of the export's qemu-nbd while it runs. */
  private livePid(name: string): Promise<number | undefined> {
    return qemuNbdPid(this.file(name, 'pid'));
  }

  private async spawn(rec: ExportRecord): Promise<void> {
    // TLS with the export's name as pre-shared key: without it no client gets past the
    // handshake, not even to list the exports (NBD_OPT_LIST would show the name).
    const psk = this.file(rec.name, 'psk');
    await mkdir(psk, { recursive: true, mode: 0o700 });
    await writeFile(join(psk, 'keys.psk'), `${PSK_USER}:${rec.name}\n`, { mode: 0o600 });
    const args = [
      '--object', `tls-creds-psk,id=tls0,endpoint=server,dir=${psk}`, '--tls-creds=tls0',
      '--fork', `--pid-file=${this.file(rec.name, 'pid')}`, '--persistent', '--shared=4', '--cache=none', '--discard=unmap',
      `--export-name=${rec.name}`, `--bind=${rec.host}`, `--port=${rec.port}`,
      ...(rec.wholeFile ? ['--image-opts', `driver=raw,file.driver=file,file.filename=${rec.path.replaceAll(',', ',,')},file.locking=off`] : [`--format=${rec.format}`, rec.path]),
    ];
    try {
      await this.exec(...inNamespace(rec.netns, this.o.qemuNbd ?? 'qemu-nbd', args));
    } catch (e) {
      // qemu-nbd's message names the export: never repeat it.
      throw new InvalidError(`qemu-nbd could not export volume ${rec.volumeId} on port ${rec.port}: ${(e as Error).message.split(rec.name).join('<name>')}`);
    }
  }

  /**
   * Exports volume `volumeId` (`disk`) as `name` on `underlay`; the same name again returns the
   * running export (a redelivered task). One volume has at most one export.
   */
  async start(volumeId: string, name: string, disk: DiskRef, underlay: { ip: string; netns: string }, o: { wholeFile?: boolean } = {}): Promise<VolumeExport> {
    assertExportName(name);
    await mkdir(this.dir, { recursive: true });
    const all = await this.list();
    const same = all.find((r) => r.name === name);
    if (same && (await this.livePid(name))) return view(same);
    const other = all.find((r) => r.volumeId === volumeId && r.name !== name);
    if (other) throw new InvalidError(`volume ${volumeId} is already exported`);
    if (o.wholeFile && disk.format === 'qcow2') await this.roomToGrow(disk.path);
    const taken = new Set(all.map((r) => r.port));
    let last: unknown = new InvalidError('no free volume export port');
    for (const port of VOLUME_EXPORT_PORTS) {
      if (taken.has(port)) continue;
      const rec: ExportRecord = { uri: `nbd://${underlay.ip}:${port}/${name}`, host: underlay.ip, port, name, volumeId, path: disk.path, format: disk.format, netns: underlay.netns, ...(o.wholeFile ? { wholeFile: true } : {}) };
      try {
        await this.spawn(rec);
      } catch (e) {
        last = e; // the port is taken (another export, a migration): the next one
        continue;
      }
      await writeFile(`${this.file(name, 'json')}.tmp`, JSON.stringify(rec));
      await rename(`${this.file(name, 'json')}.tmp`, this.file(name, 'json'));
      return view(rec);
    }
    throw last;
  }

  /**
   * A qcow2 served as a file grows no further over NBD (an export's size is fixed): the
   * destination's QEMU allocates its new clusters in the free space at the file's end, so the
   * file is made long enough first (sparse: twice the virtual size plus 64 MiB, room for a full
   * rewrite of data shared with internal snapshots). Only ever longer.
   */
  private async roomToGrow(path: string): Promise<void> {
    const info = JSON.parse(await this.exec('qemu-img', ['info', '-U', '--output=json', path])) as { 'virtual-size'?: number };
    const virtual = Number(info['virtual-size']);
    if (!Number.isSafeInteger(virtual) || virtual <= 0) throw new InvalidError(`volume file ${path} has no virtual size`);
    const want = Math.ceil((2 * virtual + 64 * 2 ** 20) / 65536) * 65536;
    if ((await stat(path)).size < want) await truncate(path, want);
  }

  /** Ends export `name` and waits for its qemu-nbd to let go of the volume; an absent one is fine. */
  async stop(name: string): Promise<void> {
    assertExportName(name);
    const pid = await this.livePid(name);
    if (pid) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* gone meanwhile */
      }
      for (let i = 0; i < 100 && (await this.livePid(name)); i++) await sleep(50);
      const still = await this.livePid(name);
      if (still) process.kill(still, 'SIGKILL');
    }
    await rm(this.file(name, 'pid'), { force: true });
    await rm(this.file(name, 'psk'), { recursive: true, force: true });
    await rm(this.file(name, 'json'), { force: true });
  }

  /** The export of a volume, if it has one. */
  async ofVolume(volumeId: string): Promise<VolumeExport | undefined> {
    const r = (await this.list()).find((x) => x.volumeId === volumeId);
    return r ? view(r) : undefined;
  }

  /** After an agent restart: every recorded export whose qemu-nbd is gone is served again on its port. */
  async restore(): Promise<void> {
    for (const rec of await this.list()) {
      if (await this.livePid(rec.name)) continue;
      await this.spawn(rec);
    }
  }
}

function view(r: ExportRecord): VolumeExport {
  return { uri: r.uri, host: r.host, port: r.port, name: r.name, format: r.wholeFile ? r.format : 'raw' };
}
