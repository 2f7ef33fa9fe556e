/**
 * Issue 16's "Done when", end to end: python-openstackclient (Debian python3-openstackclient)
 * against `node scripts/aio.mjs --hosts 3 --driver qemu` (three hosts, each an agent in a network
 * namespace of its own on one underlay, the real tiny guest under TCG). Two servers in an
 * anti-affinity group land on different hosts and ping each other over the tenant network
 * (VXLAN: the hosts' bridges are joined by it only); one, with a volume attached and data
 * written to it, is live-migrated (`server migrate --live-migration --block-migration`) while an
 * SSH session to it stays open: the same session answers after the move, the guest's uptime
 * kept growing (same boot), and reads the volume's data back. Then its new host is killed (the
 * host's agent frozen, SIGSTOP: the all-in-one restarts an agent that exits; its guests'
 * QEMU killed), the host is seen down (`compute service list`), the server is evacuated
 * (`server evacuate`), becomes ACTIVE on another host, answers SSH again and still has its
 * volume's data. The lost host resumed deletes its stale copy. Times of host-down and of
 * evacuation are printed (issue 16's targets: ≤ 10 s, ≤ 60 s; not asserted: they include
 * python-openstackclient's own seconds per call on a loaded machine). Cross-host throughput is
 * bench/vxlan.mjs's.
 *
 * The guests are reached over SSH on their floating IPs from the all-in-one's external namespace
 * (`external_netns` in aio.json), as `oscloud server ssh` and bench/guest-network.mjs do; nothing
 * leaves the machine. Everything (servers, namespaces, processes, the data dir) is removed by
 * `aio.stop()` in afterAll, also when a step fails.
 *
 * Heavy (three hosts, two TCG guests): it runs only with OSCLOUD_MULTIHOST=1, as root, e.g.
 *   OSCLOUD_MULTIHOST=1 npx vitest run test/multihost-osc.test.ts   (in tests/compat)
 * and needs qemu, the guest image (scripts/build-guest-image), ssh, ssh-keygen and nsenter.
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aio, qemuUsable, startAio } from './aio.js';
import { type Json, openstackCli, until } from './osc-cli.js';

const run = promisify(execFile);
const has = (cmd: string): Promise<boolean> =>
  run('sh', ['-c', `command -v ${cmd}`]).then(
    () => true,
    () => false,
  );
const missing = (await Promise.all(['openstack', 'ssh', 'ssh-keygen', 'nsenter'].map(async (c) => ((await has(c)) ? null : c)))).filter((c) => c !== null);
const skipReason =
  process.env.OSCLOUD_MULTIHOST !== '1'
    ? 'set OSCLOUD_MULTIHOST=1 to run it'
    : process.getuid?.() !== 0
      ? 'needs root (host namespaces)'
      : missing.length
        ? `missing ${missing.join(', ')}`
        : !qemuUsable()
          ? 'needs qemu and the guest image (scripts/build-guest-image)'
          : null;


interface AioHost {
  name: string;
  netns: string;
  state_dir: string;
}

let aio: Aio | undefined;
/** The test's own files (the SSH key), made in beforeAll: a skipped run makes none. */
let work = '';
let key = '';
/** Figures measured on this machine, printed at the end. */
const figures: Record<string, number | string> = {};
/** Processes this test started or froze (the SSH session; the lost host's agent). */
type Session = { child: ChildProcessWithoutNullStreams; ask: (cmd: string, timeoutMs?: number) => Promise<string> };
let session: Session | undefined;
let frozenAgent: number | undefined;

/** Runs `openstack --os-cloud <cloud> <args> [-f json]` and parses JSON output. */
const { demo, admin } = openstackCli(() => aio!.clouds);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The all-in-one's aio.json: hosts, their namespaces and state dirs, the external namespace. */
function aioInfo(): { pid: number; external_netns: string | null; hosts: AioHost[] } {
  return JSON.parse(readFileSync(join(aio!.dataDir, 'aio.json'), 'utf8'));
}

const sshOpts = (): string[] => ['-i', key, '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'BatchMode=yes', '-o', 'LogLevel=ERROR', '-o', 'ConnectTimeout=10'];

/** `ssh root@ip cmd` from the external namespace; resolves with stdout. */
async function ssh(ip: string, cmd: string, timeoutMs = 120_000): Promise<string> {
  const ns = aioInfo().external_netns!;
  try {
    const { stdout } = await run('nsenter', [`--net=/run/netns/${ns}`, '--', 'ssh', ...sshOpts(), `root@${ip}`, cmd], { timeout: timeoutMs, maxBuffer: 1024 * 1024 });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`ssh root@${ip} ${JSON.stringify(cmd)} failed: ${e.stderr || e.message}`);
  }
}

/** Waits until `ip` answers a command over SSH (the guest booted and got its key). */
const sshUp = (ip: string, timeoutMs = 240_000): Promise<string> => until(`SSH on ${ip}`, () => ssh(ip, 'echo up', 20_000), (o) => o.trim() === 'up', timeoutMs, 1000);

/** An SSH session holding a shell: lines written to it run there; its output is collected. */
function openSession(ip: string): Session {
  const ns = aioInfo().external_netns!;
  const child = spawn('nsenter', [`--net=/run/netns/${ns}`, '--', 'ssh', ...sshOpts(), '-o', 'ServerAliveInterval=0', `root@${ip}`, 'sh'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  let n = 0;
  const ask = async (cmd: string, timeoutMs = 60_000): Promise<string> => {
    const mark = `end-of-answer-${++n}`;
    const from = out.length;
    child.stdin.write(`${cmd}; echo ${mark}\n`);
    const end = Date.now() + timeoutMs;
    while (!out.slice(from).includes(`${mark}\n`)) {
      if (child.exitCode !== null) throw new Error(`the SSH session ended (${child.exitCode}): ${out.slice(-500)}`);
      if (Date.now() > end) throw new Error(`the SSH session did not answer ${JSON.stringify(cmd)} in ${timeoutMs / 1000} s: ${out.slice(from).slice(-500)}`);
      await sleep(100);
    }
    return out.slice(from, out.indexOf(`${mark}\n`, from));
  };
  return { child, ask };
}

/** The host a server runs on, as admin sees it (by id: admin does not find another project's server by name). */
const hostOf = async (server: string): Promise<string> => (await admin(['server', 'show', '-c', 'OS-EXT-SRV-ATTR:host', server]))['OS-EXT-SRV-ATTR:host'] as string;

/** The agent process of `host`: a child of this test's all-in-one started with that state dir. */
function agentPid(host: AioHost): number {
  const parent = aioInfo().pid;
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(/^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]);
      if (ppid !== parent) continue;
      const argv = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      const at = argv.indexOf('--state-dir');
      if (argv.some((a) => a.endsWith('oscloud-agent.js')) && at > 0 && argv[at + 1] === host.state_dir) return Number(p);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error(`no agent process of ${host.name} (state dir ${host.state_dir}) under the all-in-one ${parent}`);
}

/** The QEMU processes of `host`'s guests (their pid files in the host's state dir). */
function guestPids(host: AioHost): number[] {
  const dir = join(host.state_dir, 'instances');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((id) => join(dir, id, 'qemu.pid'))
    .filter((f) => existsSync(f))
    .map((f) => Number(readFileSync(f, 'utf8').trim()))
    .filter((pid) => pid > 0 && existsSync(`/proc/${pid}`));
}

describe.skipIf(skipReason !== null)(`two servers across three hosts through python-openstackclient (OSCLOUD_MULTIHOST=1)${skipReason ? `: skipped, ${skipReason}` : ''}`, () => {
  let hosts: AioHost[];
  /** The server moved (it has the volume) and the other one of the group. */
  const moved = { name: 'mh-a', fip: '', fixed: '', id: '' };
  const other = { name: 'mh-b', fip: '', fixed: '', id: '' };
  /** Written to the volume before the move and read after it and after the evacuation. */
  const token = `oscloud-multihost-${process.pid}-${Date.now()}`;
  let volumeHost = '';
  /**
   * Prints the first bytes of every disk but the root, read from the disks themselves (the guest's
   * page cache dropped first): the volume's name in the guest may differ after a move (the config
   * drive is a disk too).
   */
  const readBack = `sync; echo 3 > /proc/sys/vm/drop_caches; for d in /dev/vd[b-z]; do head -c ${token.length} $d; echo; done`;
  const hasToken = (out: string): boolean => out.split('\n').includes(token);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'oscloud-multihost-'));
    key = join(work, 'key');
    aio = await startAio({ driver: 'qemu', hosts: 3 });
    hosts = aioInfo().hosts;
    expect(hosts).toHaveLength(3);
    expect(aioInfo().external_netns).toBeTruthy();
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'multihost', '-f', key]);
    await demo(['keypair', 'create', '--public-key', `${key}.pub`, 'mh-key']);
  }, 300_000);

  afterAll(async () => {
    session?.child.kill('SIGKILL');
    // The frozen agent must run again to see the SIGTERM of the all-in-one's stop.
    if (frozenAgent !== undefined) {
      try {
        process.kill(frozenAgent, 'SIGCONT');
      } catch {
        // gone
      }
    }
    const netnsPrefix = aio ? (JSON.parse(readFileSync(join(aio.dataDir, 'aio.json'), 'utf8')) as { netns: string }).netns : undefined;
    await aio?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
    // eslint-disable-next-line no-console -- test report: figures measured on this machine
    console.log(`multihost figures: ${JSON.stringify(figures)}`);
    if (netnsPrefix) {
      const { stdout } = await run('ip', ['netns', 'list']);
      expect(stdout.split('\n').filter((l) => l.startsWith(netnsPrefix))).toEqual([]);
    }
  }, 120_000);

  it('two servers in an anti-affinity group land on different hosts', async () => {
    const group = await demo(['server', 'group', 'create', '--policy', 'anti-affinity', 'mh-group']);
    for (const s of [moved, other]) {
      const t0 = Date.now();
      const server = await demo(['server', 'create', '--image', 'tiny', '--flavor', 'm1.nano', '--network', 'private', '--key-name', 'mh-key', '--hint', `group=${group.id}`, '--wait', s.name]);
      figures[`create_${s.name}_ms`] = Date.now() - t0;
      expect(server.status).toBe('ACTIVE');
      s.id = server.id;
      s.fixed = /private=([\d.]+)/.exec(JSON.stringify(server.addresses))?.[1] ?? String(Object.values(server.addresses as Record<string, string[]>)[0]?.[0] ?? '');
      const fip = await demo(['floating', 'ip', 'create', 'public']);
      s.fip = fip.floating_ip_address;
      await demo(['server', 'add', 'floating', 'ip', s.name, s.fip], false);
    }
    const [ha, hb] = [await hostOf(moved.id), await hostOf(other.id)];
    expect(hosts.map((h) => h.name)).toContain(ha);
    expect(hosts.map((h) => h.name)).toContain(hb);
    expect(ha).not.toBe(hb);
    const shown = await demo(['server', 'group', 'show', 'mh-group']);
    expect(JSON.stringify(shown.members)).toContain(moved.id);
    expect(JSON.stringify(shown.members)).toContain(other.id);
  }, 600_000);

  it('they ping each other over the VXLAN tenant network', async () => {
    const net = await admin(['network', 'show', 'private']);
    expect(net['provider:network_type']).toBe('vxlan');
    expect(moved.fixed).toMatch(/^10\.0\.0\.\d+$/);
    expect(other.fixed).toMatch(/^10\.0\.0\.\d+$/);
    await sshUp(moved.fip);
    await sshUp(other.fip);
    expect(await ssh(moved.fip, `ping -c 3 -W 5 ${other.fixed}`)).toMatch(/3 packets transmitted, 3 (packets )?received/);
    expect(await ssh(other.fip, `ping -c 3 -W 5 ${moved.fixed}`)).toMatch(/3 packets transmitted, 3 (packets )?received/);
  }, 600_000);

  it('a volume is attached to one of them and data written to it', async () => {
    const vol = await demo(['volume', 'create', '--size', '1', 'mh-vol']);
    await until('the volume available', () => demo(['volume', 'show', vol.id]), (v) => v.status === 'available');
    volumeHost = String((await admin(['volume', 'show', '-c', 'os-vol-host-attr:host', vol.id]))['os-vol-host-attr:host'] ?? '').split('@')[0]!;
    figures.volume_host = volumeHost;
    const disks = async (): Promise<string[]> => (await ssh(moved.fip, 'ls /sys/block')).split(/\s+/).filter((d) => /^vd[a-z]+$/.test(d));
    const before = await disks();
    await demo(['server', 'add', 'volume', moved.name, 'mh-vol'], false);
    await until('the volume in-use', () => demo(['volume', 'show', vol.id]), (v) => v.status === 'in-use');
    // The hot-plugged disk is the one the guest did not have before (vdb is the config drive).
    const added = await until('a new disk in the guest', disks, (d) => d.length > before.length, 120_000);
    const dev = added.find((d) => !before.includes(d))!;
    figures.volume_device = dev;
    await ssh(moved.fip, `printf '%s' '${token}' > /dev/${dev} && sync`);
    expect(hasToken(await ssh(moved.fip, readBack))).toBe(true);
  }, 300_000);

  it('server migrate --live-migration: an open SSH session keeps answering, same boot, the volume data read after', async () => {
    const before = await hostOf(moved.id);
    const otherHost = await hostOf(other.id);
    const open = openSession(moved.fip);
    session = open;
    expect((await open.ask('echo session-open')).trim()).toBe('session-open');
    const up0 = Number((await open.ask('cut -d" " -f1 /proc/uptime')).trim());
    const t0 = Date.now();
    await admin(['server', 'migrate', '--live-migration', '--block-migration', '--wait', moved.id], false);
    figures.live_migration_command_ms = Date.now() - t0;
    const after = await until('ACTIVE after the live migration', () => admin(['server', 'show', moved.id]), (s) => s.status === 'ACTIVE' && !s['OS-EXT-STS:task_state']);
    const dest = after['OS-EXT-SRV-ATTR:host'] as string;
    expect(dest).not.toBe(before);
    // Anti-affinity holds through the move: the only host left is the third.
    expect(dest).not.toBe(otherHost);
    const migrations = await admin(['server', 'migration', 'list', '--server', moved.id, '--type', 'live-migration']);
    expect(migrations.some((m: Json) => m.Status === 'completed' && m['Source Node'] !== m['Dest Node'])).toBe(true);
    // The same session (the same TCP connection, the same shell) answers on the new host.
    expect((await open.ask('echo session-still-open', 60_000)).trim()).toBe('session-still-open');
    const up1 = Number((await open.ask('cut -d" " -f1 /proc/uptime')).trim());
    expect(up1).toBeGreaterThan(up0);
    expect(hasToken(await open.ask(readBack))).toBe(true);
    // And the two still reach each other, now across the new pair of hosts.
    expect(await open.ask(`ping -c 3 -W 5 ${other.fixed}`)).toMatch(/3 packets transmitted, 3 (packets )?received/);
    open.child.stdin.end();
    session = undefined;
  }, 900_000);

  it('a host is killed: seen down (timed); its server evacuated, ACTIVE again (timed), answers SSH, the volume data still there', async () => {
    const [movedHost, otherHost] = [await hostOf(moved.id), await hostOf(other.id)];
    // The first host serves the tenant network's DHCP and the router (the floating IPs): the
    // host killed is the moved server's new one, or else the other server's (never the first
    // host, nor the volume's: a volume in a lost host's pool is lost with it).
    const spare = (h: string): boolean => h !== hosts[0]!.name && h !== volumeHost;
    const victim = spare(movedHost) ? moved : spare(otherHost) ? other : undefined;
    if (!victim) throw new Error(`no host to kill: the servers are on ${movedHost} and ${otherHost}, the volume on ${volumeHost}, the network host is ${hosts[0]!.name}`);
    const lost = hosts.find((h) => h.name === (victim === moved ? movedHost : otherHost))!;
    const stays = hosts.find((h) => h.name !== movedHost && h.name !== otherHost)!;

    // Kill the host: its agent frozen (the all-in-one would restart one that exits), its guests killed.
    const pid = agentPid(lost);
    const qemus = guestPids(lost);
    expect(qemus.length).toBeGreaterThan(0);
    process.kill(pid, 'SIGSTOP');
    frozenAgent = pid;
    for (const q of qemus) process.kill(q, 'SIGKILL');
    const killedAt = Date.now();
    await until(
      `${lost.name} down`,
      () => admin(['compute', 'service', 'list', '--service', 'nova-compute']),
      (list: Json[]) => list.some((s) => s.Host === lost.name && s.State === 'down'),
      60_000,
      250,
    );
    figures.host_down_seen_ms = Date.now() - killedAt;

    // python-openstackclient 6.0's `server evacuate` sends the request, then fails on
    // novaclient's return value ('TupleWithMeta' object has no attribute 'id') whatever the
    // cloud: that one error is accepted, the server's state says whether it worked.
    const t0 = Date.now();
    await admin(['server', 'evacuate', victim.id], false).catch((e: Error) => {
      if (!/TupleWithMeta/.test(e.message)) throw e;
    });
    const shown = await until('ACTIVE after the evacuation', () => admin(['server', 'show', victim.id]), (s) => s.status === 'ACTIVE' && !s['OS-EXT-STS:task_state'] && s['OS-EXT-SRV-ATTR:host'] !== lost.name, 180_000, 500);
    figures.evacuate_to_active_ms = Date.now() - t0;
    figures.evacuated_from = lost.name;
    // Anti-affinity: the one host without a member of the group.
    expect(shown['OS-EXT-SRV-ATTR:host']).toBe(stays.name);
    const t1 = Date.now();
    await sshUp(victim.fip);
    figures.evacuate_to_ssh_ms = Date.now() - t1 + (figures.evacuate_to_active_ms as number);
    if (victim === moved) expect(hasToken(await ssh(moved.fip, readBack))).toBe(true);
    expect(await ssh(victim.fip, `ping -c 3 -W 5 ${(victim === moved ? other : moved).fixed}`)).toMatch(/3 packets transmitted, 3 (packets )?received/);

    // The lost host comes back: it deletes its stale copy instead of starting it.
    process.kill(pid, 'SIGCONT');
    frozenAgent = undefined;
    await until('the stale copy deleted on the lost host', async () => existsSync(join(lost.state_dir, 'instances', victim.id)), (present) => !present, 60_000, 1000);
    expect(guestPids(lost)).toEqual([]);
  }, 900_000);
});

