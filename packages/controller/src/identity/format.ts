/** Keystone wire formats of identity resources. */
import type { AppContext } from '../context.js';
import { ksTime } from './store.js';
import type {
  ApplicationCredentialsTable, CatalogServicesTable, DomainsTable, EndpointsTable, GroupsTable, ProjectsTable, RegionsTable, RolesTable, UsersTable,
} from '../db/tables/identity.js';

/** `<public-url>/identity/v3` */
export const v3Url = (ctx: AppContext): string => `${ctx.config.publicUrl}/identity/v3`;

/** `{self: ...}` for one resource. */
export const selfLink = (ctx: AppContext, path: string): { self: string } => ({ self: `${v3Url(ctx)}${path}` });

/** Collection links (Keystone does not paginate). */
export const listLinks = (ctx: AppContext, path: string): { self: string; previous: null; next: null } => ({
  self: `${v3Url(ctx)}${path}`,
  previous: null,
  next: null,
});

/** Domain */
export function fmtDomain(ctx: AppContext, d: DomainsTable): Record<string, unknown> {
  return { id: d.id, name: d.name, description: d.description, enabled: !!d.enabled, tags: [], options: {}, links: selfLink(ctx, `/domains/${d.id}`) };
}

/**
 * A domain as the project that acts as it (Keystone keeps every domain as a project with
 * `is_domain: true`; the projects API shows, updates and deletes it by the domain's id).
 */
export function fmtDomainProject(ctx: AppContext, d: DomainsTable): Record<string, unknown> {
  return { id: d.id, name: d.name, domain_id: null, description: d.description, enabled: !!d.enabled, is_domain: true, parent_id: null, tags: [], options: {}, links: selfLink(ctx, `/projects/${d.id}`) };
}

/** Project */
export function fmtProject(ctx: AppContext, p: ProjectsTable): Record<string, unknown> {
  return {
    ...(JSON.parse(p.extra ?? '{}') as Record<string, unknown>),
    id: p.id,
    name: p.name,
    domain_id: p.domain_id,
    description: p.description,
    enabled: !!p.enabled,
    is_domain: false,
    parent_id: p.parent_id ?? p.domain_id,
    tags: JSON.parse(p.tags) as string[],
    options: {},
    links: selfLink(ctx, `/projects/${p.id}`),
  };
}

/** User (never the password hash) */
export function fmtUser(ctx: AppContext, u: UsersTable): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...(JSON.parse(u.extra ?? '{}') as Record<string, unknown>),
    id: u.id,
    name: u.name,
    domain_id: u.domain_id,
    enabled: !!u.enabled,
    password_expires_at: u.password_expires_at ? ksTime(u.password_expires_at).replace(/Z$/, '') : null,
    options: JSON.parse(u.options ?? '{}') as Record<string, unknown>,
    links: selfLink(ctx, `/users/${u.id}`),
  };
  if (u.default_project_id) out.default_project_id = u.default_project_id;
  if (u.description !== null) out.description = u.description;
  if (u.email !== null) out.email = u.email;
  return out;
}

/** Group */
export function fmtGroup(ctx: AppContext, g: GroupsTable): Record<string, unknown> {
  return { id: g.id, name: g.name, domain_id: g.domain_id, description: g.description ?? '', links: selfLink(ctx, `/groups/${g.id}`) };
}

/** Role */
export function fmtRole(ctx: AppContext, r: RolesTable): Record<string, unknown> {
  return { id: r.id, name: r.name, domain_id: r.domain_id, description: r.description, options: {}, links: selfLink(ctx, `/roles/${r.id}`) };
}

/** Role summary in implied-role documents */
export function fmtRoleSummary(ctx: AppContext, r: RolesTable): Record<string, unknown> {
  return { id: r.id, name: r.name, description: r.description, links: selfLink(ctx, `/roles/${r.id}`) };
}

/** Region */
export function fmtRegion(ctx: AppContext, r: RegionsTable): Record<string, unknown> {
  return { id: r.id, description: r.description, parent_region_id: r.parent_region_id, links: selfLink(ctx, `/regions/${r.id}`) };
}

/** Catalog service */
export function fmtService(ctx: AppContext, s: CatalogServicesTable): Record<string, unknown> {
  return { id: s.id, type: s.type, name: s.name, description: s.description, enabled: !!s.enabled, links: selfLink(ctx, `/services/${s.id}`) };
}

/** Endpoint */
export function fmtEndpoint(ctx: AppContext, e: EndpointsTable): Record<string, unknown> {
  return {
    id: e.id,
    interface: e.interface,
    region: e.region_id,
    region_id: e.region_id,
    url: e.url,
    service_id: e.service_id,
    enabled: !!e.enabled,
    links: selfLink(ctx, `/endpoints/${e.id}`),
  };
}

/** Application credential (the secret only on create) */
export function fmtAppCred(ctx: AppContext, a: ApplicationCredentialsTable, roles: { id: string; name: string }[], accessRules: { id: string; service: string; path: string; method: string }[], secret?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: a.id,
    name: a.name,
    description: a.description,
    expires_at: a.expires_at ? a.expires_at.replace(/Z$/, '').replace(/\.(\d{3})$/, '.$1000') : null,
    unrestricted: !!a.unrestricted,
    project_id: a.project_id,
    user_id: a.user_id,
    roles: roles.map((r) => ({ id: r.id, name: r.name, domain_id: null })),
    access_rules: accessRules.map((r) => ({ id: r.id, service: r.service, path: r.path, method: r.method })),
    links: selfLink(ctx, `/users/${a.user_id}/application_credentials/${a.id}`),
  };
  if (secret !== undefined) out.secret = secret;
  return out;
}
