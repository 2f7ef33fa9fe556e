// Keystone's extensions beyond the core: endpoint filtering (OS-EP-FILTER: endpoint groups and
// project associations), OAuth1 (OS-OAUTH1: consumers, request and access tokens), federation
// (OS-FEDERATION: identity providers, their protocols, mappings, service providers) and access
// rules. The oscloud controller serves few of these: the shapes are the api-ref's.
// @see https://docs.openstack.org/api-ref/identity/v3-ext/
import type { Cloud } from '../cloud.js';
import { SdkError } from '../errors.js';
import { Collection, type CollectionSpec, type HelperOptions } from './base.js';
import type { KeystoneItem } from './identity.js';

/** A collection whose items are created with a client-chosen id (`PUT {path}/{id}`), as Keystone's federation resources are. */
export class PutCreatedCollection extends Collection<KeystoneItem, Record<string, unknown>, Record<string, unknown>> {
  /** Creates the item `id` (PUT). */
  async createWithId(id: string, body: Record<string, unknown>, opts?: HelperOptions): Promise<KeystoneItem> {
    const res = await this.cloud.call(this.spec.service, `PUT ${this.itemPath()}`, { ...opts, path: this.params(id, opts), body: this.wrap(body) });
    return this.unwrap<KeystoneItem>(res);
  }
}

/** Project ↔ endpoint and project ↔ endpoint group associations (OS-EP-FILTER). */
export class EndpointFilterApi {
  constructor(private readonly cloud: Cloud) {}

  /** Makes the endpoint visible in the project's catalog. */
  async addEndpointToProject(projectId: string, endpointId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'PUT /v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}', { ...opts, path: { project_id: projectId, endpoint_id: endpointId } });
  }

  /** Removes the project ↔ endpoint association. */
  async removeEndpointFromProject(projectId: string, endpointId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}', { ...opts, path: { project_id: projectId, endpoint_id: endpointId } });
  }

  /** Associates an endpoint group with a project. */
  async addEndpointGroupToProject(groupId: string, projectId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'PUT /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}', { ...opts, path: { endpoint_group_id: groupId, project_id: projectId } });
  }

  /** Removes the endpoint group ↔ project association. */
  async removeEndpointGroupFromProject(groupId: string, projectId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}', { ...opts, path: { endpoint_group_id: groupId, project_id: projectId } });
  }

  /** The projects associated with an endpoint group. */
  async projectsForEndpointGroup(groupId: string, opts?: HelperOptions): Promise<KeystoneItem[]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects', { ...opts, path: { endpoint_group_id: groupId } });
    return (body as { projects?: KeystoneItem[] }).projects ?? [];
  }

  /** The endpoints of a project's catalog filter: associated directly or through its endpoint groups. */
  async endpointsForProject(projectId: string, opts?: HelperOptions): Promise<KeystoneItem[]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-EP-FILTER/projects/{project_id}/endpoints', { ...opts, path: { project_id: projectId } });
    return (body as { endpoints?: KeystoneItem[] }).endpoints ?? [];
  }

  /** The projects an endpoint is directly associated with. */
  async projectsForEndpoint(endpointId: string, opts?: HelperOptions): Promise<KeystoneItem[]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-EP-FILTER/endpoints/{endpoint_id}/projects', { ...opts, path: { endpoint_id: endpointId } });
    return (body as { projects?: KeystoneItem[] }).projects ?? [];
  }

  /** The endpoints an endpoint group's filters match. */
  async endpointsForEndpointGroup(groupId: string, opts?: HelperOptions): Promise<KeystoneItem[]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints', { ...opts, path: { endpoint_group_id: groupId } });
    return (body as { endpoints?: KeystoneItem[] }).endpoints ?? [];
  }

  /** The endpoint groups associated with a project. */
  async endpointGroupsForProject(projectId: string, opts?: HelperOptions): Promise<KeystoneItem[]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-EP-FILTER/projects/{project_id}/endpoint_groups', { ...opts, path: { project_id: projectId } });
    return (body as { endpoint_groups?: KeystoneItem[] }).endpoint_groups ?? [];
  }
}

/** RFC 3986 percent-encoding, as OAuth 1.0a signs with. */
function pct(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What signs one OAuth1 request (HMAC-SHA1, RFC 5849). */
export interface OAuth1Signer {
  consumerKey: string;
  consumerSecret: string;
  token?: string | undefined;
  tokenSecret?: string | undefined;
  verifier?: string | undefined;
  callback?: string | undefined;
}

/**
 * The `Authorization: OAuth ...` header of a request without a form body (RFC 5849 section 3:
 * HMAC-SHA1 over the method, the URL without its query and the sorted oauth_ and query parameters).
 */
export async function oauth1Header(method: string, url: string, s: OAuth1Signer, nonce = randomHex(16), timestamp = Math.floor(Date.now() / 1000)): Promise<string> {
  const u = new URL(url);
  const oauth: Record<string, string> = {
    oauth_nonce: nonce,
    oauth_timestamp: String(timestamp),
    oauth_version: '1.0',
    oauth_signature_method: 'HMAC-SHA1',
    oauth_consumer_key: s.consumerKey,
    ...(s.token !== undefined ? { oauth_token: s.token } : {}),
    ...(s.verifier !== undefined ? { oauth_verifier: s.verifier } : {}),
    ...(s.callback !== undefined ? { oauth_callback: s.callback } : {}),
  };
  const params: Array<[string, string]> = [...Object.entries(oauth), ...u.searchParams.entries()].map(([k, v]) => [pct(k), pct(v)]);
  params.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
  const base = [method.toUpperCase(), pct(`${u.protocol}//${u.host}${u.pathname}`), pct(params.map(([k, v]) => `${k}=${v}`).join('&'))].join('&');
  // Web Crypto, so that the browser build of the SDK signs too
  const enc = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey('raw', enc.encode(`${pct(s.consumerSecret)}&${pct(s.tokenSecret ?? '')}`), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const signature = btoa(String.fromCharCode(...new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, enc.encode(base)))));
  const fields = { ...oauth, oauth_signature: signature };
  return `OAuth ${Object.entries(fields)
    .map(([k, v]) => `${k}="${pct(v)}"`)
    .join(', ')}`;
}

/** An OAuth1 request or access token as keystoneclient shows it (from Keystone's form-encoded answer). */
export interface OAuth1Token {
  id: string;
  key: string;
  secret: string;
  expires?: string;
}

function parseTokenBody(body: Uint8Array): OAuth1Token {
  const form = new URLSearchParams(new TextDecoder().decode(body));
  const key = form.get('oauth_token');
  const secret = form.get('oauth_token_secret');
  if (!key || !secret) throw new SdkError('Keystone answered no oauth_token and oauth_token_secret');
  const expires = form.get('oauth_expires_at');
  return { key, id: key, secret, ...(expires ? { expires } : {}) };
}

/** OAuth1 delegation (OS-OAUTH1): request tokens and their authorization, access tokens (consumers: `identity.consumers`). */
export class OAuth1Api {
  constructor(private readonly cloud: Cloud) {}

  private async signedPost(path: string, signer: OAuth1Signer, headers: Record<string, string>, opts?: HelperOptions): Promise<OAuth1Token> {
    const url = `${(await this.cloud.root('identity')).replace(/\/$/, '')}${path}`;
    const res = await this.cloud.call('identity', `POST ${path}`, { ...opts, raw: true, headers: { ...headers, authorization: await oauth1Header('POST', url, signer), ...(opts?.headers ?? {}) } });
    return parseTokenBody(res.body);
  }

  /** A request token for the consumer to reach `projectId` (signed with the consumer's secret; callback `oob`). */
  async createRequestToken(consumerKey: string, consumerSecret: string, projectId: string, opts?: HelperOptions): Promise<OAuth1Token> {
    return this.signedPost('/v3/OS-OAUTH1/request_token', { consumerKey, consumerSecret, callback: 'oob' }, { 'requested-project-id': projectId }, opts);
  }

  /** Authorizes a request token with roles of the current user; Keystone answers the verifier (`{oauth_verifier}`). */
  async authorizeRequestToken(requestKey: string, roleIds: string[], opts?: HelperOptions): Promise<Record<string, unknown>> {
    const body = await this.cloud.call('identity', 'PUT /v3/OS-OAUTH1/authorize/{request_token_id}', {
      ...opts,
      path: { request_token_id: requestKey },
      body: { roles: roleIds.map((id) => ({ id })) },
    });
    return (body as { token: Record<string, unknown> }).token;
  }

  /** Exchanges an authorized request token and its verifier for an access token. */
  async createAccessToken(consumerKey: string, consumerSecret: string, requestKey: string, requestSecret: string, verifier: string, opts?: HelperOptions): Promise<OAuth1Token> {
    return this.signedPost('/v3/OS-OAUTH1/access_token', { consumerKey, consumerSecret, token: requestKey, tokenSecret: requestSecret, verifier }, {}, opts);
  }
}

/** Federation (OS-FEDERATION): identity providers, their protocols, mappings, service providers; the domains and projects a federated token reaches. */
export class FederationApi {
  /** Identity providers (created with their id: PUT). */
  readonly identityProviders: PutCreatedCollection;
  /** Mappings of federated attributes to local users and groups (created with their id). */
  readonly mappings: PutCreatedCollection;
  /** Service providers (Keystone-to-Keystone; created with their id). */
  readonly serviceProviders: PutCreatedCollection;
  /** An identity provider's protocols (pass `path: {idp_id}`). */
  readonly protocols: PutCreatedCollection;

  constructor(private readonly cloud: Cloud) {
    const base: Omit<CollectionSpec, 'what' | 'singular' | 'plural' | 'path' | 'idParam'> = { service: 'identity', updateMethod: 'PATCH' };
    this.identityProviders = new PutCreatedCollection(cloud, {
      ...base,
      what: 'identity provider',
      singular: 'identity_provider',
      plural: 'identity_providers',
      path: '/v3/OS-FEDERATION/identity_providers',
      idParam: 'idp_id',
    });
    this.mappings = new PutCreatedCollection(cloud, { ...base, what: 'mapping', singular: 'mapping', plural: 'mappings', path: '/v3/OS-FEDERATION/mappings', idParam: 'mapping_id' });
    this.serviceProviders = new PutCreatedCollection(cloud, {
      ...base,
      what: 'service provider',
      singular: 'service_provider',
      plural: 'service_providers',
      path: '/v3/OS-FEDERATION/service_providers',
      idParam: 'sp_id',
    });
    this.protocols = new PutCreatedCollection(cloud, {
      ...base,
      what: 'federation protocol',
      singular: 'protocol',
      plural: 'protocols',
      path: '/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols',
      idParam: 'protocol_id',
    });
  }

  /** The domains the token can be scoped to (`GET /v3/auth/domains`). */
  async domains(opts?: HelperOptions): Promise<KeystoneItem[]> {
    return ((await this.cloud.call('identity', 'GET /v3/auth/domains', { ...opts })) as { domains?: KeystoneItem[] }).domains ?? [];
  }

  /** The projects the token can be scoped to (`GET /v3/auth/projects`). */
  async projects(opts?: HelperOptions): Promise<KeystoneItem[]> {
    return ((await this.cloud.call('identity', 'GET /v3/auth/projects', { ...opts })) as { projects?: KeystoneItem[] }).projects ?? [];
  }
}
