/**
 * Config drive in OpenStack's layout, as cloud-init's ConfigDrive datasource reads it: an
 * ISO9660 filesystem labelled `config-2` with openstack/latest/{meta_data.json, user_data,
 * network_data.json} (same files under a dated version directory too).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigDriveInstance, NetworkInfo } from './protocol.js';
import { run } from './util.js';

/** Content of one config drive. */
export interface ConfigDriveData {
  metaData: Record<string, unknown>;
  userData?: string;
  networkData: Record<string, unknown>;
  /** Personality files by name under openstack/content/ (`0000`, `0001`...). */
  content?: Record<string, Buffer>;
}

/** Writes a config drive image. */
export interface ConfigDriveBuilder {
  build(destPath: string, data: ConfigDriveData): Promise<void>;
}

/** What the host adds to the spawn payload for the config drive. */
export interface ConfigDriveContext {
  /**
   * Ports whose NIC gets its address from the dataplane's own DHCP whatever the subnet says
   * (QEMU user-mode NICs: slirp hands out 10.0.2.15): they are written as `ipv4_dhcp`.
   */
  dhcpPorts?: ReadonlySet<string>;
  /** This host's availability zone, used when the payload names none. */
  availabilityZone?: string;
  /** 512 random bytes for `random_seed` (injectable for tests). */
  randomSeed?: Buffer;
}

/** Nova's default availability zone (`default_availability_zone`). */
const DEFAULT_AZ = 'nova';

/**
 * Builds meta_data.json / network_data.json from the spawn payload with the keys Nova writes
 * (nova/api/metadata/base.py `_metadata_as_json`, nova/virt/netutils.py) and cloud-init reads.
 */
export function configDriveData(instance: ConfigDriveInstance, networks: NetworkInfo[], ctx: ConfigDriveContext = {}): ConfigDriveData {
  const metaData: Record<string, unknown> = { uuid: instance.uuid };
  if (instance.metadata && Object.keys(instance.metadata).length) metaData.meta = instance.metadata;
  if (instance.key_data) {
    const name = instance.key_name ?? 'default';
    metaData.public_keys = { [name]: instance.key_data };
    metaData.keys = [{ name, type: 'ssh', data: instance.key_data }];
  }
  Object.assign(metaData, {
    hostname: instance.hostname,
    name: instance.name,
    launch_index: instance.launch_index ?? 0,
    availability_zone: instance.availability_zone || ctx.availabilityZone || DEFAULT_AZ,
    random_seed: (ctx.randomSeed ?? randomBytes(512)).toString('base64'),
    project_id: instance.project_id ?? null,
    devices: [],
  });
  if (instance.admin_pass) metaData.admin_pass = instance.admin_pass;
  // Personality: Nova's configdrive writes each file as openstack/content/NNNN and lists it.
  const content: Record<string, Buffer> = {};
  if (instance.files?.length) {
    metaData.files = instance.files.map((f, i) => {
      const name = String(i).padStart(4, '0');
      content[name] = Buffer.from(f.contents, 'base64');
      return { path: f.path, content_path: `/content/${name}` };
    });
  }

  const links = networks.map((n, i) => ({
    id: `tap${n.port_id.slice(0, 11)}`,
    vif_id: n.port_id,
    type: 'ovs',
    ethernet_mac_address: n.mac,
    mtu: n.mtu ?? 1500,
    name: `eth${i}`,
  }));
  const dns = (ips: string[] | null | undefined): { type: 'dns'; address: string }[] => (ips ?? []).map((address) => ({ type: 'dns', address }));
  let k = 0;
  const nets = networks.flatMap((n, i) =>
    n.fixed_ips.map((ip) => {
      const [, prefix = '24'] = ip.cidr.split('/');
      const v = ip.ip.includes(':') ? 6 : 4;
      const common = { id: `network${k++}`, link: links[i]!.id, network_id: n.network_id };
      // Nova: a subnet with DHCP gets only its type; the guest asks the DHCP server.
      if (ctx.dhcpPorts?.has(n.port_id) || ip.enable_dhcp !== false) return { ...common, type: `ipv${v}_dhcp` };
      return {
        ...common,
        type: `ipv${v}`,
        ip_address: ip.ip,
        netmask: v === 6 ? prefixToNetmask6(Number(prefix)) : prefixToNetmask(Number(prefix)),
        routes: ip.gateway ? [{ network: v === 6 ? '::' : '0.0.0.0', netmask: v === 6 ? '::' : '0.0.0.0', gateway: ip.gateway }] : [],
        services: dns(ip.dns_nameservers),
      };
    }),
  );
  const services = [...new Map(networks.flatMap((n) => n.fixed_ips.flatMap((ip) => dns(ip.dns_nameservers))).map((d) => [d.address, d])).values()];
  const data: ConfigDriveData = { metaData, networkData: { links, networks: nets, services } };
  if (instance.user_data) data.userData = decodeUserData(instance.user_data);
  if (Object.keys(content).length) data.content = content;
  return data;
}

/** Nova carries user_data base64-encoded; fall back to the raw text when it is not. */
function decodeUserData(s: string): string {
  const compact = s.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0) {
    const decoded = Buffer.from(compact, 'base64');
    if (Buffer.from(decoded.toString('base64')).toString() === compact) return decoded.toString('utf8');
  }
  return s;
}

/** "24" -> "255.255.255.0" (Nova writes IPv4 netmasks in address form; DHCP ranges too). */
export function prefixToNetmask(p: number): string {
  const bits = p <= 0 ? 0 : (0xffffffff << (32 - Math.min(32, p))) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join('.');
}

/** "64" -> "ffff:ffff:ffff:ffff::" (Nova writes IPv6 netmasks in address form). */
function prefixToNetmask6(p: number): string {
  const groups = Array.from({ length: 8 }, (_, i) => {
    const bits = Math.max(0, Math.min(16, p - i * 16));
    return ((0xffff << (16 - bits)) & 0xffff).toString(16);
  });
  const full = groups.join(':');
  return full.replace(/(^|:)0(:0)+$/, '::').replace(/^0::$/, '::');
}

/** genisoimage-backed builder. */
export class IsoConfigDriveBuilder implements ConfigDriveBuilder {
  constructor(private readonly genisoimage = 'genisoimage') {}

  async build(destPath: string, data: ConfigDriveData): Promise<void> {
    const root = await mkdtemp(join(tmpdir(), 'oscloud-cd-'));
    try {
      for (const version of ['latest', '2018-08-27']) {
        const d = join(root, 'openstack', version);
        await mkdir(d, { recursive: true });
        await writeFile(join(d, 'meta_data.json'), JSON.stringify(data.metaData));
        await writeFile(join(d, 'network_data.json'), JSON.stringify(data.networkData));
        await writeFile(join(d, 'vendor_data.json'), '{}');
        if (data.userData !== undefined) await writeFile(join(d, 'user_data'), data.userData);
      }
      if (data.content) {
        const d = join(root, 'openstack', 'content');
        await mkdir(d, { recursive: true });
        for (const [name, bytes] of Object.entries(data.content)) await writeFile(join(d, name), bytes);
      }
      await run(this.genisoimage, ['-quiet', '-o', destPath, '-V', 'config-2', '-J', '-r', '-input-charset', 'utf-8', root]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
}

/** Keeps config drives in memory (fake hosts). */
export class MemoryConfigDriveBuilder implements ConfigDriveBuilder {
  readonly drives = new Map<string, ConfigDriveData>();
  async build(destPath: string, data: ConfigDriveData): Promise<void> {
    this.drives.set(destPath, data);
  }
}
