/**
 * Does KVM really work here? Opening /dev/kvm is not enough (HOST-FACTS: a software nested
 * device that crashes real guests), so the probe boots a 512-byte boot sector under
 * `-accel kvm` and waits for the line it prints on the serial port. Optionally a real kernel
 * must also reach its console. The answer is cached in the state dir per QEMU version and
 * host kernel.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../util.js';

/** The probe's verdict. */
export interface KvmProbeResult {
  usable: boolean;
  reason: string;
  qemuVersion: string;
  hostKernel: string;
  probedAt: string;
}

const MARKER = 'OSCLOUD-KVM-PROBE-OK';

/** A boot sector: DS=0, print MARKER on COM1 (0x3f8), halt. */
export function probeBootSector(): Buffer {
  const code = Buffer.from('FC31C08ED8BAF803BE177CAC84C07403EEEBF8FAF4EBFD', 'hex');
  const img = Buffer.alloc(512);
  code.copy(img, 0);
  img.write(`${MARKER}\r\n\0`, code.length, 'latin1');
  img[510] = 0x55;
  img[511] = 0xaa;
  return img;
}

/** Runs qemu until `marker` shows on its stdout (serial) or `timeoutMs`; always kills it. */
function bootsTo(qemu: string, args: string[], marker: RegExp, timeoutMs: number): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(qemu, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let done = false;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve({ ok, output });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const onData = (d: Buffer): void => {
      output += d.toString('latin1');
      if (output.length > 65536) output = output.slice(-65536);
      if (marker.test(output)) finish(true);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', () => finish(false));
    child.on('exit', () => finish(marker.test(output)));
  });
}

/** Probe settings. */
export interface KvmProbeOptions {
  qemu?: string;
  /** Where the result is cached (a JSON file); no caching when unset. */
  cacheFile?: string;
  /** A guest kernel that must also print its first console lines under KVM. */
  kernel?: string;
  timeoutMs?: number;
  devKvm?: string;
}

/** Probes (or reads the cached verdict). */
export async function probeKvm(opts: KvmProbeOptions = {}): Promise<KvmProbeResult> {
  const qemu = opts.qemu ?? 'qemu-system-x86_64';
  let qemuVersion = 'unknown';
  try {
    qemuVersion = (await run(qemu, ['--version'])).split('\n')[0]?.trim() ?? 'unknown';
  } catch {
    /* reported below by the boot test */
  }
  const hostKernel = release();
  if (opts.cacheFile) {
    try {
      const c = JSON.parse(await readFile(opts.cacheFile, 'utf8')) as KvmProbeResult;
      if (c.qemuVersion === qemuVersion && c.hostKernel === hostKernel && typeof c.usable === 'boolean') return c;
    } catch {
      /* no cache */
    }
  }
  const verdict = (usable: boolean, reason: string): KvmProbeResult => ({ usable, reason, qemuVersion, hostKernel, probedAt: new Date().toISOString() });
  let result: KvmProbeResult;
  try {
    await access(opts.devKvm ?? '/dev/kvm', constants.R_OK | constants.W_OK);
    result = await bootTest(qemu, opts, verdict);
  } catch (e) {
    result = verdict(false, `/dev/kvm not accessible: ${(e as Error).message}`);
  }
  if (opts.cacheFile) await writeFile(opts.cacheFile, JSON.stringify(result, null, 2)).catch(() => {});
  return result;
}

async function bootTest(
  qemu: string,
  opts: KvmProbeOptions,
  verdict: (u: boolean, r: string) => KvmProbeResult,
): Promise<KvmProbeResult> {
  const dir = await mkdtemp(join(tmpdir(), 'oscloud-kvm-probe-'));
  try {
    const img = join(dir, 'boot.img');
    await writeFile(img, probeBootSector());
    const common = ['-accel', 'kvm', '-m', '64', '-display', 'none', '-nodefaults', '-no-user-config', '-no-reboot', '-serial', 'stdio', '-monitor', 'none'];
    const timeout = opts.timeoutMs ?? 5000;
    const bs = await bootsTo(qemu, ['-machine', 'pc', ...common, '-drive', `file=${img},format=raw,if=ide,snapshot=on`], new RegExp(MARKER), timeout);
    if (!bs.ok) return verdict(false, `boot sector did not run under KVM: ${bs.output.trim().slice(-300) || 'no output'}`);
    if (opts.kernel) {
      const k = await bootsTo(
        qemu,
        ['-machine', 'q35', ...common, '-kernel', opts.kernel, '-append', 'console=ttyS0 no_timer_check panic=-1'],
        /Kernel panic - not syncing: VFS|Unable to mount root|Run \/init|Freeing unused kernel/,
        timeout * 4,
      );
      if (!k.ok) return verdict(false, `guest kernel did not boot under KVM: ${k.output.trim().slice(-300) || 'no output'}`);
      return verdict(true, 'boot sector and guest kernel ran under KVM');
    }
    return verdict(true, 'boot sector ran under KVM');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
