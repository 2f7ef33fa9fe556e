/**
 * Cold migration's disk transport. The source exports the stopped guest's root disk read-only
 * with `qemu-nbd` inside its host namespace, bound to its underlay address, under the migration's
 * uuid as export name; without `--persistent` qemu-nbd ends when the destination's one reader
 * (`qemu-img convert` from `nbd://`, inside the destination's namespace) disconnects. So the disk
 * crosses exactly the underlay the hosts share and nothing listens afterwards. A host without an
 * underlay (one host, the tests' plain agents) gives its file's path (`local`: the hosts share
 * this machine's filesystem); a pool without files (the fake driver's) gives `none`.
 * @see ../../../docs/server-actions.md
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidError } from './errors.js';
import { inNamespace } from './network/netcmd.js';
import type { DiskRef, DiskSource } from './storage/driver.js';
import { run } from './util.js';
import { qemuNbdPid } from './volume-export.js';

/** Where the destination reads the disk (schemas/agent.yaml `DiskExport`). */
export interface DiskExport {
  transport: 'nbd' | 'local' | 'none';
  uri?: string;
  path?: string;
  format?: 'qcow2' | 'raw';
}

/** The NBD ports tried in a host namespace (10809 is NBD's own); one per concurrent export. */
const NBD_PORTS = Array.from({ length: 32 }, (_, i) => 10809 + i);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A migration's id names its export: a uuid, nothing else. */
export function assertMigrationId(id: string): void {
  if (!UUID.test(id)) throw new InvalidError(`migration id ${id} is not a uuid`);
}

/** The exports of one host; their qemu-nbd pid files live in the instances' directories. */
export class DiskExports {
  constructor(private readonly o: { qemuNbd?: string; instanceDir: (uuid: string) => string; exec?: (cmd: string, args: readonly string[]) => Promise<string> }) {}

  private pidFile(uuid: string): string {
    return join(this.o.instanceDir(uuid), 'migration-export.pid');
  }

  /** Exports `disk` for migration `id`: NBD on `underlay` when the host has one, else the file itself. */
  async start(uuid: string, id: string, disk: DiskRef | undefined, underlay?: { ip: string; netns: string }): Promise<DiskExport> {
    assertMigrationId(id);
    if (!disk) return { transport: 'none' };
    if (!underlay) return { transport: 'local', path: disk.path, format: disk.format };
    await this.stop(uuid);
    const exec = this.o.exec ?? ((c: string, a: readonly string[]) => run(c, a, { timeoutMs: 30_000 }));
    let last: unknown;
    for (const port of NBD_PORTS) {
      const args = ['--fork', `--pid-file=${this.pidFile(uuid)}`, '--read-only', `--format=${disk.format}`, `--export-name=${id}`, `--bind=${underlay.ip}`, `--port=${port}`, disk.path];
      try {
        await exec(...inNamespace(underlay.netns, this.o.qemuNbd ?? 'qemu-nbd', args));
        return { transport: 'nbd', uri: `nbd://${underlay.ip}:${port}/${id}` };
      } catch (e) {
        last = e; // the port is taken by another export: the next one
      }
    }
    throw last;
  }

  /** Ends the instance's export if it still runs (the destination never read it, or a revert); none is fine. */
  async stop(uuid: string): Promise<void> {
    const file = this.pidFile(uuid);
    const pid = await qemuNbdPid(file);
    if (pid) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* gone meanwhile */
      }
    }
    await rm(file, { force: true });
  }
}

/** The storage's view of an export. */
export function diskSource(e: DiskExport | undefined): DiskSource {
  if (e?.transport === 'nbd' && e.uri) return { kind: 'nbd', uri: e.uri };
  if (e?.transport === 'local' && e.path) return { kind: 'file', path: e.path, format: e.format ?? 'qcow2' };
  return { kind: 'none' };
}
