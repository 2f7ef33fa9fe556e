/** Small parsers shared by commands: `--property key=value`, name-or-id lookups. */
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
