/**
 * What python-openstackclient's Neutron `set` / `unset` commands share: the `--tag` options
 * (network/v2/_tag.py), osc-lib's MultiKeyValueAction (`--fixed-ip subnet=..,ip-address=..`)
 * and the list arguments `set` appends to and `unset` removes from.
 */
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { UsageError } from '../exit-codes.js';

/** `--tag` / `--no-tag` of a `set` command. */
export const setTagFlags = {
  tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be added (repeat option to set multiple tags)' }),
  'no-tag': Flags.boolean({ description: 'Clear tags associated with the resource. Specify both --tag and --no-tag to overwrite current tags' }),
};

/** `--tag` / `--all-tag` of an `unset` command. */
export const unsetTagFlags = {
  tag: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'Tag to be removed (repeat option to remove multiple tags)' }),
  'all-tag': Flags.boolean({ description: 'Clear all tags associated with the resource' }),
};

/** Neutron's resource path segment for the tags API (`/v2.0/{resource_type}/{id}/tags`). */
export type TaggedResource = 'networks' | 'subnets' | 'ports' | 'routers' | 'floatingips' | 'security-groups' | 'subnetpools';

/**
 * The tags after `set --tag/--no-tag` or `unset --tag/--all-tag`, written with one PUT of the
 * whole list when they changed (as python-openstackclient's set_tags does); nothing when not.
 */
export async function updateTags(
  cloud: Cloud,
  resource: TaggedResource,
  item: { id?: unknown; tags?: string[] | null | undefined },
  change: { add?: string[] | undefined; clear?: boolean | undefined; remove?: string[] | undefined },
): Promise<void> {
  if (!change.add?.length && !change.clear && !change.remove?.length) return;
  const current = item.tags ?? [];
  let tags = new Set(change.clear ? [] : current);
  for (const t of change.add ?? []) tags.add(t);
  for (const t of change.remove ?? []) tags.delete(t);
  tags = new Set([...tags].sort());
  const before = [...new Set(current)].sort();
  if (before.length === tags.size && before.every((t) => tags.has(t))) return;
  await cloud.call('network', 'PUT /v2.0/{resource_type}/{resource_id}/tags', {
    path: { resource_type: resource, resource_id: String(item.id) },
    body: { tags: [...tags] },
  });
}

/**
 * osc-lib's MultiKeyValueAction: `k=v,k=v` with only `allowed` keys and every `required` one,
 * with its messages (a usage error, exit 2, as argparse's).
 */
export function parseKeyValues(option: string, value: string, allowed: string[], required: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    const i = part.indexOf('=');
    if (i <= 0) throw new UsageError(`argument --${option}: Expected key=value pairs separated by comma, but got: ${part}`);
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  const invalid = Object.keys(out).filter((k) => !allowed.includes(k));
  if (invalid.length) throw new UsageError(`argument --${option}: Invalid keys ${invalid.join(', ')} specified.\nValid keys are: ${allowed.join(', ')}`);
  const missing = required.filter((k) => !(k in out));
  if (missing.length) throw new UsageError(`argument --${option}: Missing required keys ${missing.join(', ')}.\nRequired keys are: ${required.join(', ')}`);
  return out;
}

/** `--fixed-ip subnet=<subnet>,ip-address=<ip>` as Neutron's fixed_ips entries (subnets by name or ID). */
export async function fixedIps(cloud: Cloud, values: string[] | undefined): Promise<Array<{ subnet_id?: string; ip_address?: string }>> {
  const out: Array<{ subnet_id?: string; ip_address?: string }> = [];
  for (const spec of values ?? []) {
    const kv = parseKeyValues('fixed-ip', spec, ['subnet', 'ip-address']);
    const entry: { subnet_id?: string; ip_address?: string } = {};
    if (kv.subnet) entry.subnet_id = String((await cloud.network.subnets.find(kv.subnet)).id);
    if (kv['ip-address']) entry.ip_address = kv['ip-address'];
    out.push(entry);
  }
  return out;
}

/** `--route destination=<subnet>,gateway=<ip>` (and subnet `--host-route`) as Neutron's `{destination, nexthop}`. */
export function routes(option: string, values: string[] | undefined): Array<{ destination: string; nexthop: string }> {
  return (values ?? []).map((v) => {
    const kv = parseKeyValues(option, v, ['destination', 'gateway'], ['destination', 'gateway']);
    return { destination: kv.destination as string, nexthop: kv.gateway as string };
  });
}

/** `--allocation-pool start=<ip>,end=<ip>` */
export function allocationPools(values: string[] | undefined): Array<{ start: string; end: string }> {
  return (values ?? []).map((v) => {
    const kv = parseKeyValues('allocation-pool', v, ['start', 'end'], ['start', 'end']);
    return { start: kv.start as string, end: kv.end as string };
  });
}

/** JSON-equal (Neutron's dicts come back with their keys in any order). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `unset`: `current` without each of `remove`; one that is not there fails the command with
 * `message(item)` before anything is sent (python-openstackclient's CommandError, exit 1).
 */
export function without<T>(current: T[] | null | undefined, remove: T[], message: (item: T) => string): T[] {
  const out = [...(current ?? [])];
  for (const item of remove) {
    const i = out.findIndex((x) => same(x, item));
    if (i < 0) throw new Error(message(item));
    out.splice(i, 1);
  }
  return out;
}

/** `--allowed-address ip-address=<ip>[,mac-address=<mac>]` as Neutron's allowed address pair. */
export function allowedAddress(value: string): { ip_address: string; mac_address?: string } {
  const kv = parseKeyValues('allowed-address', value, ['ip-address', 'mac-address'], ['ip-address']);
  return { ip_address: kv['ip-address'] as string, ...(kv['mac-address'] ? { mac_address: kv['mac-address'] } : {}) };
}

/**
 * `--extra-property type=<type>,name=<name>,value=<value>` of network, subnet, port and router
 * create / set / unset (python-openstackclient's NeutronCommandWithExtraArgs, network/common.py):
 * a Neutron attribute the command has no option for, sent in the request body as given.
 */
export const extraPropertyFlags = {
  'extra-property': Flags.string({
    multiple: true,
    multipleNonGreedy: true,
    helpValue: 'type=<property_type>,name=<property_name>,value=<property_value>',
    description:
      "Additional parameters can be passed using this property. Default type of the extra property is string ('str'), but other types can be used as well. Available types are: 'dict', 'list', 'str', 'bool', 'int'. In case of 'list' type, 'value' can be semicolon-separated list of values. For 'dict' value is semicolon-separated list of the key:value pairs.",
  }),
};

/** python-openstackclient's network/utils.py str2dict: `k1:v1;k2:v2`, a part without `:` continuing the previous value. */
function str2dict(value: string): Record<string, string> {
  const pairs: string[] = [];
  for (const part of value ? value.split(';') : []) {
    if (part.includes(':')) pairs.push(part);
    else if (!pairs.length) throw new Error(`missing value for key '${part}'`);
    else pairs[pairs.length - 1] += `;${part}`;
  }
  return Object.fromEntries(pairs.map((p) => [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)]));
}

/** Python's int() of a string: optional sign, digits (with single underscores between them), surrounding blanks. */
function pyInt(value: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) throw new Error(`invalid literal for int() with base 10: '${value}'`);
  return Number.parseInt(value.replace(/_/g, ''), 10);
}

const EXTRA_PROPERTY_TYPES: Record<string, (value: string) => unknown> = {
  bool: (v) => v.toLowerCase() === 'true',
  dict: str2dict,
  list: (v) => (v ? v.split(';') : []),
  int: pyInt,
  str: (v) => v,
};

/**
 * The body attributes of `--extra-property` options: each name with its value converted to its
 * type (str by default); with `unset`, each name with null (the value is required but unused,
 * as upstream). Bad input fails before anything is sent: a malformed option is a usage error
 * (exit 2, argparse's), a bad type or value the message alone (exit 1, upstream's CommandError).
 */
export function extraProperties(values: string[] | undefined, unset = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of values ?? []) {
    const kv = parseKeyValues('extra-property', spec, ['type', 'name', 'value'], ['name', 'value']);
    const name = kv.name as string;
    const type = kv.type ?? 'str';
    const convert = Object.hasOwn(EXTRA_PROPERTY_TYPES, type) ? EXTRA_PROPERTY_TYPES[type] : undefined;
    if (!convert) throw new Error(`Type ${type} of property ${name} is not supported`);
    out[name] = unset ? null : convert(kv.value as string);
  }
  return out;
}
