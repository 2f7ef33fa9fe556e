/** Shared pieces of the Keystone extension commands (endpoint groups, OAuth1, federation, access rules). */
import { readFileSync } from 'node:fs';
import type { KeystoneItem } from '@oscloud/sdk';
import { listColumn } from './columns.js';

/** The item without its `links`, as python-openstackclient shows these resources. */
export function withoutLinks(item: KeystoneItem | Record<string, unknown>): Record<string, unknown> {
  const { links: _links, ...rest } = item as Record<string, unknown>;
  return rest;
}

/** Parses a JSON file (rules, filters), failing as python-openstackclient does on bad content. */
export function readJsonFile(path: string, what: 'rules' | 'filters'): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`An error occurred when reading ${what} from file ${path}: ${(err as Error).message}`);
  }
}

/** Remote IDs from --remote-id-file (one per line, trimmed) or the repeated --remote-id. */
export function remoteIds(file: string | undefined, ids: string[] | undefined): string[] | undefined {
  if (file) {
    // Python's splitlines(): no empty last line for a final newline
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    return lines.map((l) => l.trim());
  }
  return ids && ids.length ? ids : undefined;
}

/** An identity provider as shown: no links, remote IDs as a list column. */
export function identityProviderView(idp: KeystoneItem): Record<string, unknown> {
  const view = withoutLinks(idp);
  view.remote_ids = listColumn((idp.remote_ids as unknown[] | undefined) ?? []);
  return view;
}

/** A federation protocol as shown: `mapping` for `mapping_id`, plus the identity provider. */
export function protocolView(protocol: KeystoneItem, idp?: string): Record<string, unknown> {
  const { mapping_id: mapping, ...rest } = withoutLinks(protocol);
  return { ...rest, mapping, ...(idp !== undefined ? { identity_provider: idp } : {}) };
}

/** A --authorization-ttl value: a non-negative integer. */
export function authorizationTtl(value: number | undefined): Record<string, number> {
  if (value === undefined) return {};
  if (value < 0) throw new Error('authorization-ttl must be positive integer or zero.');
  return { authorization_ttl: value };
}
