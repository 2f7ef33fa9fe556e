// Glance v2 helpers: images with JSON-patch updates, data upload (stream or buffer, with
// progress), download as a stream and members (sharing). Glance bodies are flat (no wrapping key).
// @see https://docs.openstack.org/api-ref/image/v2/
import type { Readable } from 'node:stream';
import type { Cloud } from '../cloud.js';
import type { components } from '../generated/image.js';
import { waitForStatus, type WaitOptions } from '../wait.js';
import { paginate } from '../paginate.js';
import { Collection, type HelperOptions } from './base.js';

type S = components['schemas'];
/** A Glance image. */
export type Image = S['Image'];
/** The body of POST /v2/images. */
export type ImageCreate = S['ImageCreateRequest'];
/** One JSON-patch operation on an image. */
export type ImagePatchOperation = S['ImagePatchOperation'];

/** A project an image is shared with, and whether it accepted. */
export type ImageMember = S['ImageMember'];
/** `pending`, `accepted` or `rejected`. */
export type ImageMemberStatus = S['ImageMemberStatus'];
/** The body of POST /v2/images/{id}/import. */
export type ImageImport = S['ImageImportRequest'];
/** An import task of an image. */
export type ImageTask = S['ImageTask'];
/** A metadata definition namespace. */
export type MetadefNamespace = S['MetadefNamespace'];
/** An object of a metadata definition namespace. */
export type MetadefObject = S['MetadefObject'];
/** A property of a metadata definition namespace. */
export type MetadefProperty = S['MetadefProperty'];

/** The media type Glance requires for PATCH /v2/images/{id}. */
export const IMAGE_PATCH_MEDIA_TYPE = 'application/openstack-images-v2.1-json-patch';

/** Turns `{name: 'x', min_ram: null}` into replace/remove operations (or passes operations through). */
export function toImagePatch(changes: ImagePatchOperation[] | Record<string, unknown>, current?: Partial<Image>): ImagePatchOperation[] {
  if (Array.isArray(changes)) return changes;
  return Object.entries(changes).map(([key, value]) => {
    const path = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (value === null || value === undefined) return { op: 'remove', path };
    const exists = current ? key in current : true;
    return { op: exists ? 'replace' : 'add', path, value };
  });
}

/** Glance images. */
export class ImagesApi extends Collection<Image, ImageCreate> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'image',
      what: 'image',
      singular: undefined,
      plural: 'images',
      path: '/v2/images',
      idParam: 'image_id',
      nameFilter: 'name',
      updateMethod: 'PATCH',
    });
  }

  /**
   * Applies a JSON patch: pass operations, or an object of attributes (`null` removes one;
   * attributes the image lacks are added, which needs a GET first).
   */
  override async update(id: string, changes: ImagePatchOperation[] | Record<string, unknown>, opts?: HelperOptions): Promise<Image> {
    const current = Array.isArray(changes) ? undefined : await this.get(id, opts);
    const res = await this.cloud.call('image', 'PATCH /v2/images/{image_id}', {
      ...opts,
      path: { image_id: id },
      headers: { 'content-type': IMAGE_PATCH_MEDIA_TYPE, ...(opts?.headers ?? {}) },
      body: toImagePatch(changes, current),
    });
    return res as Image;
  }

  /**
   * Uploads the image data (PUT /file) from a buffer, a stream or a Blob (a browser's File),
   * reporting bytes sent (in a browser too: the fetch transport sends this one with
   * XMLHttpRequest, which has upload progress). `store` picks the store on multi-store sites
   * (`X-Image-Meta-Store`; default: the site's default store).
   */
  async upload(
    id: string,
    data: Buffer | Uint8Array | Readable | Blob,
    opts: HelperOptions & { size?: number; store?: string; onProgress?: (sent: number, total: number | undefined) => void } = {},
  ): Promise<void> {
    const size = opts.size ?? (data instanceof Uint8Array ? data.length : typeof Blob !== 'undefined' && data instanceof Blob ? data.size : undefined);
    await this.cloud.call('image', 'PUT /v2/images/{image_id}/file', {
      ...opts,
      path: { image_id: id },
      headers: {
        'content-type': 'application/octet-stream',
        ...(size !== undefined ? { 'x-openstack-image-size': String(size) } : {}),
        ...(opts.store !== undefined ? { 'x-image-meta-store': opts.store } : {}),
        ...(opts.headers ?? {}),
      },
      body: data,
      onUploadProgress: opts.onProgress,
    });
  }

  /** Stages the image data for an interoperable import (PUT /stage; `glance-direct`). */
  async stage(id: string, data: Buffer | Uint8Array | Readable, opts: HelperOptions & { size?: number; onProgress?: (sent: number, total: number | undefined) => void } = {}): Promise<void> {
    await this.cloud.call('image', 'PUT /v2/images/{image_id}/stage', {
      ...opts,
      path: { image_id: id },
      headers: { 'content-type': 'application/octet-stream', ...(opts.headers ?? {}) },
      body: data,
      onUploadProgress: opts.onProgress,
    });
  }


  /** Downloads the image data as a stream (status checked; errors thrown before any byte). */
  async download(id: string, opts?: HelperOptions): Promise<Readable> {
    const res = await this.cloud.call('image', 'GET /v2/images/{image_id}/file', {
      ...opts,
      path: { image_id: id },
      headers: { accept: 'application/octet-stream', ...(opts?.headers ?? {}) },
      stream: true,
    });
    return res.stream;
  }

  /** Polls until the image is `active` (default); `killed` fails. */
  async waitForStatus(id: string, status: string | string[] = 'active', opts: WaitOptions<Image> = {}): Promise<Image> {
    return waitForStatus((signal) => this.get(id, { signal }), {
      ...opts,
      what: `image ${id}`,
      target: Array.isArray(status) ? status : [status],
      failures: ['killed'],
      statusOf: (i) => i.status,
    });
  }


  /** Starts an import (glance-direct after stage, web-download, glance-download); 202, see tasks(). */
  async import(id: string, body: ImageImport, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'POST /v2/images/{image_id}/import', { ...opts, path: { image_id: id }, body });
  }

  /** Removes the image's copy in one store (multi-store, admin); its other stores keep the data. */
  async deleteFromStore(id: string, storeId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/stores/{store_id}/{image_id}', { ...opts, path: { store_id: storeId, image_id: id } });
  }

  /** The image's import tasks, oldest first. */
  async tasks(id: string, opts?: HelperOptions): Promise<ImageTask[]> {
    const body = await this.cloud.call('image', 'GET /v2/images/{image_id}/tasks', { ...opts, path: { image_id: id } });
    return (body as { tasks: ImageTask[] }).tasks;
  }

  /** The projects the image is shared with (GET /v2/images/{id}/members). */
  async members(id: string, opts?: HelperOptions): Promise<ImageMember[]> {
    const body = await this.cloud.call('image', 'GET /v2/images/{image_id}/members', { ...opts, path: { image_id: id } });
    return (body as { members: ImageMember[] }).members;
  }

  /** Shares the image with a project (status `pending` until the project accepts). */
  async addMember(id: string, memberId: string, opts?: HelperOptions): Promise<ImageMember> {
    return (await this.cloud.call('image', 'POST /v2/images/{image_id}/members', { ...opts, path: { image_id: id }, body: { member: memberId } })) as ImageMember;
  }

  /** Stops sharing the image with a project. */
  async removeMember(id: string, memberId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/images/{image_id}/members/{member_id}', { ...opts, path: { image_id: id, member_id: memberId } });
  }

  /** Sets a member's status (the member project accepts, rejects or defers a shared image). */
  async updateMember(id: string, memberId: string, status: ImageMemberStatus, opts?: HelperOptions): Promise<ImageMember> {
    return (await this.cloud.call('image', 'PUT /v2/images/{image_id}/members/{member_id}', {
      ...opts,
      path: { image_id: id, member_id: memberId },
      body: { status },
    })) as ImageMember;
  }
}

/** A store of a multi-store Glance (`GET /v2/info/stores`). */
export interface ImageStore {
  id: string;
  description?: string;
  default?: boolean;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Glance's discovery calls (`/v2/info/*`). */
export class ImageInfoApi {
  constructor(private readonly cloud: Cloud) {}

  /** The import methods the deployment offers (`import-methods.value`). */
  async importMethods(opts?: HelperOptions): Promise<string[]> {
    const body = (await this.cloud.call('image', 'GET /v2/info/import', { ...opts })) as { 'import-methods'?: { value?: string[] } };
    return body['import-methods']?.value ?? [];
  }

  /** The stores (`details`: admin's `/v2/info/stores/detail`, image API 2.15+). */
  async stores(details = false, opts?: HelperOptions): Promise<ImageStore[]> {
    const body = (await this.cloud.call('image', details ? 'GET /v2/info/stores/detail' : 'GET /v2/info/stores', { ...opts })) as { stores?: ImageStore[] };
    return body.stores ?? [];
  }
}

/** Metadata definition namespaces (with their properties, objects and tags on show). */
export class MetadefNamespacesApi {
  constructor(private readonly cloud: Cloud) {}

  /** The namespaces the caller may see (`resource_types`, `visibility` filter), every page (Glance's `next`). */
  async list(query: { resource_types?: string; visibility?: 'public' | 'private' } = {}, opts?: HelperOptions): Promise<MetadefNamespace[]> {
    const out: MetadefNamespace[] = [];
    for await (const ns of paginate<MetadefNamespace>((q) => this.cloud.call('image', 'GET /v2/metadefs/namespaces', { ...opts, query: q }), 'namespaces', query)) out.push(ns);
    return out;
  }

  /** One namespace with its contents. */
  async get(namespace: string, opts?: HelperOptions): Promise<MetadefNamespace> {
    return (await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}', { ...opts, path: { namespace_name: namespace } })) as MetadefNamespace;
  }

  // --- cli-a (issue 17)
  /** Creates a namespace. */
  async create(body: S['MetadefNamespaceCreateRequest'], opts?: HelperOptions): Promise<MetadefNamespace> {
    return (await this.cloud.call('image', 'POST /v2/metadefs/namespaces', { ...opts, body })) as MetadefNamespace;
  }

  /** Replaces a namespace's attributes (`namespace` renames it). */
  async update(namespace: string, body: Partial<S['MetadefNamespaceCreateRequest']>, opts?: HelperOptions): Promise<MetadefNamespace> {
    return (await this.cloud.call('image', 'PUT /v2/metadefs/namespaces/{namespace_name}', { ...opts, path: { namespace_name: namespace }, body })) as MetadefNamespace;
  }

  /** Deletes a namespace and everything in it. */
  async delete(namespace: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/metadefs/namespaces/{namespace_name}', { ...opts, path: { namespace_name: namespace } });
  }

  /** The resource types namespaces can be associated with (`GET /v2/metadefs/resource_types`). */
  async resourceTypes(opts?: HelperOptions): Promise<S['MetadefResourceType'][]> {
    return ((await this.cloud.call('image', 'GET /v2/metadefs/resource_types', { ...opts })) as S['MetadefResourceTypeList']).resource_types;
  }

  /** A namespace's objects. */
  async objects(namespace: string, opts?: HelperOptions): Promise<MetadefObject[]> {
    return ((await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}/objects', { ...opts, path: { namespace_name: namespace } })) as S['MetadefObjectList']).objects;
  }

  /** One object of a namespace. */
  async getObject(namespace: string, name: string, opts?: HelperOptions): Promise<MetadefObject> {
    return (await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}', { ...opts, path: { namespace_name: namespace, object_name: name } })) as MetadefObject;
  }

  /** Creates an object in a namespace. */
  async createObject(namespace: string, body: S['MetadefObjectCreateRequest'], opts?: HelperOptions): Promise<MetadefObject> {
    return (await this.cloud.call('image', 'POST /v2/metadefs/namespaces/{namespace_name}/objects', { ...opts, path: { namespace_name: namespace }, body })) as MetadefObject;
  }

  /** Replaces an object (the whole definition: `name` renames it). */
  async updateObject(namespace: string, name: string, body: S['MetadefObjectCreateRequest'], opts?: HelperOptions): Promise<MetadefObject> {
    return (await this.cloud.call('image', 'PUT /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}', { ...opts, path: { namespace_name: namespace, object_name: name }, body })) as MetadefObject;
  }

  /** Deletes an object. */
  async deleteObject(namespace: string, name: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/metadefs/namespaces/{namespace_name}/objects/{object_name}', { ...opts, path: { namespace_name: namespace, object_name: name } });
  }

  /** A namespace's properties, each with its `name`. */
  async properties(namespace: string, opts?: HelperOptions): Promise<MetadefProperty[]> {
    const body = (await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}/properties', { ...opts, path: { namespace_name: namespace } })) as S['MetadefPropertyMap'];
    return Object.entries(body.properties ?? {}).map(([name, def]) => ({ ...def, name }) as MetadefProperty);
  }

  /** One property of a namespace. */
  async getProperty(namespace: string, name: string, opts?: HelperOptions): Promise<MetadefProperty> {
    return (await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}', { ...opts, path: { namespace_name: namespace, property_name: name } })) as MetadefProperty;
  }

  /** Creates a property in a namespace. */
  async createProperty(namespace: string, body: S['MetadefPropertyCreateRequest'], opts?: HelperOptions): Promise<MetadefProperty> {
    return (await this.cloud.call('image', 'POST /v2/metadefs/namespaces/{namespace_name}/properties', { ...opts, path: { namespace_name: namespace }, body })) as MetadefProperty;
  }

  /** Replaces a property (the whole definition: `name` renames it). */
  async updateProperty(namespace: string, name: string, body: S['MetadefPropertyCreateRequest'], opts?: HelperOptions): Promise<MetadefProperty> {
    return (await this.cloud.call('image', 'PUT /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}', { ...opts, path: { namespace_name: namespace, property_name: name }, body })) as MetadefProperty;
  }

  /** Deletes a property. */
  async deleteProperty(namespace: string, name: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/metadefs/namespaces/{namespace_name}/properties/{property_name}', { ...opts, path: { namespace_name: namespace, property_name: name } });
  }
  // --- end cli-a
}

// --- cli-a (issue 17)
/** What Glance's cache holds and what waits to be cached (`GET /v2/cache`, image API 2.14; oscloud: the controller's local cache). */
export interface ImageCacheState {
  cached_images: Array<{ image_id: string; hits?: number; last_accessed?: number; last_modified?: number; size?: number; [key: string]: unknown }>;
  queued_images: string[];
}

/** Glance's image cache (admin, image API 2.14+). */
export class ImageCacheApi {
  constructor(private readonly cloud: Cloud) {}

  /** The cached and queued images. */
  async state(opts?: HelperOptions): Promise<ImageCacheState> {
    const body = (await this.cloud.call('image', 'GET /v2/cache', { ...opts })) as Partial<ImageCacheState>;
    return { cached_images: body.cached_images ?? [], queued_images: body.queued_images ?? [] };
  }

  /** Queues an image for caching. */
  async queue(imageId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'PUT /v2/cache/{image_id}', { ...opts, path: { image_id: imageId } });
  }

  /** Removes an image from the cache. */
  async delete(imageId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/cache/{image_id}', { ...opts, path: { image_id: imageId } });
  }

  /** Empties the cache, the queue (`target`) or both. */
  async clear(target?: 'cache' | 'queue', opts?: HelperOptions): Promise<void> {
    await this.cloud.call('image', 'DELETE /v2/cache', { ...opts, headers: { ...(opts?.headers ?? {}), ...(target ? { 'x-image-cache-clear-target': target } : {}) } });
  }
}
// --- end cli-a

/** Everything under `cloud.image`. */
export class ImageApi {
  /** Images. */
  readonly images: ImagesApi;
  /** Tasks (read only: tasks are created by imports). */
  readonly tasks: Collection<ImageTask, never, never>;
  /** Discovery: import methods, stores. */
  readonly info: ImageInfoApi;
  /** Metadata definition namespaces. */
  readonly metadefNamespaces: MetadefNamespacesApi;
  /** Glance's image cache (cli-a, issue 17). */
  readonly cache: ImageCacheApi;
  constructor(cloud: Cloud) {
    this.cache = new ImageCacheApi(cloud);
    this.images = new ImagesApi(cloud);
    this.tasks = new Collection(cloud, { service: 'image', what: 'task', singular: undefined, plural: 'tasks', path: '/v2/tasks', idParam: 'task_id', nameFilter: undefined });
    this.info = new ImageInfoApi(cloud);
    this.metadefNamespaces = new MetadefNamespacesApi(cloud);
  }
}
