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
