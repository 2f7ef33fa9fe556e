// Swift v1 helpers (`cloud.objectStore`): the account, containers and objects of the token's
// project; streamed uploads (Node Readable or web ReadableStream) and downloads, metadata,
// listings paged by marker, temp URL signing and static large object uploads in segments.
// @see https://docs.openstack.org/api-ref/object-store/
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Cloud } from '../cloud.js';
import { SdkError } from '../errors.js';
import type { components } from '../generated/object-store.js';
import type { HelperOptions } from './base.js';

type S = components['schemas'];
/** One entry of a JSON container listing. */
export type ContainerListEntry = S['ContainerListEntry'];
/** One entry of a JSON object listing (`subdir` entries appear with a delimiter). */
export type ObjectListEntry = S['ObjectListEntry'] | S['SubdirEntry'];
/** `GET /info`. */
export type ObjectStoreCapabilities = S['Capabilities'];

/** Response headers, lower-cased. */
export type SwiftHeaders = Record<string, string>;

/** Data to upload: bytes, a string, a Node stream or a web stream. */
export type ObjectData = Buffer | Uint8Array | string | Readable | WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>;

/** Listing parameters (Swift's). */
export interface ListOptions extends HelperOptions {
  prefix?: string;
  delimiter?: string;
  marker?: string;
  endMarker?: string;
  /** Entries per page (the server's maximum is 10,000). */
  limit?: number;
  reverse?: boolean;
}

/** Metadata of an account, container or object: the user metadata and the other headers. */
export interface SwiftMetadata {
  /** `X-{Account,Container,Object}-Meta-<name>` by `<name>` (lower-case, as HTTP delivers it). */
  meta: Record<string, string>;
  headers: SwiftHeaders;
}

/** Options of an object upload. */
export interface PutObjectOptions extends HelperOptions {
  contentType?: string;
  /** User metadata: `X-Object-Meta-<name>`. */
  meta?: Record<string, string>;
  /** The MD5 (hex) the server must find, else it refuses the upload (422). */
  etag?: string;
  /** Byte count of a stream (sent as Content-Length; otherwise the upload is chunked). */
  size?: number;
  onProgress?: (sent: number, total: number | undefined) => void;
}

/** A temp URL to sign. */
export interface TempUrlOptions {
  method?: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** Seconds from now (default 3600), or an absolute Date. */
  expires?: number | Date;
  /** HMAC digest (default sha256). */
  digest?: 'sha1' | 'sha256' | 'sha512';
  /** Sign for every object whose name starts with this prefix (the object argument is ignored). */
  prefix?: string;
}

/** Options of a static large object upload. */
export interface LargeObjectOptions extends PutObjectOptions {
  /** Bytes per segment (default 100 MiB). */
  segmentSize?: number;
  /** Where segments go (default `<container>_segments`, created when missing). */
  segmentContainer?: string;
}

const META = { account: 'x-account-meta-', container: 'x-container-meta-', object: 'x-object-meta-' } as const;

/** Encodes an object name for a URL path: each `/`-separated part percent-encoded. */
export function encodeObjectName(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** Splits headers into user metadata (by level) and the rest; values flattened to strings. */
export function splitMetadata(headers: Record<string, string | string[] | undefined>, level: keyof typeof META): SwiftMetadata {
  const meta: Record<string, string> = {};
  const rest: SwiftHeaders = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    const key = k.toLowerCase();
    const value = Array.isArray(v) ? v.join(', ') : v;
    if (key.startsWith(META[level])) meta[key.slice(META[level].length)] = value;
    else rest[key] = value;
  }
  return { meta, headers: rest };
}

/** Metadata updates as headers: a value sets `X-<Level>-Meta-<k>`, null removes it (`X-Remove-...`). */
export function metadataHeaders(level: keyof typeof META, changes: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = META[level];
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) out[`x-remove-${prefix.slice(2)}${k}`] = 'x';
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

/**
 * Signs a temp URL path the way Swift's tempurl middleware checks it: the hex HMAC of
 * `<METHOD>\n<expires>\n<path>` (sha1/sha256 hex, sha512 as `sha512:<base64>`); with a prefix
 * the path is `prefix:/v1/AUTH_<p>/<container>/<prefix>`. Returns the query string.
 */
export function signTempUrl(key: string, path: string, opts: TempUrlOptions = {}, now = Date.now()): string {
  const method = opts.method ?? 'GET';
  const expires = opts.expires instanceof Date ? Math.floor(opts.expires.getTime() / 1000) : Math.floor(now / 1000) + (opts.expires ?? 3600);
  const digest = opts.digest ?? 'sha256';
  const hmacPath = opts.prefix !== undefined ? `prefix:${path}` : path;
  const mac = createHmac(digest, key).update(`${method}\n${expires}\n${hmacPath}`);
  const sig = digest === 'sha512' ? `sha512:${mac.digest('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}` : mac.digest('hex');
  const q = new URLSearchParams({ temp_url_sig: sig, temp_url_expires: String(expires) });
  if (opts.prefix !== undefined) q.set('temp_url_prefix', opts.prefix);
  return q.toString();
}

/** A Node Readable of any upload data (web streams converted). */
function toNodeBody(data: ObjectData): Buffer | Uint8Array | string | Readable {
  if (typeof data === 'string' || Buffer.isBuffer(data) || data instanceof Uint8Array || data instanceof Readable) return data;
  if (typeof (data as { getReader?: unknown }).getReader === 'function') return Readable.fromWeb(data as WebReadableStream<Uint8Array>);
  throw new SdkError('object data must be a Buffer, Uint8Array, string, Node Readable or web ReadableStream');
}

/** Swift: `cloud.objectStore`. Every call works on the token's project account `AUTH_<project_id>`. */
export class ObjectStoreApi {
  constructor(private readonly cloud: Cloud) {}

  /** The path of the account (`/v1/AUTH_<project>`), authenticating first when needed. */
  private async account(): Promise<string> {
    await this.cloud.root('object-store');
    const project = this.cloud.projectId;
    if (!project) throw new SdkError('object-store: the token has no project (an account is AUTH_<project_id>)');
    return project;
  }

  private async send(method: string, container: string | undefined, object: string | undefined, opts: HelperOptions & { query?: Record<string, string | number | boolean | undefined>; body?: unknown; onUploadProgress?: PutObjectOptions['onProgress'] } = {}) {
    const route = object !== undefined ? '/v1/AUTH_{project_id}/{container}/{object}' : container !== undefined ? '/v1/AUTH_{project_id}/{container}' : '/v1/AUTH_{project_id}';
    const project = await this.account();
    // The object name keeps its `/`s: each part is encoded, not the whole name.
    const url = route.replace('{project_id}', encodeURIComponent(project)).replace('{container}', encodeURIComponent(container ?? '')).replace('{object}', encodeObjectName(object ?? ''));
    return this.cloud.call('object-store', `${method} ${url}`, {
      headers: opts.headers,
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
      query: opts.query,
      body: opts.body,
      onUploadProgress: opts.onUploadProgress,
      raw: true,
    });
  }

  /** `GET /info` (no token needed). */
  async capabilities(opts?: HelperOptions): Promise<ObjectStoreCapabilities> {
    return (await this.cloud.call('object-store', 'GET /info', { ...opts })) as ObjectStoreCapabilities;
  }

  /** HEAD of the account: metadata, container/object counts and bytes used. */
  async showAccount(opts?: HelperOptions): Promise<SwiftMetadata> {
    return splitMetadata((await this.send('HEAD', undefined, undefined, opts)).headers, 'account');
  }

  /** Sets (string) or removes (null) account metadata (e.g. `temp-url-key`). */
  async setAccountMetadata(changes: Record<string, string | null>, opts?: HelperOptions): Promise<void> {
    await this.send('POST', undefined, undefined, { ...opts, headers: { ...metadataHeaders('account', changes), ...opts?.headers } });
  }

  /** One page of containers (JSON listing). */
  async listContainersPage(opts: ListOptions = {}): Promise<ContainerListEntry[]> {
    const res = await this.send('GET', undefined, undefined, { ...opts, query: listingQuery(opts) });
    return res.status === 204 || res.body.length === 0 ? [] : (JSON.parse(res.body.toString('utf8')) as ContainerListEntry[]);
  }

  /** Every container, page after page by marker. */
  async *containers(opts: ListOptions = {}): AsyncGenerator<ContainerListEntry> {
    yield* paged((marker) => this.listContainersPage({ ...opts, marker }), (e) => e.name, opts.marker, opts.limit);
  }

  /** Creates a container (idempotent: `created` false when it existed), with metadata and other headers (ACLs, ...). */
  async createContainer(container: string, opts: HelperOptions & { meta?: Record<string, string> } = {}): Promise<{ created: boolean; headers: SwiftHeaders }> {
    const res = await this.send('PUT', container, undefined, { ...opts, headers: { ...metadataHeaders('container', opts.meta ?? {}), ...opts.headers } });
    return { created: res.status === 201, headers: splitMetadata(res.headers, 'container').headers };
  }

  /** The account name (`AUTH_<project_id>`) the calls work on. */
  async accountName(): Promise<string> {
    return `AUTH_${await this.account()}`;
  }

  /** HEAD of a container. */
  async showContainer(container: string, opts?: HelperOptions): Promise<SwiftMetadata> {
    return splitMetadata((await this.send('HEAD', container, undefined, opts)).headers, 'container');
  }

  /** Sets (string) or removes (null) container metadata; other headers (ACLs) via `opts.headers`. */
  async setContainerMetadata(container: string, changes: Record<string, string | null>, opts?: HelperOptions): Promise<void> {
    await this.send('POST', container, undefined, { ...opts, headers: { ...metadataHeaders('container', changes), ...opts?.headers } });
  }

  /** Deletes an empty container (409 ConflictError when it is not). */
  async deleteContainer(container: string, opts?: HelperOptions): Promise<void> {
    await this.send('DELETE', container, undefined, opts);
  }

  /** One page of a container's objects (JSON listing). */
  async listObjectsPage(container: string, opts: ListOptions = {}): Promise<ObjectListEntry[]> {
    const res = await this.send('GET', container, undefined, { ...opts, query: listingQuery(opts) });
    return res.status === 204 || res.body.length === 0 ? [] : (JSON.parse(res.body.toString('utf8')) as ObjectListEntry[]);
  }

  /** Every object of a container (and `subdir` entries with a delimiter), page after page by marker. */
  async *objects(container: string, opts: ListOptions = {}): AsyncGenerator<ObjectListEntry> {
    yield* paged((marker) => this.listObjectsPage(container, { ...opts, marker }), (e) => ('subdir' in e ? e.subdir : e.name), opts.marker, opts.limit);
  }

  /** Uploads an object from bytes or a stream; resolves with its ETag (the MD5 the server computed). */
  async putObject(container: string, object: string, data: ObjectData, opts: PutObjectOptions = {}): Promise<string> {
    const body = toNodeBody(data);
    const size = opts.size ?? (typeof body === 'string' ? Buffer.byteLength(body) : body instanceof Readable ? undefined : body.length);
    const headers: Record<string, string> = {
      'content-type': opts.contentType ?? 'application/octet-stream',
      ...metadataHeaders('object', opts.meta ?? {}),
      ...(opts.etag ? { etag: opts.etag } : {}),
      ...(size !== undefined ? { 'content-length': String(size) } : {}),
      ...opts.headers,
    };
    const res = await this.send('PUT', container, object, { ...opts, headers, body, onUploadProgress: opts.onProgress });
    return String(res.headers.etag ?? '').replace(/^"(.*)"$/, '$1');
  }

  /** HEAD of an object. */
  async showObject(container: string, object: string, opts?: HelperOptions): Promise<SwiftMetadata> {
    return splitMetadata((await this.send('HEAD', container, object, opts)).headers, 'object');
  }

  /** Downloads an object as a stream (errors thrown before any byte); `range` as `bytes=0-99`. */
  async getObject(container: string, object: string, opts: HelperOptions & { range?: string } = {}): Promise<{ stream: Readable; headers: SwiftHeaders }> {
    const project = await this.account();
    const res = await this.cloud.call('object-store', `GET /v1/AUTH_${encodeURIComponent(project)}/${encodeURIComponent(container)}/${encodeObjectName(object)}`, {
      headers: { ...(opts.range ? { range: opts.range } : {}), ...opts.headers },
      timeoutMs: opts.timeoutMs,
      signal: opts.signal,
      stream: true,
    });
    return { stream: res.stream, headers: splitMetadata(res.headers, 'object').headers };
  }

  /** Replaces an object's user metadata (Swift's POST: what is not sent is removed). */
  async setObjectMetadata(container: string, object: string, meta: Record<string, string>, opts?: HelperOptions): Promise<void> {
    await this.send('POST', container, object, { ...opts, headers: { ...metadataHeaders('object', meta), ...opts?.headers } });
  }

  /** Server-side copy to `<container>/<object>` of the same account. */
  async copyObject(container: string, object: string, to: { container: string; object: string }, opts?: HelperOptions): Promise<void> {
    await this.send('PUT', to.container, to.object, { ...opts, headers: { 'x-copy-from': `/${encodeURIComponent(container)}/${encodeObjectName(object)}`, 'content-length': '0', ...opts?.headers } });
  }

  /** Deletes an object; `largeObject: true` deletes a static large object's segments too. */
  async deleteObject(container: string, object: string, opts: HelperOptions & { largeObject?: boolean } = {}): Promise<void> {
    await this.send('DELETE', container, object, { ...opts, ...(opts.largeObject ? { query: { 'multipart-manifest': 'delete' } } : {}) });
  }

  /**
   * A temp URL of an object (absolute): signed with `key` (the account's or container's
   * `Temp-URL-Key`), HMAC-SHA256 unless told otherwise.
   */
  async tempUrl(container: string, object: string, key: string, opts: TempUrlOptions = {}): Promise<string> {
    const project = await this.account();
    const root = await this.cloud.root('object-store');
    const base = `/v1/AUTH_${project}/${container}/`;
    const path = opts.prefix !== undefined ? `${base}${opts.prefix}` : `${base}${object}`;
    const url = `${root}/v1/AUTH_${encodeURIComponent(project)}/${encodeURIComponent(container)}/${encodeObjectName(object)}`;
    return `${url}?${signTempUrl(key, path, opts)}`;
  }

  /**
   * Uploads a stream as a static large object: segments of `segmentSize` bytes are streamed in
   * turn to `<segmentContainer>/<object>/slo/<n>` (none held whole in memory), each one's MD5
   * computed on the way, then the manifest is PUT with `?multipart-manifest=put`. Resolves with
   * the manifest's ETag (the MD5 of the segment etags).
   */
  async putLargeObject(container: string, object: string, data: ObjectData, opts: LargeObjectOptions = {}): Promise<{ etag: string; segments: number; bytes: number }> {
    const segmentSize = opts.segmentSize ?? 100 * 1024 * 1024;
    if (!(Number.isSafeInteger(segmentSize) && segmentSize > 0)) throw new SdkError(`segmentSize must be a positive integer, got ${segmentSize}`);
    const segContainer = opts.segmentContainer ?? `${container}_segments`;
    await this.createContainer(segContainer, { signal: opts.signal });
    const body = toNodeBody(data);
    const source = typeof body === 'string' || !(body instanceof Readable) ? Readable.from([Buffer.from(body)]) : body;
    const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
    let pending: Buffer | null = null;
    let ended = false;
    const fill = async (): Promise<boolean> => {
      while (!pending || pending.length === 0) {
        const n = await it.next();
        if (n.done) {
          ended = true;
          return false;
        }
        pending = Buffer.isBuffer(n.value) ? n.value : Buffer.from(n.value);
      }
      return true;
    };
    const manifest: { path: string; etag: string; size_bytes: number }[] = [];
    const stamp = `${Date.now() / 1000}`;
    let total = 0;
    while (!ended && (await fill())) {
      const md5 = createHash('md5');
      let bytes = 0;
      async function* segment(): AsyncGenerator<Buffer> {
        while (bytes < segmentSize && (await fill())) {
          let chunk = pending!;
          if (chunk.length > segmentSize - bytes) {
            pending = chunk.subarray(segmentSize - bytes);
            chunk = chunk.subarray(0, segmentSize - bytes);
          } else {
            pending = null;
          }
          bytes += chunk.length;
          md5.update(chunk);
          yield chunk;
        }
      }
      const name = `${object}/slo/${stamp}/${String(manifest.length).padStart(8, '0')}`;
      const etag = await this.putObject(segContainer, name, Readable.from(segment()), { signal: opts.signal, timeoutMs: opts.timeoutMs });
      const digest = md5.digest('hex');
      if (etag !== digest) throw new SdkError(`segment ${segContainer}/${name}: the server stored MD5 ${etag}, sent ${digest}`);
      manifest.push({ path: `/${segContainer}/${name}`, etag: digest, size_bytes: bytes });
      total += bytes;
      opts.onProgress?.(total, opts.size);
    }
    if (manifest.length === 0) throw new SdkError('putLargeObject: no data (a static large object needs at least one segment)');
    const res = await this.send('PUT', container, object, {
      ...opts,
      query: { 'multipart-manifest': 'put' },
      headers: { 'content-type': opts.contentType ?? 'application/octet-stream', ...metadataHeaders('object', opts.meta ?? {}), ...opts.headers },
      body: Buffer.from(JSON.stringify(manifest)),
    });
    return { etag: String(res.headers.etag ?? '').replace(/^"(.*)"$/, '$1'), segments: manifest.length, bytes: total };
  }
}

/** Swift's listing query (always JSON). */
function listingQuery(o: ListOptions): Record<string, string | number | undefined> {
  return {
    format: 'json',
    prefix: o.prefix,
    delimiter: o.delimiter,
    marker: o.marker,
    end_marker: o.endMarker,
    limit: o.limit,
    reverse: o.reverse ? 'true' : undefined,
  };
}

/** Pages through a listing: the next marker is the last name of a page, until a short or empty page. */
async function* paged<T>(page: (marker: string | undefined) => Promise<T[]>, nameOf: (e: T) => string, marker: string | undefined, limit: number | undefined): AsyncGenerator<T> {
  let m = marker;
  for (;;) {
    const entries = await page(m);
    yield* entries;
    if (entries.length === 0 || (limit !== undefined && entries.length < limit)) return;
    m = nameOf(entries[entries.length - 1]!);
  }
}
