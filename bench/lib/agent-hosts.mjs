// Hosts as the agent makes them, for the benchmarks that run agent tasks without a controller
// (bench/migration.mjs, bench/vxlan.mjs): each a LinuxBridgeNetworkDriver with its host
// namespace `<prefix>h<k>` on the underlay namespace `<prefix>u` (10.250.0.<k+1>/24), a TCG
// QemuDriver, file storage, the tiny guest's files from .cache/guest. `prefix` must start with
// `osc-` (the agent's NetCmd refuses any other name). teardown() destroys every guest, removes
// the namespaces under the prefix and the state dirs, also after a failure.
/* global Buffer */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, waitFor } from './cloud.mjs';

const GUEST = join(repo, '.cache', 'guest');
const FILES = { tiny: 'tiny.qcow2', kernel: 'vmlinux', ramdisk: 'initrd.img' };
/** The tiny guest as a spawn payload's image (its kernel and initrd booted directly). */
export const TINY_IMAGE = { id: 'tiny', checksum: null, os_hash_value: null, disk_format: 'qcow2', size: 1, properties: { kernel_id: 'kernel', ramdisk_id: 'ramdisk' } };

/** An agent task as the controller hands it out. */
export const task = (type, fields) => ({ id: `b-${type}-${Math.random()}`, type, payload: {}, attempt: 1, lease_expires_at: new Date(Date.now() + 600_000).toISOString(), created_at: new Date().toISOString(), ...fields });

export async function agentHosts({ dist, prefix, count }) {
  const { ComputeManager } = await import(join(dist, 'compute.js'));
  const { IsoConfigDriveBuilder } = await import(join(dist, 'configdrive.js'));
  const { LinuxBridgeNetworkDriver } = await import(join(dist, 'network', 'linuxbridge.js'));
  const { NetCmd } = await import(join(dist, 'network', 'netcmd.js'));
  const { FileStorageDriver } = await import(join(dist, 'storage', 'file.js'));
  const { QemuDriver } = await import(join(dist, 'virt', 'qemu.js'));
  const cmd = new NetCmd();
  const hosts = [];
  const dirs = [];
  const teardown = async () => {
    for (const h of hosts) for (const g of await h.qemu.list().catch(() => [])) await h.compute.destroy(g.uuid).catch(() => {});
    for (const ns of (await cmd.namespaces(prefix)).reverse()) await cmd.deleteNamespace(ns).catch(() => {});
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  };
  try {
    for (let i = 1; i <= count; i++) {
      const dir = await mkdtemp(join(tmpdir(), `oscloud-bench-host${i}-`));
      dirs.push(dir);
      const netns = `${prefix}h${i}`;
      const network = new LinuxBridgeNetworkDriver({ stateDir: dir, hostNamespace: netns, cmd, underlay: { namespace: `${prefix}u`, address: `10.250.0.${i + 1}/24` } });
      const qemu = new QemuDriver({ stateDir: dir, accel: 'tcg', shutdownTimeoutMs: 2_000 });
      const compute = new ComputeManager({ virt: qemu, storage: new FileStorageDriver({ stateDir: dir }), network, configDrive: new IsoConfigDriveBuilder(), fetchImage: (id, dest) => copyFile(join(GUEST, FILES[id] ?? 'missing'), dest) });
      await compute.init();
      hosts.push({ compute, qemu, network, dir, netns, ip: `10.250.0.${i + 1}` });
    }
  } catch (e) {
    await teardown();
    throw e;
  }
  return { hosts, teardown, dirs, cmd };
}

/** A guest's console log on its host. */
export const consoleOf = (host, uuid) => readFile(join(host.dir, 'instances', uuid, 'console.log'), 'utf8').catch(() => '');

/**
 * Boots the tiny guest on `host` with one VXLAN port (static address `ip` on 10.3.0.0/24, port
 * security off) and `script` as its user data; resolves once its console shows `bench: ready`.
 */
export async function bootGuest(host, { uuid = randomUUID(), ip, mac, script, network, peers, memoryMb = 128 }) {
  const port = { port_id: randomUUID(), mac, network_id: network, mtu: 1450, network_type: 'vxlan', segmentation_id: 4444, vxlan_peers: peers, port_security_enabled: false, fixed_ips: [{ ip, subnet_id: randomUUID(), cidr: '10.3.0.0/24', gateway: null, enable_dhcp: false, dns_nameservers: [] }] };
  const instance = { uuid, name: 'bench', hostname: 'bench', vcpus: 1, memory_mb: memoryMb, root_gb: 0, ephemeral_gb: 0, metadata: {}, availability_zone: 'nova', user_data: Buffer.from(script).toString('base64') };
  await host.compute.handle(task('spawn', { instance_id: uuid, payload: { instance, image: TINY_IMAGE, network_info: [port], block_devices: [] } }));
  await waitFor(async () => (await consoleOf(host, uuid)).includes('bench: ready'), 120_000, 'the guest to boot');
  return { uuid, port, instance };
}
