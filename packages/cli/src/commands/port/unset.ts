import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { OsCommand } from '../../base.js';
import { type CommandResult, pyStr } from '../../output/format.js';
import { allowedAddress, extraProperties, extraPropertyFlags, fixedIps, unsetTagFlags, updateTags, without } from '../../views/neutron.js';

const many = { multiple: true, multipleNonGreedy: true } as const;

/** `oscloud port unset`: removes the given entries; one the port does not have fails the command before any change. */
export default class PortUnset extends OsCommand<typeof PortUnset> {
  static override description = 'Unset port properties';
  static override args = { port: Args.string({ required: true, description: 'Port to modify (name or ID)' }) };
  static override flags = {
    'fixed-ip': Flags.string({ ...many, description: 'Desired IP and/or subnet which should be removed from this port: subnet=<subnet>,ip-address=<ip-address> (repeatable)' }),
    'binding-profile': Flags.string({ ...many, description: 'Desired key which should be removed from binding:profile (repeatable)' }),
    'security-group': Flags.string({ ...many, description: 'Security group which should be removed this port (name or ID; repeatable)' }),
    'allowed-address': Flags.string({ ...many, description: 'Desired allowed-address pair which should be removed from this port: ip-address=<ip-address>[,mac-address=<mac-address>] (repeatable)' }),
    ...unsetTagFlags,
    ...extraPropertyFlags,
  };

  async execute(): Promise<CommandResult> {
    const extra = extraProperties(this.flags['extra-property'], true);
    const f = this.flags;
    const pairs = (f['allowed-address'] ?? []).map((v) => allowedAddress(v));
    const cloud = await this.cloud();
    const port = await cloud.network.ports.find(this.args.port);
    const body: Record<string, unknown> = {};
    if (f['fixed-ip']?.length) {
      body.fixed_ips = without(port.fixed_ips, await fixedIps(cloud, f['fixed-ip']), (ip) => `Port does not contain fixed-ip ${pyStr(ip)}`);
    }
    if (f['binding-profile']?.length) {
      const profile = { ...((port as { 'binding:profile'?: Record<string, unknown> | null })['binding:profile'] ?? {}) };
      for (const key of f['binding-profile']) {
        if (!(key in profile)) throw new Error(`Port does not contain binding-profile ${key}`);
        delete profile[key];
      }
      body['binding:profile'] = profile;
    }
    if (f['security-group']?.length) {
      const ids = await Promise.all(f['security-group'].map(async (g) => String((await cloud.network.securityGroups.find(g)).id)));
      body.security_groups = without(port.security_groups, ids, (id) => `Port does not contain security group ${id}`);
    }
    if (pairs.length) body.allowed_address_pairs = without(port.allowed_address_pairs, pairs, (p) => `Port does not contain allowed-address-pair ${pyStr(p)}`);
    Object.assign(body, extra);
    if (Object.keys(body).length) await cloud.network.ports.update(String(port.id), body as never);
    await updateTags(cloud, 'ports', port, { remove: f.tag, clear: f['all-tag'] });
    return { kind: 'none' };
  }
}
