/** The options `subnet pool create` and `subnet pool set` share (python-openstackclient's _add_prefix_options and _get_attrs). */
import * as Flags from '@oclif/core/flags';
import type { Cloud, SubnetPoolBody } from '@oscloud/sdk';

/** Options of both create and set. */
export const subnetPoolFlags = {
  'pool-prefix': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Set subnet pool prefixes (in CIDR notation) (repeat option to set multiple prefixes)' }),
  'default-prefix-length': Flags.integer({ description: 'Set subnet pool default prefix length' }),
  'min-prefix-length': Flags.integer({ description: 'Set subnet pool minimum prefix length' }),
  'max-prefix-length': Flags.integer({ description: 'Set subnet pool maximum prefix length' }),
  'address-scope': Flags.string({ description: 'Set address scope associated with the subnet pool (name or ID), prefixes must be unique across address scopes' }),
  default: Flags.boolean({ description: 'Set this as a default subnet pool', exclusive: ['no-default'] }),
  'no-default': Flags.boolean({ description: 'Set this as a non-default subnet pool', exclusive: ['default'] }),
  description: Flags.string({ description: 'Set subnet pool description' }),
  'default-quota': Flags.integer({ description: 'Set default per-project quota for this subnet pool as the number of IP addresses that can be allocated from the subnet pool' }),
};

/** The parsed options of subnetPoolFlags (and create's --share / --project, set's --no-address-scope). */
export interface SubnetPoolOptions {
  'pool-prefix'?: string[];
  'default-prefix-length'?: number;
  'min-prefix-length'?: number;
  'max-prefix-length'?: number;
  'address-scope'?: string;
  default?: boolean;
  'no-default'?: boolean;
  description?: string;
  'default-quota'?: number;
  'no-address-scope'?: boolean;
}

/** The attributes the options set (upstream's _get_attrs, without name and project, which the commands add). */
export async function subnetPoolAttrs(cloud: Cloud, f: SubnetPoolOptions): Promise<SubnetPoolBody> {
  const attrs: SubnetPoolBody = {};
  if (f['pool-prefix']) attrs.prefixes = f['pool-prefix'];
  if (f['default-prefix-length'] !== undefined) attrs.default_prefixlen = f['default-prefix-length'];
  if (f['min-prefix-length'] !== undefined) attrs.min_prefixlen = f['min-prefix-length'];
  if (f['max-prefix-length'] !== undefined) attrs.max_prefixlen = f['max-prefix-length'];
  if (f['address-scope'] !== undefined) attrs.address_scope_id = (await cloud.network.addressScopes.find(f['address-scope'])).id;
  if (f['no-address-scope']) attrs.address_scope_id = null;
  if (f.default) attrs.is_default = true;
  if (f['no-default']) attrs.is_default = false;
  if (f.description !== undefined) attrs.description = f.description;
  if (f['default-quota'] !== undefined) attrs.default_quota = f['default-quota'];
  return attrs;
}
