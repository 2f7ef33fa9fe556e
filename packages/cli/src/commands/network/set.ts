import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import type { CommandResult } from '../../output/format.js';
import { extraProperties, extraPropertyFlags, setTagFlags, updateTags } from '../../views/neutron.js';

/** `oscloud network set`: python-openstackclient's flags; one PUT of the changed attributes, then the tags. */
export default class NetworkSet extends OsCommand<typeof NetworkSet> {
  static override description = 'Set network properties';
  static override args = { network: Args.string({ required: true, description: 'Network to modify (name or ID)' }) };
  static override flags = {
    name: Flags.string({ description: 'Set network name' }),
    enable: Flags.boolean({ description: 'Enable network', exclusive: ['disable'] }),
    disable: Flags.boolean({ description: 'Disable network' }),
    share: Flags.boolean({ description: 'Share the network between projects', exclusive: ['no-share'] }),
    'no-share': Flags.boolean({ description: 'Do not share the network between projects' }),
    description: Flags.string({ description: 'Set network description' }),
    mtu: Flags.integer({ description: 'Set network MTU' }),
    'enable-port-security': Flags.boolean({ description: 'Enable port security by default for ports created on this network', exclusive: ['disable-port-security'] }),
    'disable-port-security': Flags.boolean({ description: 'Disable port security by default for ports created on this network' }),
    external: Flags.boolean({ description: 'The network has an external routing facility', exclusive: ['internal'] }),
    internal: Flags.boolean({ description: 'Opposite of --external' }),
    default: Flags.boolean({ description: 'Set the network as the default external network', exclusive: ['no-default'] }),
    'no-default': Flags.boolean({ description: 'Do not use the network as the default external network' }),
    'provider-network-type': Flags.string({ description: 'The physical mechanism by which the virtual network is implemented' }),
    'provider-physical-network': Flags.string({ description: 'Name of the physical network over which the virtual network is implemented' }),
    'provider-segment': Flags.integer({ description: 'VLAN ID for VLAN networks or Tunnel ID for GENEVE/GRE/VXLAN networks' }),
    'dns-domain': Flags.string({ description: 'Set DNS domain for this network' }),
    ...setTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property']);
    const cloud = await this.cloud();
    const f = this.flags;
    const network = await cloud.network.networks.find(this.args.network);
    const body: Record<string, unknown> = {};
    if (f.name !== undefined) body.name = f.name;
    if (f.enable) body.admin_state_up = true;
    if (f.disable) body.admin_state_up = false;
    if (f.share) body.shared = true;
    if (f['no-share']) body.shared = false;
    if (f.description !== undefined) body.description = f.description;
    if (f.mtu !== undefined) body.mtu = f.mtu;
    if (f['enable-port-security']) body.port_security_enabled = true;
    if (f['disable-port-security']) body.port_security_enabled = false;
    if (f.external) body['router:external'] = true;
    if (f.internal) body['router:external'] = false;
    if (f.default) body.is_default = true;
    if (f['no-default']) body.is_default = false;
    if (f['provider-network-type'] !== undefined) body['provider:network_type'] = f['provider-network-type'];
    if (f['provider-physical-network'] !== undefined) body['provider:physical_network'] = f['provider-physical-network'];
    if (f['provider-segment'] !== undefined) body['provider:segmentation_id'] = f['provider-segment'];
    if (f['dns-domain'] !== undefined) body.dns_domain = f['dns-domain'];
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.networks.update(String(network.id), body as never);
    await updateTags(cloud, 'networks', network, { add: f.tag, clear: f['no-tag'] });
    return { kind: 'none' };
  }
}
