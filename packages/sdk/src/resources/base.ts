// The shared shape of a resource collection: list (paginated), get, create, update, delete
// and find(nameOrId), parameterised by the service's URLs and body keys.
import type { CallOptions, Cloud } from '../cloud.js';
import { ConflictError, HttpError, NotFoundError, type Service } from '../errors.js';
import { type ListOptions, paginate } from '../paginate.js';
import { waitForDelete, type WaitOptions } from '../wait.js';

/** How a collection maps onto its service's URLs and bodies. */
export interface CollectionSpec {
  service: Service;
  /** Human name for errors (`server`, `security group`). */
  what: string;
  /** Body key of one item (`server`); undefined when bodies are flat (Glance). */
  singular: string | undefined;
  /** Body key of a list (`servers`). */
  plural: string;
  /** Collection path (`/v2.1/servers`). */
  path: string;
  /** List path when it differs (`/v2.1/servers/detail`). */
  listPath?: string | undefined;
  /** Path parameter naming an item (`server_id`). */
  idParam: string;
  updateMethod?: 'PUT' | 'PATCH' | undefined;
  /** Query filter for names (undefined: filter client side only). */
  nameFilter?: string | undefined;
  /** Item field holding the name `find()` matches (`name`; floating IPs use `floating_ip_address`). */
  nameField?: string | undefined;
  /** Item field used as id (`id`; keypairs use `name`). */
  idField?: string | undefined;
}

/** An OpenStack resource as the helpers see it. */
export interface Identified {
  id?: string | number | undefined;
  name?: string | null | undefined;
}

/** Options of a helper call that go straight to the request. */
export type HelperOptions = Pick<CallOptions, 'microversion' | 'headers' | 'timeoutMs' | 'signal'> & {
  /** Extra path parameters (parents such as `server_id`). */
  path?: Record<string, string | number | undefined> | undefined;
};

/** list/get/create/update/delete/find over one kind of resource. */
export class Collection<T, CreateBody = Record<string, unknown>, UpdateBody = Record<string, unknown>, Created = T> {
  constructor(
    protected readonly cloud: Cloud,
    readonly spec: CollectionSpec,
  ) {}

  protected itemPath(): string {
    return `${this.spec.path}/{${this.spec.idParam}}`;
  }

  protected unwrap<R>(body: unknown): R {
    if (this.spec.singular === undefined) return body as R;
    return (body as Record<string, unknown> | undefined)?.[this.spec.singular] as R;
  }

  protected wrap(body: unknown): unknown {
    return this.spec.singular === undefined ? body : { [this.spec.singular]: body };
  }

  protected params(id: string | undefined, opts?: HelperOptions): Record<string, string | number | undefined> {
    return { ...(opts?.path ?? {}), ...(id !== undefined ? { [this.spec.idParam]: id } : {}) };
  }

  /** Iterates over every item, following the service's pagination (`limit` = page size, `maxItems` = cap). */
  list(opts: ListOptions & { options?: HelperOptions } = {}): AsyncGenerator<T, void, undefined> {
    const { options, ...filters } = opts;
    const route = `GET ${this.spec.listPath ?? this.spec.path}`;
    return paginate<T>(
      (query) => this.cloud.call(this.spec.service, route, { ...options, path: this.params(undefined, options), query }),
      this.spec.plural,
      filters,
    );
  }

  /** Fetches one item by id; NotFoundError when it does not exist. */
  async get(id: string, opts?: HelperOptions): Promise<T> {
    const body = await this.cloud.call(this.spec.service, `GET ${this.itemPath()}`, { ...opts, path: this.params(id, opts) });
    return this.unwrap<T>(body);
  }

  /** Creates an item (the body is wrapped in the service's key). */
  async create(body: CreateBody, opts?: HelperOptions): Promise<Created> {
    const res = await this.cloud.call(this.spec.service, `POST ${this.spec.path}`, {
      ...opts,
      path: this.params(undefined, opts),
      body: this.wrap(body),
    });
    return this.unwrap<Created>(res);
  }

  /** Updates an item's attributes (PUT or PATCH as the service wants). */
  async update(id: string, body: UpdateBody, opts?: HelperOptions): Promise<T> {
    const res = await this.cloud.call(this.spec.service, `${this.spec.updateMethod ?? 'PUT'} ${this.itemPath()}`, {
      ...opts,
      path: this.params(id, opts),
      body: this.wrap(body),
    });
    return this.unwrap<T>(res);
  }

  /** Deletes an item. */
  async delete(id: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call(this.spec.service, `DELETE ${this.itemPath()}`, { ...opts, path: this.params(id, opts) });
  }

  /** Polls until the item is gone (404). */
  async waitForDelete(id: string, opts: WaitOptions<T> & { options?: HelperOptions } = {}): Promise<void> {
    const { options, ...wait } = opts;
    await waitForDelete((signal) => this.get(id, { ...options, signal }), {
      ...wait,
      what: `${this.spec.what} ${id}`,
      statusOf: (r) => (r as { status?: string }).status,
    });
  }

  /** Resolves a name or an id to one item: NotFoundError when nothing matches, ConflictError listing an ambiguous name's matches. */
  async find(nameOrId: string, opts?: HelperOptions & { filters?: Record<string, unknown> }): Promise<T> {
    try {
      return await this.get(nameOrId, opts);
    } catch (err) {
      // Glance and Neutron answer 400 for an id that is not a UUID: then it is a name
      if (!(err instanceof HttpError) || (err.status !== 404 && err.status !== 400)) throw err;
    }
    const idField = this.spec.idField ?? 'id';
    const filters: Record<string, unknown> = { ...(opts?.filters ?? {}) };
    if (this.spec.nameFilter) filters[this.spec.nameFilter] = nameOrId;
    const matches: T[] = [];
    for await (const item of this.list({ ...filters, options: opts })) {
      const it = item as Identified & Record<string, unknown>;
      if (it[this.spec.nameField ?? 'name'] === nameOrId || String(it[idField]) === nameOrId) matches.push(item);
    }
    if (matches.length === 1) return matches[0] as T;
    const url = `${this.spec.listPath ?? this.spec.path}?${this.spec.nameFilter ?? 'name'}=${encodeURIComponent(nameOrId)}`;
    if (matches.length === 0) {
      throw new NotFoundError({
        status: 404,
        message: `No ${this.spec.what} with a name or ID of '${nameOrId}' exists.`,
        service: this.spec.service,
        method: 'GET',
        url,
      });
    }
    const err = new ConflictError({
      status: 409,
      message: `More than one ${this.spec.what} exists with the name '${nameOrId}': ${matches
        .map((m) => String((m as Record<string, unknown>)[idField]))
        .join(', ')}; use an ID instead.`,
      service: this.spec.service,
      method: 'GET',
      url,
    });
    err.matches = matches.map((m) => {
      const it = m as Identified & Record<string, unknown>;
      const name = it[this.spec.nameField ?? 'name'];
      return { id: String(it[idField]), name: typeof name === 'string' ? name : undefined };
    });
    throw err;
  }
}
