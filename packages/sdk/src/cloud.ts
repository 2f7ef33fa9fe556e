// The Cloud: one authenticated connection to a cloud (or to bare endpoints without Keystone),
// with the typed `request()` escape hatch and the resource helpers built on it.
import { buildAuthRequest, isExpiring, type Token, type TokenBody, type TokenInfo, tokenInfo } from './auth.js';
import { type CatalogEntry, ServiceCatalog, serviceRoot } from './catalog.js';
import { type CloudConfig, loadCloudConfig } from './config.js';
import { ApiVersionError, ConfigError, HttpError, NotFoundError, SdkError, type Service, UnauthorizedError } from './errors.js';
import { HttpClient, type HttpResponse } from './http.js';
import type { RequestLogger } from './log.js';
import { isVersionDocument, microversionHeaders, microversionPin, negotiateMicroversion, parseVersionDocument, versionedPath } from './microversion.js';
import { ComputeApi } from './resources/compute.js';
import { IdentityApi } from './resources/identity.js';
import { ImageApi } from './resources/image.js';
import { NetworkApi } from './resources/network.js';
import { ObjectStoreApi } from './resources/object-store.js';
import { VolumeApi } from './resources/volume.js';
import { defaultTokenCacheDir, TokenCache, tokenCacheKey } from './token-cache.js';
import type { CommonRequestOptions, RawResponse, RequestOptions, ResponseOf, RouteKey, StreamResponse } from './typed.js';

/** How a Cloud authenticates its requests. */
export type CloudAuth =
  /** Keystone v3 with the cloud's credentials (the default when a config is given). */
  | { type: 'keystone'; config: CloudConfig }
  /** `Authorization: Bearer <token>` (the agent API's per-host credential). */
  | { type: 'bearer'; token: string }
  /** `X-Auth-Token: <token>` with an existing Keystone token, no catalog. */
  | { type: 'token'; token: string }
  /** No credentials. */
  | { type: 'none' };

/** Transport options shared by `new Cloud()` and `Cloud.connect()`. */
export interface TransportOptions {
  logger?: RequestLogger | undefined;
  /** Retries of idempotent requests on connection errors, 429 and 503 (default 3; 0 disables). */
  retries?: number | undefined;
  /** Base backoff delay in ms (default 500), doubled per retry and jittered. */
  retryDelayMs?: number | undefined;
  /** Longest wait before a retry in ms (default 30000); a longer Retry-After is capped to it. */
  maxRetryDelayMs?: number | undefined;
  /** Per-request timeout in ms (default 60000). */
  timeoutMs?: number | undefined;
  /** Pinned microversions, e.g. `{compute: '2.79'}` (`latest` negotiates). */
  microversions?: Partial<Record<Service, string>> | undefined;
}

/** Options of `new Cloud()`. */
export interface CloudOptions extends TransportOptions {
  /** Service roots (or versioned URLs: the version suffix is dropped) that win over the catalog. */
  endpoints?: Partial<Record<Service, string>> | undefined;
  /** Credentials; defaults to Keystone when `config` is set, else none. */
  auth?: CloudAuth | undefined;
  /** A resolved cloud (from `loadCloudConfig`), for Keystone auth, region, interface and TLS. */
  config?: CloudConfig | undefined;
  /** Cache tokens on disk between processes (the CLI's choice); `true` uses ~/.cache/oscloud/tokens. */
  tokenCache?: boolean | { dir: string } | undefined;
}

/** Options of `Cloud.connect()`. */
export interface ConnectOptions extends TransportOptions {
  cloud?: string | undefined;
  config?: CloudConfig | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  cwd?: string | undefined;
  overrides?: Partial<CloudConfig> | undefined;
  tokenCache?: boolean | { dir: string } | undefined;
}

/** Untyped form of a request, used by the resource helpers. */
export interface CallOptions extends CommonRequestOptions {
  path?: Record<string, string | number | undefined> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

const MICROVERSIONED: Service[] = ['compute', 'volume'];
/** How long a cached version document is trusted (only with the on-disk cache). */
const VERSION_CACHE_MS = 3_600_000;

/** Appends a query object: arrays repeat the key, undefined/null are skipped. */
export function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const x of v) sp.append(k, String(x));
    else sp.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** A connection to one cloud. */
export class Cloud {
  /** The resolved configuration (undefined for bare endpoints). */
  readonly config: CloudConfig | undefined;
  readonly http: HttpClient;
  /** Nova: servers, flavors, keypairs, limits, hypervisors, availability zones, attachments, actions. */
  readonly compute: ComputeApi;
  /** Glance: images (upload/download). */
  readonly image: ImageApi;
  /** Cinder: volumes, snapshots, types, attachments. */
  readonly volume: VolumeApi;
  /** Neutron: networks, subnets, ports, security groups and rules, routers, floating IPs. */
  readonly network: NetworkApi;
  /** Swift: the account, containers and objects (streams, listings, temp URLs, large objects). */
  readonly objectStore: ObjectStoreApi;
  /** Keystone: projects, users, roles, role assignments, application credentials, catalog, tokens. */
  readonly identity: IdentityApi;

  private readonly auth: CloudAuth;
  private readonly endpoints: Partial<Record<Service, string>>;
  private readonly pins: Partial<Record<Service, string>>;
  private readonly cache: TokenCache | undefined;
  private currentToken: Token | undefined;
  private parsedCatalog: ServiceCatalog | undefined;
  private authenticating: Promise<Token> | undefined;
  private readonly microversions = new Map<Service, Promise<string | undefined>>();

  constructor(opts: CloudOptions = {}) {
    this.config = opts.config;
    this.auth = opts.auth ?? (opts.config ? { type: 'keystone', config: opts.config } : { type: 'none' });
    const fromConfig = opts.config?.endpointOverrides ?? {};
    this.endpoints = { ...fromConfig, ...(opts.endpoints ?? {}) };
    this.pins = { ...(opts.config?.apiVersions ?? {}), ...(opts.microversions ?? {}) };
    this.http = new HttpClient({
      logger: opts.logger,
      retries: opts.retries,
      retryDelayMs: opts.retryDelayMs,
      maxRetryDelayMs: opts.maxRetryDelayMs,
      timeoutMs: opts.timeoutMs,
      verify: opts.config?.verify,
      cacert: opts.config?.cacert,
      cert: opts.config?.cert,
      key: opts.config?.key,
    });
    if (opts.tokenCache && this.auth.type === 'keystone') {
      this.cache = new TokenCache(typeof opts.tokenCache === 'object' ? opts.tokenCache.dir : defaultTokenCacheDir());
    }
    this.compute = new ComputeApi(this);
    this.image = new ImageApi(this);
    this.volume = new VolumeApi(this);
    this.network = new NetworkApi(this);
    this.objectStore = new ObjectStoreApi(this);
    this.identity = new IdentityApi(this);
  }

  /** Resolves the cloud's configuration (clouds.yaml, OS_* variables), authenticates and reads the catalog. */
  static async connect(opts: ConnectOptions = {}): Promise<Cloud> {
    const config =
      opts.config ?? loadCloudConfig({ cloud: opts.cloud, env: opts.env, cwd: opts.cwd, overrides: opts.overrides });
    const cloud = new Cloud({ ...opts, config });
    if (cloud.auth.type === 'keystone' && !['none', 'noauth', 'admin_token'].includes(config.authType)) await cloud.authenticate();
    return cloud;
  }

  /** The current Keystone token (undefined before authentication or without Keystone). */
  get token(): Token | undefined {
    return this.currentToken;
  }

  /** The service catalog of the current token (empty without Keystone). */
  get catalog(): ServiceCatalog {
    return this.parsedCatalog ?? new ServiceCatalog([]);
  }

  /** What `token issue` shows; authenticates first when needed. */
  async tokenInfo(): Promise<TokenInfo> {
    return tokenInfo(await this.ensureToken());
  }

  /** Project id of the current token (fills Cinder's `{project_id}`). */
  get projectId(): string | undefined {
    return this.currentToken?.body.project?.id;
  }

  /** User id of the current token. */
  get userId(): string | undefined {
    return this.currentToken?.body.user?.id;
  }

  private identityRoot(): string {
    const override = this.endpoints.identity;
    if (override) return serviceRoot(override);
    if (this.auth.type !== 'keystone') throw new ConfigError('no identity endpoint: pass endpoints.identity');
    const url = this.auth.config.auth.auth_url;
    if (!url) throw new ConfigError('auth_url is required', { file: this.auth.config.source.file, key: 'auth.auth_url' });
    return serviceRoot(url);
  }

  /** Authenticates with Keystone now (or takes a cached token), replacing the current token. */
  async authenticate(opts: { force?: boolean } = {}): Promise<Token> {
    if (this.auth.type !== 'keystone') throw new SdkError(`authenticate() needs Keystone credentials (auth type is ${this.auth.type})`);
    const config = this.auth.config;
    this.authenticating ??= (async () => {
      const key = this.cache ? tokenCacheKey(config) : undefined;
      if (this.cache && key && !opts.force) {
        const cached = this.cache.get(key);
        if (cached) return cached;
      }
      const request = buildAuthRequest(config);
      let res: HttpResponse;
      try {
        res = await this.http.send({ service: 'identity', method: 'POST', url: `${this.identityRoot()}/v3/auth/tokens`, body: request });
      } catch (err) {
        // Keystone answers 404 ("Could not find token") when the token authenticated with was
        // revoked or has expired: for this client, credentials that no longer work (401).
        const withToken = ((request.auth.identity as { methods?: string[] }).methods ?? []).includes('token');
        if (err instanceof NotFoundError && withToken) {
          throw new UnauthorizedError({ status: 401, message: err.serverMessage, service: 'identity', method: 'POST', url: err.url, requestId: err.requestId, code: err.code, body: err.body });
        }
        throw err;
      }
      const subject = res.headers['x-subject-token'];
      const id = Array.isArray(subject) ? subject[0] : subject;
      const body = (res.json as { token?: TokenBody } | undefined)?.token;
      if (!id || !body?.expires_at) {
        throw new HttpError({
          status: res.status,
          message: 'Keystone answered without X-Subject-Token or token body',
          service: 'identity',
          method: 'POST',
          url: res.url,
        });
      }
      const token: Token = { id, expiresAt: new Date(body.expires_at), body };
      if (this.cache && key) this.cache.set(key, token);
      return token;
    })();
    try {
      const token = await this.authenticating;
      this.setToken(token);
      return token;
    } finally {
      this.authenticating = undefined;
    }
  }

  private setToken(token: Token): void {
    this.currentToken = token;
    this.parsedCatalog = new ServiceCatalog((token.body.catalog ?? []) as CatalogEntry[]);
  }

  private async ensureToken(): Promise<Token> {
    if (this.currentToken && !isExpiring(this.currentToken)) return this.currentToken;
    return this.authenticate({ force: this.currentToken !== undefined });
  }

  private async authHeaders(): Promise<Record<string, string>> {
    switch (this.auth.type) {
      case 'bearer':
        return { authorization: `Bearer ${this.auth.token}` };
      case 'token':
        return { 'x-auth-token': this.auth.token };
      case 'none':
        return {};
      case 'keystone':
        if (['none', 'noauth'].includes(this.auth.config.authType)) return {};
        if (this.auth.config.authType === 'admin_token') return { 'x-auth-token': this.auth.config.auth.token ?? '' };
        return { 'x-auth-token': (await this.ensureToken()).id };
    }
  }

  /** The unversioned root URL of a service: explicit endpoint, config override, else the catalog. */
  async root(service: Service): Promise<string> {
    const explicit = this.endpoints[service];
    if (explicit) return serviceRoot(explicit);
    if (service === 'identity' && this.auth.type === 'keystone') {
      if (!this.parsedCatalog && !['none', 'noauth', 'admin_token'].includes(this.auth.config.authType)) await this.ensureToken();
      if (!this.parsedCatalog?.entryFor('identity')) return this.identityRoot();
    }
    if (this.auth.type !== 'keystone') {
      throw new ConfigError(`no endpoint for ${service}: pass endpoints.${service} (there is no service catalog without Keystone)`);
    }
    if (!this.parsedCatalog) await this.ensureToken();
    return this.catalog.root(service, this.config?.interface ?? 'public', this.config?.regionName);
  }

  /** The microversion sent to a service: negotiated once (min of client and server max) or pinned. */
  async microversion(service: Service): Promise<string | undefined> {
    if (!MICROVERSIONED.includes(service)) return undefined;
    let p = this.microversions.get(service);
    if (!p) {
      p = this.negotiate(service);
      this.microversions.set(service, p);
      p.catch(() => this.microversions.delete(service));
    }
    return p;
  }

  /**
   * Reads the service's version document: the unversioned root lists every version; when it
   * cannot be read (a proxy that only routes the versioned path, an HTML page), the versioned
   * endpoint's own `{version: {...}}` document. When neither can be read, a pinned microversion
   * is an ApiVersionError (it cannot be checked); otherwise no header is sent (the cloud then
   * serves its base version) and the failure is reported through the logger hook.
   * @see https://docs.openstack.org/api-guide/compute/microversions.html
   */
  private async negotiate(service: Service): Promise<string | undefined> {
    const pinned = microversionPin(service, this.pins[service]);
    const root = await this.root(service);
    const urls = [`${root}/`, `${root}/${versionedPath(service) ?? ''}/`];
    const problems: string[] = [];
    for (const url of urls) {
      let doc: unknown = this.cache?.getDocument(url, VERSION_CACHE_MS);
      if (doc === undefined) {
        try {
          doc = (await this.http.send({ service, method: 'GET', url, headers: await this.authHeaders() })).json;
        } catch (err) {
          if (!(err instanceof HttpError)) throw err;
          problems.push(`GET ${url}: HTTP ${err.status}`);
          continue;
        }
        if (isVersionDocument(doc)) this.cache?.setDocument(url, doc);
      }
      if (isVersionDocument(doc)) return negotiateMicroversion(service, parseVersionDocument(service, doc), pinned);
      problems.push(`GET ${url}: not a version document`);
    }
    const why = `${service} version discovery failed (${problems.join('; ')})`;
    if (pinned) throw new ApiVersionError(`cannot check the pinned ${service} microversion ${pinned}: ${why}`);
    this.http.warn({ service, method: 'GET', url: urls[0] as string }, `${why}: sending no microversion header, so the cloud serves its base version`);
    return undefined;
  }

  private fillPath(service: Service, template: string, params: Record<string, unknown> | undefined): string {
    let path = template;
    if (fillsTokenProject(service, template, params)) {
      const project = this.projectId;
      // Cinder 3.67+ serves the same paths without the project id (system-scoped tokens)
      path = project ? path.replace('{project_id}', encodeURIComponent(project)) : path.replace('/{project_id}', '');
    }
    return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const v = params?.[name];
      if (v === undefined || v === null || v === '') {
        const hint = name === 'project_id' ? " (only Cinder's leading /v3/{project_id}/ is filled from the token)" : '';
        throw new SdkError(`${service} ${template}: missing path parameter '${name}'${hint}`);
      }
      return encodeURIComponent(String(v));
    });
  }

  /** Sends one request (untyped); the resource helpers and `request()` go through here. */
  async call(service: Service, route: string, opts: CallOptions & { raw: true }): Promise<RawResponse>;
  async call(service: Service, route: string, opts: CallOptions & { stream: true }): Promise<StreamResponse>;
  async call(service: Service, route: string, opts?: CallOptions): Promise<unknown>;
  async call(service: Service, route: string, opts: CallOptions = {}): Promise<unknown> {
    const space = route.indexOf(' ');
    if (space < 0) throw new SdkError(`route must be "METHOD /path", got '${route}'`);
    const method = route.slice(0, space).toUpperCase();
    const template = route.slice(space + 1);
    if (fillsTokenProject(service, template, opts.path) && this.auth.type === 'keystone' && !this.currentToken) {
      // the token's project is needed to fill the path
      await this.headersOnce();
    }
    const url = `${await this.root(service)}${this.fillPath(service, template, opts.path)}${buildQuery(opts.query)}`;
    const mv = opts.microversion ?? (await this.microversion(service));
    const send = async (auth: Record<string, string>): Promise<HttpResponse | StreamResponse> => {
      const headers = {
        ...auth,
        ...microversionHeaders(service, MICROVERSIONED.includes(service) ? mv : undefined),
        ...(opts.headers ?? {}),
      };
      const req = {
        service,
        method,
        url,
        headers,
        body: opts.body,
        timeoutMs: opts.timeoutMs,
        signal: opts.signal,
        onUploadProgress: opts.onUploadProgress,
      };
      return opts.stream ? this.http.stream(req) : this.http.send(req);
    };
    // getting a token stays out of the replay below: a failed authentication is never repeated
    const auth = await this.authHeaders();
    let res: HttpResponse | StreamResponse;
    try {
      res = await send(auth);
    } catch (err) {
      // the token was revoked or expired early: authenticate once more and replay; but a 401 to
      // POST /v3/auth/tokens itself means wrong credentials, which a new token cannot fix
      const tokenRequest = service === 'identity' && method === 'POST' && template === '/v3/auth/tokens';
      if (!(err instanceof UnauthorizedError) || !this.canReauthenticate() || isStreamBody(opts.body) || tokenRequest) throw err;
      if (this.cache && this.config) this.cache.delete(tokenCacheKey(this.config));
      await this.authenticate({ force: true });
      res = await send(await this.authHeaders());
    }
    if ('stream' in res) return res;
    if (opts.raw) return { status: res.status, headers: res.headers, body: res.body } satisfies RawResponse;
    if (res.status === 204 || res.body.length === 0) return undefined;
    return res.json !== undefined ? res.json : new TextDecoder().decode(res.body);
  }

  private async headersOnce(): Promise<void> {
    await this.authHeaders();
  }

  private canReauthenticate(): boolean {
    return this.auth.type === 'keystone' && !['none', 'noauth', 'admin_token'].includes(this.auth.config.authType);
  }

  /**
   * Typed request keyed by `"METHOD /path"` from schemas/ (paths relative to the service's
   * unversioned root). Path parameters are URL-encoded; Cinder's leading `/v3/{project_id}/` defaults to the token's project.
   */
  request<S extends Service, K extends RouteKey<S>>(service: S, route: K, opts: RequestOptions<S, K> & { raw: true }): Promise<RawResponse>;
  request<S extends Service, K extends RouteKey<S>>(service: S, route: K, opts: RequestOptions<S, K> & { stream: true }): Promise<StreamResponse>;
  request<S extends Service, K extends RouteKey<S>>(service: S, route: K, ...opts: OptionalIfEmpty<RequestOptions<S, K>>): Promise<ResponseOf<S, K>>;
  request(service: Service, route: string, opts?: unknown): Promise<unknown> {
    return this.call(service, route, (opts ?? {}) as CallOptions);
  }
}

/** Makes the options argument optional when no property of it is required. */
export type OptionalIfEmpty<O> = Record<string, never> extends Required<Pick<O, RequiredKeys<O>>> ? [opts?: O] : [opts: O];
type RequiredKeys<O> = { [K in keyof O]-?: undefined extends O[K] ? never : K }[keyof O];

/**
 * Cinder's URLs start with the caller's project (`/v3/{project_id}/volumes`), which the catalog
 * endpoint already carries: that leading segment, and only it, defaults to the token's project.
 * Any other `{project_id}` (Keystone's projects, Neutron's quotas, the target of Cinder's
 * os-quota-sets) names someone else's project and must be given.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/
 */
function fillsTokenProject(service: Service, template: string, params: Record<string, unknown> | undefined): boolean {
  return service === 'volume' && template.startsWith('/v3/{project_id}/') && (params?.project_id === undefined || params.project_id === null);
}

function isStreamBody(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { pipe?: unknown }).pipe === 'function';
}
