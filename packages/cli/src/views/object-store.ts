/** python-openstackclient's object-store views (openstackclient/api/object_store_v1.py): show dicts sorted by key. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Cloud, SwiftMetadata } from '@oscloud/sdk';
import { type CommandResult, show } from '../output/format.js';
import { writeBinary } from '../output/io.js';
import { dictColumn } from './columns.js';

/** A show result with keys sorted as OSC's `zip(*sorted(data.items()))`; `properties` as a DictColumn when any. */
export function sortedShow(data: Record<string, unknown>, properties: Record<string, string>): CommandResult {
  const all: Record<string, unknown> = { ...data };
  if (Object.keys(properties).length > 0) all.properties = dictColumn(properties);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(all).sort()) if (all[k] !== undefined) out[k] = all[k];
  return show(out);
}

/** `container show`: counts, ACLs and policy when present, properties. */
export async function containerView(cloud: Cloud, container: string): Promise<CommandResult> {
  const c: SwiftMetadata = await cloud.objectStore.showContainer(container);
  const h = c.headers;
  return sortedShow({
    account: await cloud.objectStore.accountName(),
    container,
    object_count: h['x-container-object-count'],
    bytes_used: h['x-container-bytes-used'],
    storage_policy: h['x-storage-policy'],
    read_acl: h['x-container-read'],
    write_acl: h['x-container-write'],
    sync_to: h['x-container-sync-to'],
    sync_key: h['x-container-sync-key'],
  }, c.meta);
}

/** `object show`: type, length, modified, etag, DLO manifest when present, properties. */
export async function objectView(cloud: Cloud, container: string, object: string): Promise<CommandResult> {
  const o = await cloud.objectStore.showObject(container, object);
  const h = o.headers;
  return sortedShow({
    account: await cloud.objectStore.accountName(),
    container,
    object,
    'content-type': h['content-type'],
    'content-length': h['content-length'],
    'last-modified': h['last-modified'],
    etag: h.etag,
    'x-object-manifest': h['x-object-manifest'],
  }, o.meta);
}

/** `object store account show`. */
export async function accountView(cloud: Cloud): Promise<CommandResult> {
  const a = await cloud.objectStore.showAccount();
  const h = a.headers;
  return sortedShow({
    Containers: h['x-account-container-count'],
    Objects: h['x-account-object-count'],
    Bytes: h['x-account-bytes-used'],
    Account: await cloud.objectStore.accountName(),
  }, a.meta);
}

/** Downloads an object to `file` (its directories created), or to stdout for `-`. */
export async function saveObject(cloud: Cloud, container: string, object: string, file: string): Promise<void> {
  const { stream } = await cloud.objectStore.getObject(container, object);
  if (file === '-') {
    await writeBinary(stream);
    return;
  }
  if (dirname(file) !== '.') await mkdir(dirname(file), { recursive: true });
  await pipeline(stream, createWriteStream(file));
}
