/**
 * Config drive in OpenStack's layout, as cloud-init's ConfigDrive datasource reads it: an
 * ISO9660 filesystem labelled `config-2` with openstack/latest/{meta_data.json, user_data,
 * network_data.json} (same files under a dated version directory too).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InstanceSpec, NetworkInfo } from './protocol.js';
import { run } from './util.js';

/** Content of one config drive. */
export interface ConfigDriveData {
  metaData: Record<string, unknown>;
  userData?: string;
  networkData: Record<string, unknown>;
}

/** Writes a config drive image. */
export interface ConfigDriveBuilder {
  build(destPath: string, data: ConfigDriveData): Promise<void>;
}

/** Builds meta_data.json / network_data.json from the spawn payload. */
export function configDriveData(instance: InstanceSpec, networks: NetworkInfo[]): ConfigDriveData {
  const keys: Record<string, string> = {};
  if (instance.key_data) keys[instance.key_name ?? 'default'] = instance.key_data;
  const metaData: Record<string, unknown> = {
    uuid: instance.uuid,
    name: instance.name,
    hostname: instance.hostname,
    launch_index: 0,
    availability_zone: instance.availability_zone ?? null,
    project_id: instance.project_id ?? undefined,
    public_keys: keys,
    keys: Object.entries(keys).map(([name, data]) => ({ name, type: 'ssh', data })),
    meta: instance.metadata ?? {},
  };
  const links = networks.map((n, i) => ({
    id: `tap${n.port_id.slice(0, 11)}`,
    vif_id: n.port_id,
    type: 'ovs',
    ethernet_mac_address: n.mac,
    mtu: n.mtu ?? 1500,
    name: `eth${i}`,
  }));
  const nets = networks.flatMap((n, i) =>
    n.fixed_ips.map((ip, j) => {
      const [, prefix = '24'] = ip.cidr.split('/');
      const v6 = ip.ip.includes(':');
      return {
        id: `network${i}-${j}`,
        type: v6 ? 'ipv6' : 'ipv4',
        link: links[i]!.id,
        ip_address: ip.ip,
        netmask: v6 ? undefined : prefixToNetmask(Number(prefix)),
        prefix: v6 ? Number(prefix) : undefined,
        network_id: n.network_id,
        routes: ip.gateway
          ? [{ network: v6 ? '::' : '0.0.0.0', netmask: v6 ? '::' : '0.0.0.0', gateway: ip.gateway }]
          : [],
        services: [],
      };
    }),
  );
  const data: ConfigDriveData = { metaData, networkData: { links, networks: nets, services: [] } };
  if (instance.user_data) data.userData = decodeUserData(instance.user_data);
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

function prefixToNetmask(p: number): string {
  const bits = p <= 0 ? 0 : (0xffffffff << (32 - Math.min(32, p))) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join('.');
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
