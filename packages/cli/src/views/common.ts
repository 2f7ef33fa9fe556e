/** Small parsers shared by commands: `--property key=value`, `--nic`, `--block-device`, `--sort key:dir`. */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../exit-codes.js';

/** Parses repeated `key=value` options into an object; a bare `key` maps to ''. */
export function parseProperties(values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const i = v.indexOf('=');
    if (i <= 0) out[v] = '';
    else out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

/** Parses `--nic net-id=..,v4-fixed-ip=..,port-id=..` (or `none` / `auto`). */
export function parseNic(value: string): Record<string, string> | 'none' | 'auto' {
  if (value === 'none' || value === 'auto') return value;
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    const i = part.indexOf('=');
    if (i <= 0) throw new UsageError(`Invalid --nic argument '${value}': expected key=value pairs (net-id, net-name, port-id, v4-fixed-ip, v6-fixed-ip)`);
    const key = part.slice(0, i);
    if (!['net-id', 'net-name', 'port-id', 'v4-fixed-ip', 'v6-fixed-ip', 'tag'].includes(key)) {
      throw new UsageError(`Invalid --nic key '${key}': expected net-id, net-name, port-id, v4-fixed-ip or v6-fixed-ip`);
    }
    out[key] = part.slice(i + 1);
  }
  return out;
}

const BLOCK_DEVICE_KEYS = [
  'uuid', 'source_type', 'destination_type', 'disk_bus', 'device_type', 'device_name', 'volume_size', 'guest_format',
  'boot_index', 'delete_on_termination', 'tag', 'volume_type',
];
const TRUE_WORDS = ['1', 't', 'true', 'on', 'y', 'yes'];
const FALSE_WORDS = ['0', 'f', 'false', 'off', 'n', 'no'];

/** A boolean-like word as oslo's strict bool_from_string reads it; undefined for anything else. */
export function boolWord(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  return TRUE_WORDS.includes(v) ? true : FALSE_WORDS.includes(v) ? false : undefined;
}

/**
 * Parses `server create --block-device`: a JSON file (when the value is an existing path)
 * or `key=value,...`, with python-openstackclient's checks and defaults (source blank,
 * destination local for blank and volume otherwise, local devices deleted with the server).
 */
export function parseBlockDevice(value: string): Record<string, unknown> {
  let mapping: Record<string, unknown>;
  if (existsSync(value)) {
    try {
      mapping = JSON.parse(readFileSync(value, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`--block-device ${value}: not a JSON object: ${(err as Error).message}`);
    }
  } else {
    mapping = {};
    for (const part of value.split(',')) {
      const i = part.indexOf('=');
      if (i <= 0) throw new UsageError(`Invalid --block-device '${value}': expected key=value pairs or a JSON file`);
      mapping[part.slice(0, i)] = part.slice(i + 1);
    }
  }
  const invalid = Object.keys(mapping).filter((k) => !BLOCK_DEVICE_KEYS.includes(k));
  if (invalid.length) throw new UsageError(`Invalid keys ${invalid.join(', ')} specified in --block-device. Valid keys are: ${BLOCK_DEVICE_KEYS.join(', ')}`);
  if (mapping.boot_index !== undefined) {
    const index = Number(mapping.boot_index);
    if (!Number.isInteger(index)) throw new UsageError('The boot_index key of --block-device should be an integer');
    mapping.boot_index = index;
  }
  mapping.source_type ??= 'blank';
  if (!['volume', 'image', 'snapshot', 'blank'].includes(String(mapping.source_type))) {
    throw new UsageError('The source_type key of --block-device should be one of: volume, image, snapshot, blank');
  }
  mapping.destination_type ??= mapping.source_type === 'blank' ? 'local' : 'volume';
  if (!['local', 'volume'].includes(String(mapping.destination_type))) throw new UsageError('The destination_type key of --block-device should be one of: local, volume');
  if (mapping.delete_on_termination !== undefined) {
    const flag = boolWord(mapping.delete_on_termination);
    if (flag === undefined) throw new UsageError('The delete_on_termination key of --block-device should be a boolean-like value');
    mapping.delete_on_termination = flag;
  } else if (mapping.destination_type === 'local') {
    mapping.delete_on_termination = true;
  }
  if (mapping.volume_size !== undefined) mapping.volume_size = Number(mapping.volume_size);
  return mapping;
}

/**
 * Sorts items client-side by `--sort <key>[:asc|desc],...` as osc-lib's sort_items does: keys
 * compared as Python's str() of their values (so numbers sort as text), the first key first,
 * stably. A key no item has, or a bad direction, is a usage error.
 */
export function sortItems<T>(items: T[], sort: string | undefined): T[] {
  if (!sort) return items;
  let out = [...items];
  for (const spec of sort.trim().split(',').reverse()) {
    const [key, direction = 'asc'] = spec.split(':', 2) as [string, string?];
    if (!key) throw new UsageError("'<empty string>' is not a valid sort key");
    if (direction !== 'asc' && direction !== 'desc') {
      throw new UsageError(`'${direction || '<empty string>'}' is not a valid sort direction for sort key ${key}, use 'asc' or 'desc' instead`);
    }
    const text = (item: T): string => {
      const record = item as Record<string, unknown>;
      if (!(key in record)) throw new UsageError(`Resource doesn't have field ${key}`);
      const value = record[key];
      return value === null || value === undefined ? 'None' : typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
    };
    const sign = direction === 'desc' ? -1 : 1;
    out = out.sort((a, b) => {
      const x = text(a);
      const y = text(b);
      return x < y ? -sign : x > y ? sign : 0;
    });
  }
  return out;
}
