import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { parseProperties } from '../../views/common.js';
import { allowedAddress, extraProperties, extraPropertyFlags, fixedIps, setTagFlags, updateTags } from '../../views/neutron.js';

const many = { multiple: true, multipleNonGreedy: true } as const;

/**
 * `oscloud port set`: fixed IPs, security groups and allowed address pairs are added to the
 * port's own unless their `--no-...` option clears them first, as upstream.
 */
export default class PortSet extends OsCommand<typeof PortSet> {
  static override description = 'Set port properties';
  static override args = { port: Args.string({ required: true, description: 'Port to modify (name or ID)' }) };
  static override flags = {
    description: Flags.string({ description: 'Description of this port' }),
    device: Flags.string({ description: 'Port device ID' }),
    'mac-address': Flags.string({ description: 'MAC address of this port (admin only)' }),
    'device-owner': Flags.string({ description: 'Device owner of this port' }),
    'vnic-type': Flags.string({ description: 'VNIC type for this port (normal, direct, macvtap...)' }),
    host: Flags.string({ description: 'Allocate port on host <host-id> (ID only)' }),
    'dns-name': Flags.string({ description: 'Set DNS name for this port' }),
    enable: Flags.boolean({ description: 'Enable port', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable port' }),
    name: Flags.string({ description: 'Set port name' }),
    'fixed-ip': Flags.string({ ...many, description: 'Desired IP and/or subnet for this port: subnet=<subnet>,ip-address=<ip-address> (repeatable)' }),
    'no-fixed-ip': Flags.boolean({ description: 'Clear existing information of fixed IP addresses' }),
    'binding-profile': Flags.string({ ...many, description: 'Custom data to be passed as binding:profile: <key>=<value> (repeatable)' }),
    'no-binding-profile': Flags.boolean({ description: 'Clear existing information of binding:profile' }),
    'security-group': Flags.string({ ...many, description: 'Security group to associate with this port (name or ID; repeatable)' }),
    'no-security-group': Flags.boolean({ description: 'Clear existing security groups associated with this port' }),
    'enable-port-security': Flags.boolean({ description: 'Enable port security for this port', exclusive: ['disable-port-security'] }),
    'disable-port-security': Flags.boolean({ description: 'Disable port security for this port' }),
    'allowed-address': Flags.string({ ...many, description: 'Add allowed-address pair: ip-address=<ip-address>[,mac-address=<mac-address>] (repeatable)' }),
    'no-allowed-address': Flags.boolean({ description: 'Clear existing allowed-address pairs associated with this port' }),
    ...setTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const f = this.flags;
    const pairs = (f['allowed-address'] ?? []).map((v) => allowedAddress(v));
    const cloud = await this.cloud();
    const port = await cloud.network.ports.find(this.args.port);
    const body: Record<string, unknown> = {};
    if (f.description !== undefined) body.description = f.description;
    if (f.device !== undefined) body.device_id = f.device;
    if (f['mac-address'] !== undefined) body.mac_address = f['mac-address'];
    if (f['device-owner'] !== undefined) body.device_owner = f['device-owner'];
    if (f['vnic-type'] !== undefined) body['binding:vnic_type'] = f['vnic-type'];
    if (f.host !== undefined) body['binding:host_id'] = f.host;
    if (f['dns-name'] !== undefined) body.dns_name = f['dns-name'];
    if (f.enable) body.admin_state_up = true;
    if (f.disable) body.admin_state_up = false;
    if (f.name !== undefined) body.name = f.name;
    if (f['no-fixed-ip'] || f['fixed-ip']?.length) {
      body.fixed_ips = [...(f['no-fixed-ip'] ? [] : (port.fixed_ips ?? [])), ...(await fixedIps(cloud, f['fixed-ip']))];
    }
    if (f['no-binding-profile'] || f['binding-profile']?.length) {
      const current = (port as { 'binding:profile'?: Record<string, unknown> | null })['binding:profile'];
      body['binding:profile'] = { ...(f['no-binding-profile'] ? {} : (current ?? {})), ...parseProperties(f['binding-profile']) };
    }
    if (f['no-security-group'] || f['security-group']?.length) {
      const added = await Promise.all((f['security-group'] ?? []).map(async (g) => String((await cloud.network.securityGroups.find(g)).id)));
      body.security_groups = [...new Set([...(f['no-security-group'] ? [] : (port.security_groups ?? [])), ...added])];
    }
    if (f['enable-port-security']) body.port_security_enabled = true;
    if (f['disable-port-security']) body.port_security_enabled = false;
    if (f['no-allowed-address'] || pairs.length) {
      body.allowed_address_pairs = [...(f['no-allowed-address'] ? [] : (port.allowed_address_pairs ?? [])), ...pairs];
    }
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.ports.update(String(port.id), body as never);
    await updateTags(cloud, 'ports', port, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
