// Glance v2 helpers: images with JSON-patch updates, data upload (stream or buffer, with
// progress), download as a stream and members (sharing). Glance bodies are flat (no wrapping key).
// @see https://docs.openstack.org/api-ref/image/v2/
import type { Readable } from 'node:stream';
import type { Cloud } from '../cloud.js';
import type { components } from '../generated/image.js';
import { waitForStatus, type WaitOptions } from '../wait.js';
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

  /** The namespaces the caller may see (`resource_types`, `visibility` filter). */
  async list(query: { resource_types?: string; visibility?: 'public' | 'private' } = {}, opts?: HelperOptions): Promise<MetadefNamespace[]> {
    const body = await this.cloud.call('image', 'GET /v2/metadefs/namespaces', { ...opts, query });
    return (body as { namespaces: MetadefNamespace[] }).namespaces;
  }

  /** One namespace with its contents. */
  async get(namespace: string, opts?: HelperOptions): Promise<MetadefNamespace> {
    return (await this.cloud.call('image', 'GET /v2/metadefs/namespaces/{namespace_name}', { ...opts, path: { namespace_name: namespace } })) as MetadefNamespace;
  }
}

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
  constructor(cloud: Cloud) {
    this.images = new ImagesApi(cloud);
    this.tasks = new Collection(cloud, { service: 'image', what: 'task', singular: undefined, plural: 'tasks', path: '/v2/tasks', idParam: 'task_id', nameFilter: undefined });
    this.info = new ImageInfoApi(cloud);
    this.metadefNamespaces = new MetadefNamespacesApi(cloud);
  }
}
