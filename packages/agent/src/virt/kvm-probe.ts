/**
 * Does KVM really work here? Opening /dev/kvm is not enough (HOST-FACTS: a software nested
 * device that crashes real guests), and neither is a boot sector: on such a device a 512-byte
 * real-mode program runs fine while a Linux kernel hangs without a line on its console. So the
 * probe boots a boot sector (cheap: rules out a dead device), then a real Linux kernel under
 * `-accel kvm` until it has initialised its drivers and looks for a root file system. The
 * kernel is the one configured (the guest image's), else the host's own in /boot; with
 * neither, KVM is not trusted. The answer is cached in the state dir per QEMU version, host
 * kernel and probe kernel.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../util.js';

/** The probe's verdict. */
export interface KvmProbeResult {
  usable: boolean;
  reason: string;
  qemuVersion: string;
  hostKernel: string;
  /** The kernel booted under KVM, if any was found. */
  probeKernel?: string;
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
  /** A guest kernel that must boot under KVM; default: the host's own kernel in /boot. */
  kernel?: string;
  /** Where host kernels are looked for (tests). */
  bootDir?: string;
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
  const kernel = opts.kernel ?? (await findHostKernel(opts.bootDir ?? '/boot', hostKernel));
  if (opts.cacheFile) {
    try {
      const c = JSON.parse(await readFile(opts.cacheFile, 'utf8')) as KvmProbeResult;
      if (c.qemuVersion === qemuVersion && c.hostKernel === hostKernel && c.probeKernel === kernel && typeof c.usable === 'boolean') return c;
    } catch {
      /* no cache */
    }
  }
  const verdict = (usable: boolean, reason: string): KvmProbeResult => ({ usable, reason, qemuVersion, hostKernel, probeKernel: kernel, probedAt: new Date().toISOString() });
  let result: KvmProbeResult;
  try {
    await access(opts.devKvm ?? '/dev/kvm', constants.R_OK | constants.W_OK);
    result = await bootTest(qemu, kernel, opts.timeoutMs ?? 5000, verdict);
  } catch (e) {
    result = verdict(false, `/dev/kvm not accessible: ${(e as Error).message}`);
  }
  if (opts.cacheFile) await writeFile(opts.cacheFile, JSON.stringify(result, null, 2)).catch(() => {});
  return result;
}

/** The host's running kernel image in `bootDir`, else the newest vmlinuz there, else undefined. */
export async function findHostKernel(bootDir: string, running: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(bootDir);
  } catch {
    return undefined;
  }
  if (names.includes(`vmlinuz-${running}`)) return join(bootDir, `vmlinuz-${running}`);
  const any = names.filter((n) => n.startsWith('vmlinuz-')).sort();
  return any.length ? join(bootDir, any[any.length - 1]!) : undefined;
}

async function bootTest(
  qemu: string,
  kernel: string | undefined,
  timeout: number,
  verdict: (u: boolean, r: string) => KvmProbeResult,
): Promise<KvmProbeResult> {
  const dir = await mkdtemp(join(tmpdir(), 'oscloud-kvm-probe-'));
  try {
    const img = join(dir, 'boot.img');
    await writeFile(img, probeBootSector());
    const common = ['-accel', 'kvm', '-display', 'none', '-nodefaults', '-no-user-config', '-no-reboot', '-serial', 'stdio', '-monitor', 'none'];
    const bs = await bootsTo(qemu, ['-machine', 'pc', ...common, '-m', '64', '-drive', `file=${img},format=raw,if=ide,snapshot=on`], new RegExp(MARKER), timeout);
    if (!bs.ok) return verdict(false, `boot sector did not run under KVM: ${bs.output.trim().slice(-300) || 'no output'}`);
    if (!kernel) return verdict(false, 'a boot sector ran under KVM, but no kernel was found to confirm that a real guest boots (set probe_kernel); using TCG');
    // No initramfs: a kernel that works gets as far as looking for its root file system.
    const k = await bootsTo(
      qemu,
      ['-machine', 'q35', ...common, '-m', '256', '-kernel', kernel, '-append', 'console=ttyS0 no_timer_check panic=-1'],
      /Kernel panic - not syncing: VFS|Unable to mount root|Run \/init|Freeing unused kernel/,
      timeout * 4,
    );
    if (!k.ok) return verdict(false, `kernel ${kernel} did not boot under KVM: ${k.output.trim().slice(-300) || 'no output'}`);
    return verdict(true, `boot sector and kernel ${kernel} ran under KVM`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
