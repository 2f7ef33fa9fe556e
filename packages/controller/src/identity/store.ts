/** Identity queries shared by tokens, routes and bootstrap. */
import { randomUUID } from 'node:crypto';
import type { Db, Trx } from '../db/index.js';
import { badRequest } from '../errors.js';

/** Keystone ids: 32 lowercase hex characters (a uuid4 without dashes). */
export const newId = (): string => randomUUID().replace(/-/g, '');

/** Keystone's timestamp format: microseconds and a Z (`2015-08-27T09:49:58.000000Z`). */
export function ksTime(d: Date | string): string {
  const iso = typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();
  return iso.replace(/\.(\d{3})Z$/, '.$1000Z');
}

/**
 * Parses a Keystone `expires_at` (ISO 8601; UTC when it has no zone) into
 * `YYYY-MM-DDTHH:MM:SS.ffffffZ`, keeping the microseconds as sent (clients compare them);
 * 400 when it is not a date or not in the future.
 */
export function parseExpiresAt(text: string, now: Date): string {
  const m = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.(\d+))?)?([zZ]|[+-]\d\d:?\d\d)?$/.exec(text);
  const t = m ? Date.parse(m[2] ? text : `${text}Z`) : NaN;
  if (!m || Number.isNaN(t)) throw badRequest(`Invalid expires_at: ${text}`);
  if (t <= now.getTime()) throw badRequest('The expiration time is in the past.');
  return `${new Date(t).toISOString().slice(0, 19)}.${(m[1] ?? '').padEnd(6, '0').slice(0, 6)}Z`;
}

/** The role ids of `roleIds` plus every role they imply, transitively. */
export async function expandImplied(db: Db | Trx, roleIds: string[]): Promise<string[]> {
  const seen = new Set(roleIds);
  let frontier = [...seen];
  while (frontier.length > 0) {
    const rows = await db.selectFrom('implied_roles').select('implied_role_id').where('prior_role_id', 'in', frontier).execute();
    frontier = rows.map((r) => r.implied_role_id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** Role ids assigned on a project or domain to a user directly or through its groups (on a project, inherited ones too). */
export async function directRoleIds(db: Db | Trx, userId: string, targetType: 'project' | 'domain', targetId: string): Promise<string[]> {
  // One query (every token validation runs it): the user's and its groups' assignments.
  const rows = await db
    .selectFrom('role_assignments')
    .select('role_id')
    .distinct()
    .where((eb) => eb.or([eb('actor_id', '=', userId), eb('actor_id', 'in', eb.selectFrom('group_users').select('group_id').where('user_id', '=', userId))]))
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .execute();
  const ids = rows.map((r) => r.role_id);
  return targetType === 'project' ? [...new Set([...ids, ...(await inheritedRoleIds(db, userId, targetId))])] : ids;
}

/** Role ids a user holds on the system (scope `{system: {all: true}}`), directly or through its groups. */
export async function systemRoleIds(db: Db | Trx, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('system_role_assignments')
    .select('role_id')
    .distinct()
    .where((eb) => eb.or([eb('actor_id', '=', userId), eb('actor_id', 'in', eb.selectFrom('group_users').select('group_id').where('user_id', '=', userId))]))
    .execute();
  return rows.map((r) => r.role_id);
}

/** An endpoint group's filters: every one given must equal the endpoint's attribute. */
export type EndpointFilters = { service_id?: string; interface?: string; region_id?: string };

/** True when an endpoint matches an endpoint group's filters. */
export function matchesFilters(e: { service_id: string; interface: string; region_id: string | null }, f: EndpointFilters): boolean {
  return (f.service_id === undefined || f.service_id === e.service_id) && (f.interface === undefined || f.interface === e.interface) && (f.region_id === undefined || f.region_id === e.region_id);
}

/**
 * The ids of the endpoints associated with a project (OS-EP-FILTER), directly or through its
 * endpoint groups, among `endpoints`; null when that is none (then its catalog is the whole
 * catalog: Keystone filters only when the project's associations name some endpoint).
 */
export async function projectEndpointIds(db: Db | Trx, projectId: string, endpoints: { id: string; service_id: string; interface: string; region_id: string | null }[]): Promise<Set<string> | null> {
  const direct = await db.selectFrom('project_endpoints').select('endpoint_id').where('project_id', '=', projectId).execute();
  const groups = await db
    .selectFrom('project_endpoint_groups')
    .innerJoin('endpoint_groups', 'endpoint_groups.id', 'project_endpoint_groups.endpoint_group_id')
    .select('endpoint_groups.filters')
    .where('project_endpoint_groups.project_id', '=', projectId)
    .execute();
  if (direct.length === 0 && groups.length === 0) return null;
  const directIds = new Set(direct.map((d) => d.endpoint_id));
  const filters = groups.map((g) => JSON.parse(g.filters) as EndpointFilters);
  const ids = new Set(endpoints.filter((e) => directIds.has(e.id) || filters.some((f) => matchesFilters(e, f))).map((e) => e.id));
  return ids.size ? ids : null;
}

/**
 * Role ids a user (directly or through its groups) inherits on a project (OS-INHERIT): grants
 * made for inheritance on the project's domain or on any of its ancestors, not the project itself.
 */
export async function inheritedRoleIds(db: Db | Trx, userId: string, projectId: string): Promise<string[]> {
  const p = await db.selectFrom('projects').select(['domain_id', 'parent_id']).where('id', '=', projectId).executeTakeFirst();
  if (!p) return [];
  const ancestors: string[] = [];
  for (let id = p.parent_id; id && !ancestors.includes(id); ) {
    const a = await db.selectFrom('projects').select(['id', 'parent_id']).where('id', '=', id).executeTakeFirst();
    if (!a) break;
    ancestors.push(a.id);
    id = a.parent_id;
  }
  const rows = await db
    .selectFrom('inherited_role_assignments')
    .select('role_id')
    .distinct()
    .where((eb) => eb.or([eb('actor_id', '=', userId), eb('actor_id', 'in', eb.selectFrom('group_users').select('group_id').where('user_id', '=', userId))]))
    .where((eb) => eb.or([
      eb.and([eb('target_type', '=', 'domain'), eb('target_id', '=', p.domain_id)]),
      ...(ancestors.length ? [eb.and([eb('target_type', '=', 'project'), eb('target_id', 'in', ancestors)])] : []),
    ]))
    .execute();
  return rows.map((r) => r.role_id);
}

/**
 * Ids of the projects where a user (directly or through its groups) has an inherited role
 * (OS-INHERIT): every project of a domain granted for inheritance, every project below a
 * project granted for inheritance. Empty (one query) when the user has no such grant.
 */
export async function inheritedProjectIds(db: Db | Trx, userId: string): Promise<string[]> {
  const grants = await db
    .selectFrom('inherited_role_assignments')
    .select(['target_type', 'target_id'])
    .distinct()
    .where((eb) => eb.or([eb('actor_id', '=', userId), eb('actor_id', 'in', eb.selectFrom('group_users').select('group_id').where('user_id', '=', userId))]))
    .execute();
  if (grants.length === 0) return [];
  const projects = await db.selectFrom('projects').select(['id', 'domain_id', 'parent_id']).execute();
  return [...new Set(grants.flatMap((g) => projectsBelow(projects, g.target_type, g.target_id)))];
}

/** The projects an inherited grant on a target applies to: all of a domain's, or those below a project (not itself). */
export function projectsBelow(projects: { id: string; domain_id: string; parent_id: string | null }[], targetType: 'project' | 'domain', targetId: string): string[] {
  if (targetType === 'domain') return projects.filter((p) => p.domain_id === targetId).map((p) => p.id);
  const found = new Set<string>();
  for (let frontier = [targetId]; frontier.length > 0; ) {
    frontier = projects.filter((p) => p.parent_id !== null && frontier.includes(p.parent_id) && !found.has(p.id)).map((p) => p.id);
    for (const id of frontier) found.add(id);
  }
  return [...found];
}

/** {id, name} of the given role ids, sorted by name. */
export async function roleRefs(db: Db | Trx, ids: string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('roles').select(['id', 'name']).where('id', 'in', ids).execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every role's name and the implied-role edges: small, read whole, expanded in memory. */
export interface RoleGraph {
  names: Map<string, string>;
  implies: Map<string, string[]>;
}

/** Reads the role graph (two queries). */
export async function loadRoleGraph(db: Db | Trx): Promise<RoleGraph> {
  const [roles, edges] = await Promise.all([db.selectFrom('roles').select(['id', 'name']).execute(), db.selectFrom('implied_roles').select(['prior_role_id', 'implied_role_id']).execute()]);
  const implies = new Map<string, string[]>();
  for (const e of edges) implies.set(e.prior_role_id, [...(implies.get(e.prior_role_id) ?? []), e.implied_role_id]);
  return { names: new Map(roles.map((r) => [r.id, r.name])), implies };
}

/** expandImplied over a loaded graph. */
export function expandWith(graph: RoleGraph, roleIds: string[]): string[] {
  const seen = new Set(roleIds);
  const todo = [...seen];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    for (const next of graph.implies.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return [...seen];
}

/** roleRefs over a loaded graph (unknown ids dropped), sorted by name. */
export function refsWith(graph: RoleGraph, ids: string[]): { id: string; name: string }[] {
  return ids.flatMap((id) => (graph.names.has(id) ? [{ id, name: graph.names.get(id)! }] : [])).sort((a, b) => a.name.localeCompare(b.name));
}

/** One catalog entry as Keystone returns it in tokens and /v3/auth/catalog. */
export interface CatalogEntry {
  id: string;
  type: string;
  name: string;
  endpoints: { id: string; interface: string; region: string | null; region_id: string | null; url: string }[];
}

/**
 * The service catalog for a scope: enabled services with their enabled endpoints,
 * `$(project_id)s`/`%(project_id)s` substituted; endpoints needing a project are omitted
 * without one (as Keystone does for unscoped tokens).
 */
export async function buildCatalog(db: Db | Trx, projectId: string | null): Promise<CatalogEntry[]> {
  const services = await db.selectFrom('catalog_services').selectAll().where('enabled', '=', 1).orderBy('type').execute();
  let endpoints = await db.selectFrom('endpoints').selectAll().where('enabled', '=', 1).orderBy('interface').execute();
  // OS-EP-FILTER: a project with associated endpoints (directly or through endpoint groups) sees
  // only those, and no service left without one; a project without any sees the whole catalog.
  const only = projectId ? await projectEndpointIds(db, projectId, endpoints) : null;
  if (only) endpoints = endpoints.filter((e) => only.has(e.id));
  return services.filter((s) => !only || endpoints.some((e) => e.service_id === s.id)).map((s) => ({
    id: s.id,
    type: s.type,
    name: s.name,
    endpoints: endpoints
      .filter((e) => e.service_id === s.id)
      .flatMap((e) => {
        const needs = /[$%]\((project_id|tenant_id)\)s/.test(e.url);
        if (needs && !projectId) return [];
        const url = projectId ? e.url.replace(/[$%]\((project_id|tenant_id)\)s/g, projectId) : e.url;
        return [{ id: e.id, interface: e.interface, region: e.region_id, region_id: e.region_id, url }];
      }),
  }));
}
