// Keystone v3 helpers: projects, users, roles, domains, groups, regions, catalog services, role
// assignments, application credentials, credentials (and OS-EC2), trusts, project tags, the catalog and tokens. Lists page with `links.next` (rarely used by Keystone).
// @see https://docs.openstack.org/api-ref/identity/v3/
import type { Cloud } from '../cloud.js';
import type { CatalogEntry } from '../catalog.js';
import { ConflictError, NotFoundError, SdkError } from '../errors.js';
import type { components } from '../generated/identity.js';
import { type ListOptions, paginate } from '../paginate.js';
import { Collection, type HelperOptions } from './base.js';
import { EndpointFilterApi, FederationApi, OAuth1Api } from './identity-ext.js';

type S = components['schemas'];
/** A Keystone project. */
export type Project = S['Project'];
/** A user. */
export type User = S['User'];
/** A role. */
export type Role = S['Role'];
/** A role assignment. */
export type RoleAssignment = S['RoleAssignment'];
/** An application credential (the secret only appears at creation). */
export type ApplicationCredential = S['ApplicationCredential'];
/** A stored credential (`/v3/credentials`; `blob` is a string). */
export type Credential = S['Credential'];
/** An EC2 access/secret pair (OS-EC2). */
export type Ec2Credential = S['Ec2Credential'];
/** A trust (OS-TRUST). */
export type Trust = S['Trust'];

/** GET /v3/role_assignments (list only; filters such as `user.id`, `scope.project.id`, `effective`). */
export class RoleAssignmentsApi {
  constructor(private readonly cloud: Cloud) {}

  /** Iterates over role assignments matching the filters. */
  list(opts: ListOptions & { options?: HelperOptions } = {}): AsyncGenerator<RoleAssignment, void, undefined> {
    const { options, ...filters } = opts;
    return paginate<RoleAssignment>((query) => this.cloud.call('identity', 'GET /v3/role_assignments', { ...options, query }), 'role_assignments', filters);
  }

  /** Grants a role to a user on a project. */
  async grant(projectId: string, userId: string, roleId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'PUT /v3/projects/{project_id}/users/{user_id}/roles/{role_id}', {
      ...opts,
      path: { project_id: projectId, user_id: userId, role_id: roleId },
    });
  }

  /** Revokes a user's role on a project. */
  async revoke(projectId: string, userId: string, roleId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/projects/{project_id}/users/{user_id}/roles/{role_id}', {
      ...opts,
      path: { project_id: projectId, user_id: userId, role_id: roleId },
    });
  }
}

/** A collection below `/v3/users/{user_id}`: the token's user unless `path.user_id` names another. */
class UserCollection<T, C> extends Collection<T, C> {
  protected override params(id: string | undefined, opts?: HelperOptions): Record<string, string | number | undefined> {
    const userId = opts?.path?.user_id ?? this.cloud.userId;
    if (userId === undefined) throw new SdkError(`${this.spec.what}s need a user: authenticate first or pass path.user_id`);
    return { ...super.params(id, opts), user_id: userId };
  }
}

/** The current user's application credentials (`/v3/users/{user_id}/application_credentials`). */
export class ApplicationCredentialsApi extends UserCollection<ApplicationCredential, S['ApplicationCredentialCreateRequest']['application_credential']> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'identity',
      what: 'application credential',
      singular: 'application_credential',
      plural: 'application_credentials',
      path: '/v3/users/{user_id}/application_credentials',
      idParam: 'application_credential_id',
      nameFilter: 'name',
    });
  }
}

/** The current user's application credential access rules (`/v3/users/{user_id}/access_rules`; list, get, delete). */
export class AccessRulesApi extends UserCollection<S['AccessRule'], never> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'identity', what: 'access rule', singular: 'access_rule', plural: 'access_rules', path: '/v3/users/{user_id}/access_rules', idParam: 'access_rule_id' });
  }
}

/** A user's EC2 credentials (`/v3/users/{user_id}/credentials/OS-EC2`, by access key; default user: the token's). */
export class Ec2CredentialsApi extends Collection<Ec2Credential, { tenant_id: string }> {
  constructor(cloud: Cloud) {
    super(cloud, {
      service: 'identity',
      what: 'EC2 credential',
      singular: 'credential',
      plural: 'credentials',
      path: '/v3/users/{user_id}/credentials/OS-EC2',
      idParam: 'credential_id',
    });
  }

  /** The create body is not wrapped (`{tenant_id}`). */
  protected override wrap(body: unknown): unknown {
    return body;
  }

  protected override params(id: string | undefined, opts?: HelperOptions): Record<string, string | number | undefined> {
    const userId = opts?.path?.user_id ?? this.cloud.userId;
    if (userId === undefined) throw new SdkError('EC2 credentials need a user: authenticate first or pass path.user_id');
    return { ...super.params(id, opts), user_id: userId };
  }
}

/** Trusts (OS-TRUST) and the roles they delegate. */
export class TrustsApi extends Collection<Trust, S['TrustCreateRequest']['trust']> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'identity', what: 'trust', singular: 'trust', plural: 'trusts', path: '/v3/OS-TRUST/trusts', idParam: 'trust_id' });
  }

  /** The roles the trust delegates. */
  async roles(trustId: string, opts?: HelperOptions): Promise<S['TrustRole'][]> {
    const body = await this.cloud.call('identity', 'GET /v3/OS-TRUST/trusts/{trust_id}/roles', { ...opts, path: { trust_id: trustId } });
    return (body as S['TrustRoleList']).roles;
  }
}

/** The tags of a project (`/v3/projects/{project_id}/tags`). */
export class ProjectTagsApi {
  constructor(private readonly cloud: Cloud) {}

  /** The project's tags. */
  async list(projectId: string, opts?: HelperOptions): Promise<string[]> {
    return ((await this.cloud.call('identity', 'GET /v3/projects/{project_id}/tags', { ...opts, path: { project_id: projectId } })) as S['ProjectTagList']).tags;
  }

  /** Replaces every tag; returns the tags now. */
  async replace(projectId: string, tags: string[], opts?: HelperOptions): Promise<string[]> {
    const body = await this.cloud.call('identity', 'PUT /v3/projects/{project_id}/tags', { ...opts, path: { project_id: projectId }, body: { tags } });
    return (body as S['ProjectTagList']).tags;
  }

  /** Adds one tag (a no-op when present). */
  async add(projectId: string, tag: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'PUT /v3/projects/{project_id}/tags/{tag}', { ...opts, path: { project_id: projectId, tag } });
  }

  /** Whether the project has the tag. */
  async has(projectId: string, tag: string, opts?: HelperOptions): Promise<boolean> {
    try {
      await this.cloud.call('identity', 'HEAD /v3/projects/{project_id}/tags/{tag}', { ...opts, path: { project_id: projectId, tag } });
      return true;
    } catch (err) {
      if (err instanceof NotFoundError) return false;
      throw err;
    }
  }

  /** Removes one tag (NotFoundError when absent). */
  async remove(projectId: string, tag: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/projects/{project_id}/tags/{tag}', { ...opts, path: { project_id: projectId, tag } });
  }

  /** Removes every tag. */
  async clear(projectId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/projects/{project_id}/tags', { ...opts, path: { project_id: projectId } });
  }
}

/** The token's catalog, as Keystone serves it. */
export class CatalogApi {
  constructor(private readonly cloud: Cloud) {}

  /** GET /v3/auth/catalog (falls back to the token's catalog when the cloud does not serve it). */
  async list(opts?: HelperOptions): Promise<CatalogEntry[]> {
    try {
      const body = await this.cloud.call('identity', 'GET /v3/auth/catalog', opts);
      return (body as { catalog: CatalogEntry[] }).catalog;
    } catch (err) {
      if (err instanceof NotFoundError && this.cloud.token) return this.cloud.catalog.entries;
      throw err;
    }
  }
}

/** Token validation and revocation. */
export class TokensApi {
  constructor(private readonly cloud: Cloud) {}

  /** Validates a token (default: the current one) and answers its body. */
  async validate(token?: string, opts?: HelperOptions): Promise<S['Token']> {
    const subject = token ?? (await this.cloud.tokenInfo()).id;
    const body = await this.cloud.call('identity', 'GET /v3/auth/tokens', { ...opts, headers: { 'x-subject-token': subject, ...(opts?.headers ?? {}) } });
    return (body as { token: S['Token'] }).token;
  }

  /** Revokes a token (default: the current one). */
  async revoke(token?: string, opts?: HelperOptions): Promise<void> {
    const subject = token ?? (await this.cloud.tokenInfo()).id;
    await this.cloud.call('identity', 'DELETE /v3/auth/tokens', { ...opts, headers: { 'x-subject-token': subject, ...(opts?.headers ?? {}) } });
  }
}

/** A Keystone domain. */
export type Domain = S['Domain'];
/** A Keystone group. */
export type Group = S['Group'];
/** A catalog endpoint. */
export type Endpoint = S['Endpoint'];
/** A Keystone region. */
export type Region = S['Region'];
/** A service of Keystone's catalog (`service list`). */
export type IdentityService = S['Service'];

/** Keystone groups, with their members. */
export class GroupsApi extends Collection<Group, S['GroupCreateRequest']['group'], S['GroupUpdateRequest']['group']> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'identity', updateMethod: 'PATCH', nameFilter: 'name', what: 'group', singular: 'group', plural: 'groups', path: '/v3/groups', idParam: 'group_id' });
  }

  /** Adds a user to the group (PUT /v3/groups/{group_id}/users/{user_id}). */
  async addUser(groupId: string, userId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'PUT /v3/groups/{group_id}/users/{user_id}', { ...opts, path: { group_id: groupId, user_id: userId } });
  }

  /** Removes a user from the group. */
  async removeUser(groupId: string, userId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/groups/{group_id}/users/{user_id}', { ...opts, path: { group_id: groupId, user_id: userId } });
  }

  /** Whether the user is in the group (HEAD; Keystone answers 404 when not). */
  async hasUser(groupId: string, userId: string, opts?: HelperOptions): Promise<boolean> {
    try {
      await this.cloud.call('identity', 'HEAD /v3/groups/{group_id}/users/{user_id}', { ...opts, path: { group_id: groupId, user_id: userId } });
      return true;
    } catch (err) {
      if (err instanceof NotFoundError) return false;
      throw err;
    }
  }
}

/**
 * Keystone's catalog services; `find()` also matches a service's type, as
 * python-openstackclient's find_service does (ID, then name, then type).
 */
export class IdentityServicesApi extends Collection<IdentityService, S['ServiceCreateRequest']['service'], S['ServiceUpdateRequest']['service']> {
  constructor(cloud: Cloud) {
    super(cloud, { service: 'identity', updateMethod: 'PATCH', nameFilter: 'name', what: 'service', singular: 'service', plural: 'services', path: '/v3/services', idParam: 'service_id' });
  }

  override async find(nameOrId: string, opts?: HelperOptions & { filters?: Record<string, unknown> }): Promise<IdentityService> {
    try {
      return await super.find(nameOrId, opts);
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      const byType: IdentityService[] = [];
      for await (const s of this.list({ type: nameOrId, options: opts })) if (s.type === nameOrId) byType.push(s);
      if (byType.length === 1) return byType[0] as IdentityService;
      if (byType.length === 0) throw err;
      throw new ConflictError({
        status: 409,
        message: `Multiple service matches found for '${nameOrId}', use an ID to be more specific.`,
        service: 'identity',
        method: 'GET',
        url: `/v3/services?type=${encodeURIComponent(nameOrId)}`,
      });
    }
  }
}

/** A Keystone item this SDK has no generated shape for (policies, limits, registered limits): the api-ref's fields. */
export interface KeystoneItem {
  id?: string;
  name?: string | null;
  [key: string]: unknown;
}

/** One prior role and the roles it implies (`GET /v3/role_inferences`). */
export interface RoleInference {
  prior_role: { id: string; name?: string; [key: string]: unknown };
  implies: Array<{ id: string; name?: string; [key: string]: unknown }>;
}

/** Implied roles (role inference rules): a prior role implies another. */
export class ImpliedRolesApi {
  constructor(private readonly cloud: Cloud) {}

  /** Every prior role with the roles it implies. */
  async list(opts?: HelperOptions): Promise<RoleInference[]> {
    const body = await this.cloud.call('identity', 'GET /v3/role_inferences', { ...opts });
    return (body as { role_inferences?: RoleInference[] }).role_inferences ?? [];
  }

  /** Makes `priorRoleId` imply `impliedRoleId`; Keystone's `role_inference` (prior_role, implies). */
  async create(priorRoleId: string, impliedRoleId: string, opts?: HelperOptions): Promise<{ prior_role: Record<string, unknown>; implies: Record<string, unknown> }> {
    const body = await this.cloud.call('identity', 'PUT /v3/roles/{prior_role_id}/implies/{implied_role_id}', { ...opts, path: { prior_role_id: priorRoleId, implied_role_id: impliedRoleId } });
    return (body as { role_inference: { prior_role: Record<string, unknown>; implies: Record<string, unknown> } }).role_inference;
  }

  /** Removes the rule. */
  async delete(priorRoleId: string, impliedRoleId: string, opts?: HelperOptions): Promise<void> {
    await this.cloud.call('identity', 'DELETE /v3/roles/{prior_role_id}/implies/{implied_role_id}', { ...opts, path: { prior_role_id: priorRoleId, implied_role_id: impliedRoleId } });
  }
}

/** Limits or registered limits: created in a list body (`{"limits": [...]}`), the rest one by one. */
export class UnifiedLimitsApi extends Collection<KeystoneItem, Record<string, unknown>, Record<string, unknown>> {
  /** Creates one limit (Keystone takes a list; the first created comes back). */
  override async create(body: Record<string, unknown>, opts?: HelperOptions): Promise<KeystoneItem> {
    const res = await this.cloud.call('identity', `POST ${this.spec.path}`, { ...opts, body: { [this.spec.plural]: [body] } });
    return ((res as Record<string, KeystoneItem[]>)[this.spec.plural] ?? [])[0] as KeystoneItem;
  }
}

/** Everything under `cloud.identity`. */
export class IdentityApi {
  /** Projects (update is PATCH). */
  readonly projects: Collection<Project, S['ProjectCreateRequest']['project'], S['ProjectUpdateRequest']['project']>;
  /** Users (update is PATCH). */
  readonly users: Collection<User, S['UserCreateRequest']['user'], S['UserUpdateRequest']['user']>;
  /** Roles. */
  readonly roles: Collection<Role, S['RoleCreateRequest']['role'], S['RoleUpdateRequest']['role']>;
  /** Domains (update is PATCH). */
  readonly domains: Collection<Domain, S['DomainCreateRequest']['domain'], S['DomainUpdateRequest']['domain']>;
  /** Groups and their members. */
  readonly groups: GroupsApi;
  /** Regions (found by ID only: a region's ID is its name). */
  readonly regions: Collection<Region, S['RegionCreateRequest']['region'], S['RegionUpdateRequest']['region']>;
  /** The catalog's services. */
  readonly services: IdentityServicesApi;
  /** The catalog's endpoints (found by ID only). */
  readonly endpoints: Collection<Endpoint, S['EndpointCreateRequest']['endpoint'], S['EndpointUpdateRequest']['endpoint']>;
  /** Role assignments. */
  readonly roleAssignments: RoleAssignmentsApi;
  /** The current user's application credentials. */
  readonly applicationCredentials: ApplicationCredentialsApi;
  /** The current user's application credential access rules. */
  readonly accessRules: AccessRulesApi;
  /** OS-OAUTH1 consumers (the secret only in the create answer). */
  readonly consumers: Collection<S['Consumer'], S['ConsumerCreateRequest']['consumer'], S['ConsumerUpdateRequest']['consumer']>;
  /** Stored credentials (`/v3/credentials`; update is PATCH). */
  readonly credentials: Collection<Credential, S['CredentialCreateRequest']['credential'], S['CredentialUpdateRequest']['credential']>;
  /** A user's EC2 credentials. */
  readonly ec2Credentials: Ec2CredentialsApi;
  /** Trusts. */
  readonly trusts: TrustsApi;
  /** Project tags. */
  readonly projectTags: ProjectTagsApi;
  /** The catalog. */
  readonly catalog: CatalogApi;
  /** Tokens. */
  readonly tokens: TokensApi;
  /** Implied roles (role inference rules). */
  readonly impliedRoles: ImpliedRolesApi;
  /** Policies (`/v3/policies`, deprecated upstream but served by Keystone). */
  readonly policies: Collection<KeystoneItem, Record<string, unknown>, Record<string, unknown>>;
  /** Project limits (unified limits). */
  readonly limits: UnifiedLimitsApi;
  /** Registered (default) limits (unified limits). */
  readonly registeredLimits: UnifiedLimitsApi;
  // extensions (identity-ext.ts)
  /** Endpoint groups (OS-EP-FILTER; update is PATCH). */
  readonly endpointGroups: Collection<KeystoneItem, Record<string, unknown>, Record<string, unknown>>;
  /** Project associations of endpoints and endpoint groups (OS-EP-FILTER). */
  readonly endpointFilter: EndpointFilterApi;
  /** OAuth1 consumers and tokens (OS-OAUTH1). */
  readonly oauth1: OAuth1Api;
  /** Federation (OS-FEDERATION). */
  readonly federation: FederationApi;

  constructor(cloud: Cloud) {
    const base = { service: 'identity' as const, updateMethod: 'PATCH' as const, nameFilter: 'name' };
    this.projects = new Collection(cloud, { ...base, what: 'project', singular: 'project', plural: 'projects', path: '/v3/projects', idParam: 'project_id' });
    this.users = new Collection(cloud, { ...base, what: 'user', singular: 'user', plural: 'users', path: '/v3/users', idParam: 'user_id' });
    this.roles = new Collection(cloud, { ...base, what: 'role', singular: 'role', plural: 'roles', path: '/v3/roles', idParam: 'role_id' });
    this.domains = new Collection(cloud, { ...base, what: 'domain', singular: 'domain', plural: 'domains', path: '/v3/domains', idParam: 'domain_id' });
    this.groups = new GroupsApi(cloud);
    this.regions = new Collection(cloud, { ...base, nameFilter: undefined, what: 'region', singular: 'region', plural: 'regions', path: '/v3/regions', idParam: 'region_id' });
    this.services = new IdentityServicesApi(cloud);
    this.endpoints = new Collection(cloud, { ...base, nameFilter: undefined, what: 'endpoint', singular: 'endpoint', plural: 'endpoints', path: '/v3/endpoints', idParam: 'endpoint_id' });
    this.roleAssignments = new RoleAssignmentsApi(cloud);
    this.applicationCredentials = new ApplicationCredentialsApi(cloud);
    this.accessRules = new AccessRulesApi(cloud);
    this.consumers = new Collection(cloud, { ...base, nameFilter: undefined, what: 'consumer', singular: 'consumer', plural: 'consumers', path: '/v3/OS-OAUTH1/consumers', idParam: 'consumer_id' });
    this.credentials = new Collection(cloud, { ...base, nameFilter: undefined, what: 'credential', singular: 'credential', plural: 'credentials', path: '/v3/credentials', idParam: 'credential_id' });
    this.ec2Credentials = new Ec2CredentialsApi(cloud);
    this.trusts = new TrustsApi(cloud);
    this.projectTags = new ProjectTagsApi(cloud);
    this.catalog = new CatalogApi(cloud);
    this.tokens = new TokensApi(cloud);
    this.impliedRoles = new ImpliedRolesApi(cloud);
    this.policies = new Collection(cloud, { ...base, nameFilter: undefined, what: 'policy', singular: 'policy', plural: 'policies', path: '/v3/policies', idParam: 'policy_id' });
    this.limits = new UnifiedLimitsApi(cloud, { ...base, nameFilter: undefined, what: 'limit', singular: 'limit', plural: 'limits', path: '/v3/limits', idParam: 'limit_id' });
    this.registeredLimits = new UnifiedLimitsApi(cloud, {
      ...base,
      nameFilter: undefined,
      what: 'registered limit',
      singular: 'registered_limit',
      plural: 'registered_limits',
      path: '/v3/registered_limits',
      idParam: 'registered_limit_id',
    });
    this.endpointGroups = new Collection(cloud, {
      ...base,
      what: 'endpoint group',
      singular: 'endpoint_group',
      plural: 'endpoint_groups',
      path: '/v3/OS-EP-FILTER/endpoint_groups',
      idParam: 'endpoint_group_id',
    });
    this.endpointFilter = new EndpointFilterApi(cloud);
    this.oauth1 = new OAuth1Api(cloud);
    this.federation = new FederationApi(cloud);
  }
}
