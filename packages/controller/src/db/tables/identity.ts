/** Identity (Keystone) tables. Conventions: ids and timestamps are text (ISO-8601 UTC), booleans integer 0/1, JSON as text. */

/** `domains` */
export interface DomainsTable {
  id: string;
  name: string;
  description: string;
  enabled: number;
  created_at: string;
}

/** `projects` */
export interface ProjectsTable {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  enabled: number;
  parent_id: string | null;
  tags: string; // JSON array
  created_at: string;
  /** Extra attributes (JSON object, Keystone's `extra`). */
  extra?: string;
}

/** `users` */
export interface UsersTable {
  id: string;
  name: string;
  domain_id: string;
  enabled: number;
  password_hash: string | null;
  password_changed_at: string | null;
  default_project_id: string | null;
  description: string | null;
  email: string | null;
  created_at: string;
  /** Failed password logins since the last success (lockout, [security_compliance]). */
  // Optional: the columns have defaults (migration 193); rows read always carry them.
  failed_auth_count?: number;
  failed_auth_at?: string | null;
  password_expires_at?: string | null;
  /** JSON: Keystone user options (`ignore_lockout_failure_attempts`...). */
  options?: string;
  /** JSON: attributes Keystone keeps without knowing them (`project_id`...). */
  extra?: string;
}

/** `roles` */
export interface RolesTable {
  id: string;
  name: string;
  domain_id: string | null;
  description: string | null;
  created_at: string;
}

/** `implied_roles`: prior role implies implied role (admin > member > reader). */
export interface ImpliedRolesTable {
  prior_role_id: string;
  implied_role_id: string;
}

/** `groups` */
export interface GroupsTable {
  id: string;
  name: string;
  domain_id: string;
  description: string | null;
  created_at: string;
}

/** `group_users`: membership. */
export interface GroupUsersTable {
  group_id: string;
  user_id: string;
}

/** `role_assignments`: actor (user or group) has role on target (project or domain). */
export interface RoleAssignmentsTable {
  actor_type: 'user' | 'group';
  actor_id: string;
  target_type: 'project' | 'domain';
  target_id: string;
  role_id: string;
}

/** `inherited_role_assignments` (OS-INHERIT): a grant on a domain or project inherited by the projects below it. */
export type InheritedRoleAssignmentsTable = RoleAssignmentsTable;

/** `application_credentials` */
export interface ApplicationCredentialsTable {
  id: string;
  name: string;
  user_id: string;
  project_id: string;
  secret_hash: string;
  description: string | null;
  expires_at: string | null;
  unrestricted: number;
  roles: string; // JSON array of role ids
  created_at: string;
}

/** `credentials`: Keystone's credential store (`ec2` ones also serve OS-EC2); `blob` as sent. */
export interface CredentialsTable {
  id: string;
  user_id: string;
  project_id: string | null;
  type: string;
  blob: string;
  created_at: string;
}

/** `trusts`: OS-TRUST delegations of `roles` (JSON array of role ids) on a project. */
export interface TrustsTable {
  id: string;
  trustor_user_id: string;
  trustee_user_id: string;
  project_id: string | null;
  impersonation: number;
  expires_at: string | null;
  remaining_uses: number | null;
  allow_redelegation: number;
  redelegation_count: number;
  redelegated_trust_id: string | null;
  roles: string;
  created_at: string;
}

/** `revocation_events`: tokens matching are invalid (by audit id, or by user issued before a time). */
export interface RevocationEventsTable {
  id: string;
  audit_id: string | null;
  user_id: string | null;
  project_id: string | null;
  issued_before: string;
  created_at: string;
}

/** `regions` */
export interface RegionsTable {
  id: string;
  description: string;
  parent_region_id: string | null;
}

/** `catalog_services` (Keystone "services") */
export interface CatalogServicesTable {
  id: string;
  type: string;
  name: string;
  description: string;
  enabled: number;
}

/** `endpoints` */
export interface EndpointsTable {
  id: string;
  service_id: string;
  interface: string;
  region_id: string | null;
  url: string;
  enabled: number;
}

/** `identity_policies`: /v3/policies blobs (stored, not enforced). */
export interface IdentityPoliciesTable {
  id: string;
  type: string;
  blob: string;
  project_id: string | null;
  user_id: string | null;
  created_at: string;
}

/** `oauth_consumers`: OS-OAUTH1 consumers. */
export interface OauthConsumersTable {
  id: string;
  description: string | null;
  secret_hash: string;
  created_at: string;
}

/** `endpoint_groups`: OS-EP-FILTER endpoint groups; `filters` JSON ({service_id?, interface?, region_id?}). */
export interface EndpointGroupsTable {
  id: string;
  name: string;
  description: string | null;
  filters: string;
  created_at: string;
}

/** `project_endpoints`: an endpoint associated with a project (OS-EP-FILTER). */
export interface ProjectEndpointsTable {
  project_id: string;
  endpoint_id: string;
}

/** `project_endpoint_groups`: an endpoint group associated with a project (OS-EP-FILTER). */
export interface ProjectEndpointGroupsTable {
  project_id: string;
  endpoint_group_id: string;
}

/** `access_rules`: a user's application credential access rules. */
export interface AccessRulesTable {
  id: string;
  user_id: string;
  service: string;
  path: string;
  method: string;
}

/** `application_credential_access_rules`: which rules an application credential has. */
export interface ApplicationCredentialAccessRulesTable {
  application_credential_id: string;
  access_rule_id: string;
}

/** `domain_configs`: one option of a domain's configuration; `value` JSON. */
export interface DomainConfigsTable {
  domain_id: string;
  group_name: string;
  option_name: string;
  value: string;
  sensitive: number;
}

/** `system_role_assignments`: an actor (user or group) has a role on the system. */
export interface SystemRoleAssignmentsTable {
  actor_type: 'user' | 'group';
  actor_id: string;
  role_id: string;
}

/** `password_history`: a user's previous password hashes. */
export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: string;
}

/** Every identity table by name. */
export interface IdentityTables {
  domains: DomainsTable;
  projects: ProjectsTable;
  users: UsersTable;
  roles: RolesTable;
  groups: GroupsTable;
  group_users: GroupUsersTable;
  implied_roles: ImpliedRolesTable;
  role_assignments: RoleAssignmentsTable;
  inherited_role_assignments: InheritedRoleAssignmentsTable;
  application_credentials: ApplicationCredentialsTable;
  revocation_events: RevocationEventsTable;
  credentials: CredentialsTable;
  trusts: TrustsTable;
  regions: RegionsTable;
  catalog_services: CatalogServicesTable;
  endpoints: EndpointsTable;
  identity_policies: IdentityPoliciesTable;
  oauth_consumers: OauthConsumersTable;
  endpoint_groups: EndpointGroupsTable;
  project_endpoints: ProjectEndpointsTable;
  project_endpoint_groups: ProjectEndpointGroupsTable;
  access_rules: AccessRulesTable;
  application_credential_access_rules: ApplicationCredentialAccessRulesTable;
  domain_configs: DomainConfigsTable;
  password_history: PasswordHistoryTable;
  system_role_assignments: SystemRoleAssignmentsTable;
}
