/**
 * The linuxbridge dataplane with real TCG guests, through the whole agent (fake controller ->
 * daemon -> compute manager -> qemu + linuxbridge): each guest's NIC is a tap on its network's
 * bridge, dnsmasq hands out exactly the port's address, guests on one network reach each other,
 * two networks with the same CIDR stay apart, and deleting everything leaves no device or
 * namespace behind. Everything lives in namespaces this test names `osc-t<random>`; nothing
 * touches the machine's root namespace. Needs root, iproute2, dnsmasq, qemu and the tiny guest.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeManager } from '../src/compute.js';
import { IsoConfigDriveBuilder } from '../src/configdrive.js';
import { HttpControllerClient } from '../src/controller-client.js';
import { AgentDaemon } from '../src/daemon.js';
import { LinuxBridgeNetworkDriver, missingTools } from '../src/network/linuxbridge.js';
import { deviceName } from '../src/network/names.js';
import { NetCmd } from '../src/network/netcmd.js';
import type { NetworkInfo } from '../src/protocol.js';
import { FileStorageDriver } from '../src/storage/file.js';
import { run } from '../src/util.js';
import { QemuDriver } from '../src/virt/qemu.js';
import type { FakeController } from './helpers/fake-controller.js';
import { fastBackoff, guestController, spawnPayload, until } from './helpers/fake-host.js';

const GUEST = process.env.OSCLOUD_GUEST_DIR ?? fileURLToPath(new URL('../../../.cache/guest/', import.meta.url));
const present = ['manifest.json', 'tiny.qcow2', 'vmlinux', 'initrd.img'].every((f) => existsSync(join(GUEST, f)));
const isRoot = process.getuid?.() === 0;
const missing = await missingTools();
const canRun = present && isRoot && missing.length === 0;
const required = process.env.OSCLOUD_REQUIRE_QEMU === '1';

describe.runIf(required && !canRun)('network integration is required (OSCLOUD_REQUIRE_QEMU=1)', () => {
  it('has root, the dataplane tools and the guest image', () => {
    expect.fail(`cannot run: root=${isRoot} missing tools=[${missing.join(', ')}] guest image present=${present}`);
  });
});

describe.skipIf(!canRun)('linuxbridge network with real guests (TCG)', () => {
  const HOST_NS = `osc-t${randomBytes(3).toString('hex')}`;
  const cmd = new NetCmd();
  const NET1 = randomUUID();
  const NET2 = randomUUID();
  const [A, B, C, D, E] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [PA, PB, PC, PD, PE, PF, D1, D2, RI, RG] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const SUB1 = randomUUID();
  const SUB2 = randomUUID();
  let ctl: FakeController;
  let stateDir: string;
  let daemon: AgentDaemon;
  let qemu: QemuDriver;
  const timings: Record<string, number> = {};

  // Neutron's default group (ingress from members, egress anywhere) plus ICMP from anywhere, so
  // the DHCP namespace can ping the guests.
  const SG = randomUUID();
  const ICMP_ANY = { id: randomUUID(), direction: 'ingress' as const, ethertype: 'IPv4' as const, protocol: 'icmp', remote_ip_prefix: '0.0.0.0/0' };
  const defaultRules = (): NonNullable<NetworkInfo['security_group_rules']> => [
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv4', remote_group_id: SG },
    { id: randomUUID(), direction: 'ingress', ethertype: 'IPv6', remote_group_id: SG },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv4' },
    { id: randomUUID(), direction: 'egress', ethertype: 'IPv6' },
    ICMP_ANY,
  ];
  const port = (id: string, mac: string, net: string, sub: string, ip: string, dhcp: { id: string; mac: string; ip: string }): NetworkInfo => ({
    port_id: id,
    mac,
    network_id: net,
    mtu: 1500,
    fixed_ips: [{ ip, subnet_id: sub, cidr: '10.0.0.0/24', gateway: '10.0.0.1', enable_dhcp: true, dns_nameservers: ['10.0.0.53'] }],
    dhcp_port: { port_id: dhcp.id, mac: dhcp.mac, fixed_ips: [{ ip: dhcp.ip, subnet_id: sub, cidr: '10.0.0.0/24' }] },
    security_group_rules: defaultRules(),
    remote_group_members: { [SG]: ['10.0.0.5', '10.0.0.6'] },
  });
  const dhcp1 = { id: D1, mac: 'fa:16:3e:00:01:02', ip: '10.0.0.2' };
  // The second network reuses the first one's CIDR and addresses: isolation, not luck.
  const dhcp2 = { id: D2, mac: 'fa:16:3e:00:02:02', ip: '10.0.0.2' };
  const portA = port(PA, 'fa:16:3e:00:01:05', NET1, SUB1, '10.0.0.5', dhcp1);
  const portB = port(PB, 'fa:16:3e:00:01:06', NET1, SUB1, '10.0.0.6', dhcp1);
  const portC = port(PC, 'fa:16:3e:00:02:05', NET2, SUB2, '10.0.0.5', dhcp2);
  const portD = port(PD, 'fa:16:3e:00:01:07', NET1, SUB1, '10.0.0.7', dhcp1);
  const portE = port(PE, 'fa:16:3e:00:01:08', NET1, SUB1, '10.0.0.8', dhcp1);
  // A third network with a CIDR of its own: a guest on two networks needs two subnets.
  const NET3 = randomUUID();
  const SUB3 = randomUUID();
  const portF: NetworkInfo = {
    ...port(PF, 'fa:16:3e:00:03:09', NET3, SUB3, '10.0.3.9', { id: randomUUID(), mac: 'fa:16:3e:00:03:02', ip: '10.0.3.2' }),
    fixed_ips: [{ ip: '10.0.3.9', subnet_id: SUB3, cidr: '10.0.3.0/24', gateway: '10.0.3.1', enable_dhcp: true, dns_nameservers: [] }],
  };
  portF.dhcp_port!.fixed_ips = [{ ip: '10.0.3.2', subnet_id: SUB3, cidr: '10.0.3.0/24' }];

  const consoleOf = (uuid: string): Promise<string> => readFile(join(stateDir, 'instances', uuid, 'console.log'), 'utf8').catch(() => '');
  const waitConsole = async (uuid: string, needle: string, timeoutMs: number): Promise<void> => {
    try {
      await until(async () => (await consoleOf(uuid)).includes(needle), timeoutMs, needle);
    } catch (e) {
      const dhcpLog = (net: string) => readFile(join(stateDir, 'network', 'dhcp', net, 'log'), 'utf8').catch(() => '');
      throw new Error(`${(e as Error).message}; console of ${uuid}:\n${(await consoleOf(uuid)).slice(-2500)}\nDHCP logs:\n${(await dhcpLog(NET1)).slice(-3000)}\n${(await dhcpLog(NET2)).slice(-2000)}`);
    }
  };
  const task = async (type: string, fields: Record<string, unknown>, timeoutMs = 90_000): Promise<Record<string, unknown>> => {
    const t = ctl.enqueue('net-host', { type, ...fields });
    const r = await ctl.waitResult(t.id, timeoutMs);
    if (r.status !== 'succeeded') throw new Error(`${type} failed: ${JSON.stringify(r.fault)}`);
    return r.result ?? {};
  };
  const spawn = (uuid: string, nic: NetworkInfo, userData?: string): Promise<Record<string, unknown>> => {
    const payload = spawnPayload(uuid, {
      image: { id: 'tiny', disk_format: 'qcow2', properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } },
      network_info: [nic],
    });
    if (userData) (payload.instance as Record<string, unknown>).user_data = Buffer.from(userData).toString('base64');
    return task('spawn', { instance_id: uuid, payload });
  };
  /** Pings `ip` from a network's DHCP namespace; returns the MAC that answered (its neighbour entry). */
  const pingFromDhcp = async (net: string, ip: string): Promise<string | undefined> => {
    const ns = `${HOST_NS}-d${net.replace(/-/g, '').slice(0, 12)}`;
    const ok = await cmd.runIn(ns, 'busybox', ['ping', '-c', '1', '-W', '2', ip]).then(
      () => true,
      () => false,
    );
    if (!ok) return undefined;
    const neigh = await cmd.runIn(ns, 'ip', ['neigh', 'show', ip]);
    return /lladdr\s+(\S+)/.exec(neigh)?.[1];
  };
  const ourNamespaces = async (): Promise<string[]> => cmd.namespaces(HOST_NS);
  /** A fresh agent on this host (its state dir and namespace): a restart re-adopts everything. */
  const newDaemon = (): AgentDaemon => {
    const client = new HttpControllerClient({ url: ctl.url, retries: 0 });
    qemu = new QemuDriver({ stateDir, accel: 'tcg', shutdownTimeoutMs: 5_000 });
    const compute = new ComputeManager({
      virt: qemu,
      storage: new FileStorageDriver({ stateDir }),
      network: new LinuxBridgeNetworkDriver({ stateDir, hostNamespace: HOST_NS, cmd, metadata: true, metadataSource: client }),
      configDrive: new IsoConfigDriveBuilder(),
      fetchImage: (id, dest) => client.downloadImage(id, dest),
    });
    return new AgentDaemon({ client, compute, bootstrapToken: 'boot-secret', hostname: 'net-host', pollWaitS: 1, backoff: fastBackoff, concurrency: 2 });
  };

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'oscloud-agent-net-'));
    ctl = await guestController(GUEST);
    daemon = newDaemon();
    await daemon.start();
  }, 60_000);

  afterAll(async () => {
    await daemon?.stop();
    for (const uuid of [A, B, C, D, E]) await qemu?.destroy(uuid).catch(() => {});
    await ctl?.close();
    // Whatever failed: remove every namespace this test made (and so every device in them).
    for (const ns of await ourNamespaces()) await cmd.deleteNamespace(ns).catch(() => {});
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
    // eslint-disable-next-line no-console -- test report: how fast dataplane changes took effect here
    console.log(`network integration timings (ms): ${JSON.stringify(timings)}`);
  }, 60_000);

  it("gives each guest exactly its port's address by DHCP on a tap carrying the port's MAC", async () => {
    await spawn(B, portB);
    await waitConsole(B, 'oscloud-guest: net eth0 dhcp 10.0.0.6/24', 90_000);
    const links = await cmd.links(HOST_NS);
    expect(links).toEqual(expect.arrayContaining([deviceName.bridge(NET1), deviceName.tap(PB), deviceName.vethOuter(D1)]));
    // The DHCP server answers from the DHCP port's address and MAC, in its own namespace.
    const leases = await readFile(join(stateDir, 'network', 'dhcp', NET1, 'leases'), 'utf8');
    expect(leases).toContain(`${portB.mac} 10.0.0.6`);
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBe(portB.mac);
  }, 150_000);

  /** A pings B every half second for as long as it runs and prints each result. */
  const PINGER = ['#!/bin/sh', '(i=0; while true; do', '  if ping -c 1 -W 1 10.0.0.6 >/dev/null 2>&1; then r=ok; else r=fail; fi', '  echo "net-test: $i $r" >/dev/console; i=$((i + 1)); sleep 0.5', 'done) &'].join('\n');
  /** Waits until A's pings, from now on, come out `want` twice in a row. */
  const waitPings = async (want: 'ok' | 'fail', timeoutMs = 20_000): Promise<number> => {
    const from = (await consoleOf(A)).length;
    const t0 = Date.now();
    await until(async () => {
      const lines = [...(await consoleOf(A)).slice(from).matchAll(/net-test: \d+ (ok|fail)/g)].map((m) => m[1]);
      return lines.length >= 2 && lines.at(-1) === want && lines.at(-2) === want;
    }, timeoutMs, `pings ${want}`);
    return Date.now() - t0;
  };
  const sync = (ports: NetworkInfo[]): Promise<Record<string, unknown>> => task('sync_ports', { payload: { ports } });

  it('connects guests on one network: a second guest pings the first (default group: members may talk)', async () => {
    await spawn(A, portA, PINGER);
    await waitConsole(A, 'oscloud-guest: net eth0 dhcp 10.0.0.5/24', 90_000);
    await waitPings('ok', 60_000);
  }, 200_000);

  it('filters by security group: remote group members, rule removal and re-creation reach running ports', async () => {
    // A leaves B's remote group, and B's ICMP-from-anywhere rule goes: nothing admits A.
    // (Both ports' whole states here: B's rules change too.)
    const bWithout = { ...portB, security_group_rules: portB.security_group_rules!.filter((r) => r !== ICMP_ANY), remote_group_members: { [SG]: ['10.0.0.6'] } };
    expect(await sync([bWithout, { ...portA, remote_group_members: { [SG]: ['10.0.0.6'] } }])).toEqual({ updated: expect.arrayContaining([PA, PB]), groups: [SG] });
    timings.groupLeave = await waitPings('fail');
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBeUndefined(); // the ICMP rule is gone
    // A joins again: the controller sends the group's member list once per host (group_members),
    // the host keeps it once (no port's state is rewritten).
    expect(await task('sync_ports', { payload: { ports: [], group_members: { [SG]: ['10.0.0.5', '10.0.0.6'] } } })).toEqual({ updated: [], groups: [SG] });
    timings.groupJoin = await waitPings('ok');
    await sync([portA, portB]);
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBe(portB.mac);
    // A rule deleted on a running port stops traffic it let in at once; re-created, it flows again.
    const t0 = Date.now();
    await sync([{ ...portB, security_group_rules: portB.security_group_rules!.filter((r) => r !== ICMP_ANY) }]);
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBeUndefined();
    timings.ruleDelete = Date.now() - t0;
    await sync([portB]);
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBe(portB.mac);
    // Ports not on this host are ignored.
    expect(await sync([{ ...portB, port_id: randomUUID() }])).toEqual({ updated: [], groups: [] });
  }, 120_000);

  it('drops what a port sends from an address that is not its own (anti-spoofing), unless port security is off', async () => {
    // The record says A now owns 10.0.0.9: its guest still sends from 10.0.0.5, which is spoofed.
    const moved = { ...portA, fixed_ips: [{ ...portA.fixed_ips[0]!, ip: '10.0.0.9' }] };
    await sync([moved]);
    await waitPings('fail');
    await sync([{ ...moved, port_security_enabled: false }]);
    await waitPings('ok');
    await sync([portA]);
    await waitPings('ok');
  }, 120_000);

  it('routes through a router namespace: floating IP in from the outside namespace, SNAT out, removal cleans up', async () => {
    const EXT = randomUUID();
    const R = randomUUID();
    const extSub = randomUUID();
    const router = (fips: { id: string; floating_ip_address: string; fixed_ip_address: string }[], deleted = false) => ({
      router_id: R,
      deleted,
      interfaces: [{ port_id: RI, mac: 'fa:16:3e:00:01:01', network_id: NET1, mtu: 1500, fixed_ips: [{ ip: '10.0.0.1', cidr: '10.0.0.0/24', subnet_id: SUB1 }] }],
      gateway: { port_id: RG, mac: 'fa:16:3e:00:04:02', network_id: EXT, mtu: 1500, enable_snat: true, fixed_ips: [{ ip: '172.24.4.2', cidr: '172.24.4.0/24', subnet_id: extSub, gateway: '172.24.4.1' }] },
      routes: [],
      floating_ips: fips,
    });
    const fip = { id: randomUUID(), floating_ip_address: '172.24.4.20', fixed_ip_address: '10.0.0.6' };
    const PASSWORD = randomBytes(75).toString('base64'); // 100 characters, as Tempest posts
    expect(await task('sync_router', { payload: router([fip]) })).toEqual({ router_id: R, status: 'ACTIVE' });
    const outside = `${HOST_NS}-x${EXT.replace(/-/g, '').slice(0, 12)}`;
    const routerNs = `${HOST_NS}-r${R.replace(/-/g, '').slice(0, 12)}`;
    expect(await ourNamespaces()).toEqual(expect.arrayContaining([outside, routerNs]));
    const pingFrom = (ns: string, ip: string): Promise<boolean> => cmd.runIn(ns, 'busybox', ['ping', '-c', '1', '-W', '2', ip]).then(() => true, () => false);
    // In: the outside reaches B on its floating IP (B admits ICMP from anywhere).
    await until(() => pingFrom(outside, '172.24.4.20'), 10_000, 'ping of the floating IP from outside');
    // Out: a guest with no floating IP reaches the outside through SNAT (the outside has no
    // route to 10.0.0.0/24, so a reply can only come back to the router's address).
    const outScript = [
      '#!/bin/sh',
      '(while true; do',
      '  if ping -c 1 -W 1 172.24.4.1 >/dev/null 2>&1; then echo "ext-test: ok" >/dev/console; else echo "ext-test: fail" >/dev/console; fi',
      '  sleep 1',
      'done) &',
      // The metadata service: its own uuid, by the OpenStack and the EC2 paths.
      '(i=0; while [ $i -lt 60 ]; do',
      '  if wget -q -O /tmp/md http://169.254.169.254/openstack/latest/meta_data.json; then',
      '    echo "md-test: $(grep -o \'"uuid":"[^"]*"\' /tmp/md) ec2=$(wget -q -O- http://169.254.169.254/latest/meta-data/instance-id)" >/dev/console; exit 0',
      '  fi; i=$((i + 1)); sleep 1',
      'done; echo "md-test: failed" >/dev/console) &',
      // Tempest's test_server_basic_ops: the guest posts its password, then sees metadata set after boot.
      `(i=0; while [ $i -lt 90 ]; do`,
      `  if wget -q -O /dev/null --post-data '${PASSWORD}' http://169.254.169.254/openstack/2013-10-17/password; then echo "pw-test: posted $(wget -q -O- http://169.254.169.254/openstack/latest/password)" >/dev/console; break; fi; i=$((i + 1)); sleep 1`,
      'done',
      ' while [ $i -lt 150 ]; do',
      '  if wget -q -O- http://169.254.169.254/openstack/latest/meta_data.json | grep -q late-key; then echo "md-late: seen" >/dev/console; exit 0; fi; i=$((i + 1)); sleep 1',
      'done; echo "md-late: failed" >/dev/console) &',
    ].join('\n');
    // What the controller serves D's metadata service (the live document, not the spawn's).
    const instanceDoc = () => {
      const inst = spawnPayload(D).instance as Record<string, unknown>;
      return {
        instance: { uuid: D, name: String(inst.name), hostname: String(inst.hostname), metadata: { k: 'v' }, availability_zone: 'nova', launch_index: 0, user_data: Buffer.from(outScript).toString('base64') },
        network_info: [portD],
        password: '',
        floating_ips: [],
      };
    };
    ctl.instanceMetadata.set(D, instanceDoc());
    await spawn(D, portD, outScript);
    await waitConsole(D, 'ext-test: ok', 90_000);
    await waitConsole(D, `md-test: "uuid":"${D}" ec2=${D}`, 60_000);
    await waitConsole(D, `pw-test: posted ${PASSWORD}`, 60_000);
    expect(ctl.passwords.get(D)).toBe(PASSWORD);
    const late = Date.now();
    ctl.instanceMetadata.set(D, { ...instanceDoc(), instance: { ...instanceDoc().instance, metadata: { k: 'v', 'late-key': 'yes' } } });
    await waitConsole(D, 'md-late: seen', 40_000);
    timings.metadataLate = Date.now() - late;
    // The namespace's own address is no instance's, whatever headers it sends.
    const dhcpNs = `${HOST_NS}-d${NET1.replace(/-/g, '').slice(0, 12)}`;
    const spoof = await cmd.runIn(dhcpNs, 'busybox', ['wget', '-q', '-O-', '--header', 'X-Oscloud-Guest-Ip: 10.0.0.7', 'http://169.254.169.254/openstack/latest/meta_data.json']).then((o) => o, (e: Error) => e.message);
    expect(spoof).not.toContain(D);
    expect(spoof).toMatch(/404|Not Found|failed/i);
    // The floating IP goes: the outside no longer reaches B.
    await task('sync_router', { payload: router([]) });
    expect(await pingFrom(outside, '172.24.4.20')).toBe(false);
    await task('destroy', { instance_id: D });
    // The router goes: its namespace and the outside namespace with it.
    expect(await task('sync_router', { payload: router([], true) })).toEqual({ router_id: R, status: 'DELETED' });
    expect(await ourNamespaces()).not.toContain(routerNs);
    expect(await ourNamespaces()).not.toContain(outside);
    expect(await cmd.links(HOST_NS)).not.toContain(deviceName.bridge(EXT));
  }, 200_000);

  it('keeps two networks with the same CIDR apart', async () => {
    await spawn(C, portC);
    await waitConsole(C, 'oscloud-guest: net eth0 dhcp 10.0.0.5/24', 90_000);
    // 10.0.0.5 is A on the first network and C on the second: each DHCP namespace reaches its own.
    expect(await pingFromDhcp(NET1, '10.0.0.5')).toBe(portA.mac);
    expect(await pingFromDhcp(NET2, '10.0.0.5')).toBe(portC.mac);
    expect(await pingFromDhcp(NET2, '10.0.0.6')).toBeUndefined();
    // Each network's connections are tracked in a conntrack zone of its own.
    const zones = new Set([...(await cmd.runIn(HOST_NS, 'conntrack', ['-L'])).matchAll(/zone=(\d+)/g)].map((m) => m[1]));
    expect(zones.size).toBeGreaterThanOrEqual(2);
  }, 150_000);

  /** Guest E gets a port on a third network hot-plugged, then detached. */
  const hotplug = async (): Promise<void> => {
    await waitConsole(E, 'oscloud-guest: net eth0 dhcp 10.0.0.8/24', 90_000);
    const t0 = Date.now();
    expect(await task('attach_interface', { instance_id: E, payload: { instance: { uuid: E, name: 'e' }, port: portF } })).toEqual({ port_id: PF, status: 'ACTIVE' });
    timings.hotplugAttach = Date.now() - t0;
    expect(await cmd.links(HOST_NS)).toContain(deviceName.tap(PF));
    await waitConsole(E, 'oscloud-guest: net eth1 dhcp 10.0.3.9/24', 60_000);
    timings.hotplugDhcp = Date.now() - t0;
    // From the new network's DHCP namespace: the hot-plugged NIC answers with the port's MAC.
    expect(await pingFromDhcp(NET3, '10.0.3.9')).toBe(portF.mac);
    const t1 = Date.now();
    expect(await task('detach_interface', { instance_id: E, payload: { instance: { uuid: E, name: 'e' }, port_id: PF } })).toEqual({ port_id: PF, status: 'DOWN' });
    timings.hotplugDetach = Date.now() - t1;
    // Its tap goes, and with the network's last port its bridge and DHCP namespace.
    const links = await cmd.links(HOST_NS);
    expect(links).not.toContain(deviceName.tap(PF));
    expect(links).not.toContain(deviceName.bridge(NET3));
    expect(await ourNamespaces()).not.toContain(`${HOST_NS}-d${NET3.replace(/-/g, '').slice(0, 12)}`);
    // The first NIC kept working throughout.
    expect(await pingFromDhcp(NET1, '10.0.0.8')).toBe(portE.mac);
  };

  it('hot-plugs a second port into a running guest: it gets DHCP on it and answers on that address; detach takes it away', async () => {
    // The guest starts DHCP on a NIC plugged after boot by itself (scripts/guest/init polls for
    // new NICs every ~2 s, as a cloud image's udev rule would): no help from user data.
    await spawn(E, portE);
    try {
      await hotplug();
    } finally {
      await task('destroy', { instance_id: E });
    }
  }, 240_000);

  it('re-adopts the dataplane after an agent restart without touching running guests', async () => {
    const before = await cmd.links(HOST_NS);
    const pid = (await readFile(join(stateDir, 'network', 'dhcp', NET1, 'pid'), 'utf8')).trim();
    await daemon.stop();
    daemon = newDaemon();
    await daemon.start();
    expect((await cmd.links(HOST_NS)).sort()).toEqual(before.sort());
    expect((await readFile(join(stateDir, 'network', 'dhcp', NET1, 'pid'), 'utf8')).trim()).toBe(pid);
    expect(await pingFromDhcp(NET1, '10.0.0.6')).toBe(portB.mac);
  }, 60_000);

  it('removes every device, DHCP server and namespace when the guests go', async () => {
    await task('destroy', { instance_id: C });
    expect(await ourNamespaces()).not.toContain(`${HOST_NS}-d${NET2.replace(/-/g, '').slice(0, 12)}`);
    expect(await cmd.links(HOST_NS)).not.toContain(deviceName.bridge(NET2));
    await task('destroy', { instance_id: A });
    // B still holds network 1: its DHCP entry stays, A's is gone.
    // One entry file per port (--dhcp-hostsdir).
    const dir = join(stateDir, 'network', 'dhcp', NET1, 'hosts.d');
    const hosts = (await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')))).join('');
    expect(hosts).toContain(portB.mac);
    expect(hosts).not.toContain(portA.mac);
    await task('destroy', { instance_id: B });
    expect(await ourNamespaces()).toEqual([HOST_NS]);
    expect(await cmd.links(HOST_NS)).toEqual(['lo']);
    const dnsmasqs = (await run('ps', ['-eo', 'args'])).split('\n').filter((l) => l.startsWith('dnsmasq') && l.includes(stateDir));
    expect(dnsmasqs).toEqual([]);
  }, 120_000);
});
