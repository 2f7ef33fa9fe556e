import { readFileSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud, ServerCreate } from '@oscloud/sdk';
import { ShowCommand, UsageError } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { withStatusProgress } from '../../output/progress.js';
import { boolWord, parseBlockDevice, parseNic, parseProperties } from '../../views/common.js';
import { imageNames, serverShowData } from '../../views/server.js';

/** `oscloud server create` */
export default class ServerCreateCommand extends ShowCommand<typeof ServerCreateCommand> {
  static override description = 'Create a new server';
  static override args = { 'server-name': Args.string({ required: true, description: 'New server name' }) };
  static override flags = {
    image: Flags.string({ description: 'Create server boot disk from this image (name or ID)' }),
    volume: Flags.string({ description: 'Create server using this volume as the boot disk (name or ID)' }),
    'boot-from-volume': Flags.integer({ description: 'Create a volume of this size (GiB) from --image and boot from it' }),
    'block-device-mapping': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'dev-name=id:type:size:delete-on-terminate (legacy form)' }),
    'block-device': Flags.string({
      multiple: true,
      multipleNonGreedy: true,
      description:
        'Create a block device on the server: a JSON file or key=value,... with uuid, source_type (image, snapshot, volume, blank), destination_type (local, volume), disk_bus, device_type, device_name, volume_size, guest_format, boot_index, delete_on_termination, tag, volume_type (repeatable)',
    }),
    flavor: Flags.string({ required: true, description: 'Create server with this flavor (name or ID)' }),
    'security-group': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Security group to assign (name or ID; repeatable)' }),
    'key-name': Flags.string({ description: 'Keypair to inject into this server' }),
    property: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set a property on this server (key=value; repeatable)' }),
    'user-data': Flags.string({ description: 'User data file to serve from the metadata server' }),
    description: Flags.string({ description: 'Set description for the server' }),
    'availability-zone': Flags.string({ description: 'Select an availability zone for the server' }),
    'use-config-drive': Flags.boolean({ description: 'Enable config drive', exclusive: ['no-config-drive', 'config-drive'] }),
    'no-config-drive': Flags.boolean({ description: 'Disable config drive', exclusive: ['config-drive'] }),
    'config-drive': Flags.string({ description: "Deprecated: 'True' enables the config drive (use --use-config-drive)" }),
    password: Flags.string({ description: 'Set the password to this server' }),
    tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag for the server (repeatable; 2.52+)' }),
    min: Flags.integer({ default: 1, description: 'Minimum number of servers to launch' }),
    max: Flags.integer({ default: 1, description: 'Maximum number of servers to launch' }),
    network: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Create a NIC on this network (name or ID; repeatable)' }),
    port: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Create a NIC with this port (name or ID; repeatable)' }),
    nic: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'net-id=..,v4-fixed-ip=..,port-id=.. or none / auto (repeatable)' }),
    hint: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Hints for the scheduler (key=value; repeatable)' }),
    hostname: Flags.string({ description: 'Hostname configured for the server in the metadata service (generated from the server name if unset; 2.90+)' }),
    wait: Flags.boolean({ description: 'Wait for build to complete' }),
  };

  async execute(): Promise<CommandResult> {
    const f = this.flags;
    const blockDevices = (f['block-device'] ?? []).map(parseBlockDevice);
    if (!f.image && !f.volume && !f['block-device-mapping']?.length && !blockDevices.some((d) => d.boot_index === 0)) {
      throw new UsageError('one of --image, --volume, --block-device-mapping or a --block-device with boot_index=0 is required');
    }
    if (f['boot-from-volume'] && !f.image) throw new UsageError('--boot-from-volume needs --image');
    if (f.min > f.max) throw new UsageError('min instances should be <= max instances');
    const configDrive = this.configDrive();
    const userData = f['user-data'] ? readFileSync(f['user-data']).toString('base64') : undefined;
    const cloud = await this.cloud();
    // Checked before any look-up, so a too-old microversion fails before anything is sent.
    if (f.hostname) await this.requireMicroversion('compute', '2.90', '--hostname');
    const [image, flavor] = await Promise.all([
      f.image ? cloud.image.images.find(f.image) : undefined,
      cloud.compute.flavors.find(f.flavor),
    ]);
    const body: Record<string, unknown> = {
      name: this.args['server-name'],
      flavorRef: flavor.id,
      min_count: f.min,
      max_count: f.max,
    };
    if (image && !f['boot-from-volume']) body.imageRef = image.id;
    const bdm: Array<Record<string, unknown>> = [];
    if (image && f['boot-from-volume']) {
      // As upstream: the root volume outlives the server (Nova's default for volumes).
      bdm.push({ uuid: image.id, source_type: 'image', destination_type: 'volume', volume_size: f['boot-from-volume'], boot_index: 0 });
    }
    if (f.volume) {
      const volume = await cloud.volume.volumes.find(f.volume);
      bdm.push({ uuid: volume.id, source_type: 'volume', destination_type: 'volume', boot_index: 0, delete_on_termination: false });
    }
    for (const spec of f['block-device-mapping'] ?? []) {
      const [dev, rest = ''] = spec.split('=', 2);
      const [id = '', type = 'volume', size, dot] = rest.split(':');
      const volumeId = type === 'volume' ? (await cloud.volume.volumes.find(id)).id : id;
      bdm.push({
        device_name: dev,
        uuid: volumeId,
        source_type: type,
        destination_type: 'volume',
        ...(size ? { volume_size: Number(size) } : {}),
        delete_on_termination: dot === 'true' || dot === '1',
        boot_index: bdm.length === 0 && !body.imageRef ? 0 : -1,
      });
    }
    bdm.push(...blockDevices);
    if (bdm.length) body.block_device_mapping_v2 = bdm;
    body.networks = await this.networks(cloud);
    if (f['key-name']) body.key_name = f['key-name'];
    if (f['security-group']?.length) body.security_groups = f['security-group'].map((name) => ({ name }));
    if (f.property?.length) body.metadata = parseProperties(f.property);
    if (userData) body.user_data = userData;
    if (f.description) body.description = f.description;
    if (f['availability-zone']) body.availability_zone = f['availability-zone'];
    if (configDrive) body.config_drive = true;
    if (f.password) body.adminPass = f.password;
    if (f.tag?.length) body.tags = f.tag;
    if (f.hostname) body.hostname = f.hostname;
    const hints = f.hint?.length ? parseProperties(f.hint) : undefined;

    const response = (await cloud.call('compute', 'POST /v2.1/servers', {
      body: { server: body as ServerCreate, ...(hints ? { 'os:scheduler_hints': hints } : {}) },
    })) as { server: { id: string; adminPass?: string } };
    const created = response.server;
    let server = await cloud.compute.servers.get(String(created.id));
    if (f.wait) {
      server = await withStatusProgress(`server ${this.args['server-name']}`, (update) =>
        cloud.compute.servers.waitForStatus(String(created.id), 'ACTIVE', { onProgress: (_s, p) => update(p.detail ? `${p.status} (${p.detail})` : String(p.status)) }),
      );
    }
    const data = serverShowData(server, await imageNames(cloud, server));
    if (created.adminPass) data.adminPass = created.adminPass;
    return show(data);
  }

  /** --use-config-drive, or the deprecated --config-drive True/False (a config drive volume is not an API feature). */
  private configDrive(): boolean {
    const f = this.flags;
    if (f['use-config-drive']) return true;
    if (f['config-drive'] === undefined) return false;
    const v = f['config-drive'].toLowerCase();
    if (['', 'none'].includes(v)) return false;
    const flag = boolWord(v);
    if (flag === undefined) throw new UsageError(`--config-drive takes True or False, not '${f['config-drive']}' (use --use-config-drive)`);
    return flag;
  }

  private async networks(cloud: Cloud): Promise<unknown> {
    const f = this.flags;
    const nics: Array<Record<string, string>> = [];
    for (const n of f.network ?? []) nics.push({ uuid: String((await cloud.network.networks.find(n)).id) });
    for (const p of f.port ?? []) nics.push({ port: String((await cloud.network.ports.find(p)).id) });
    for (const raw of f.nic ?? []) {
      const nic = parseNic(raw);
      if (nic === 'none' || nic === 'auto') {
        if ((f.nic?.length ?? 0) > 1 || f.network?.length || f.port?.length) throw new UsageError(`--nic ${nic} cannot be combined with other NICs`);
        return nic;
      }
      const entry: Record<string, string> = {};
      if (nic['net-id']) entry.uuid = nic['net-id'];
      if (nic['net-name']) entry.uuid = String((await cloud.network.networks.find(nic['net-name'])).id);
      if (nic['port-id']) entry.port = nic['port-id'];
      if (nic['v4-fixed-ip'] ?? nic['v6-fixed-ip']) entry.fixed_ip = (nic['v4-fixed-ip'] ?? nic['v6-fixed-ip']) as string;
      nics.push(entry);
    }
    return nics.length ? nics : 'auto';
  }
}
