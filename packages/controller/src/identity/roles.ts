/** Keystone roles, implied roles and role assignments (users and groups on projects and domains). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { RoleAssignmentsTable, RolesTable } from '../db/tables/identity.js';
import { isUniqueViolation, nowIso, withTransaction } from '../db/index.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { flag } from './auth-routes.js';
import { fmtRole, fmtRoleSummary, listLinks, selfLink, v3Url, type IdSchemas } from './format.js';
import { newId, projectsBelow } from './store.js';

type Q = Record<string, unknown>;

/** Registers roles, implied roles, grants and /v3/role_assignments. */
export function registerRoleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const getRole = async (id: string): Promise<RolesTable> => {
    const r = await ctx.db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound(`Could not find role: ${id}.`);
    return r;
  };
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/roles' }, async (req) => {
    let q = ctx.db.selectFrom('roles').selectAll().orderBy('name');
    if (typeof req.query.name === 'string') q = q.where('name', '=', req.query.name);
    if (typeof req.query.domain_id === 'string') q = q.where('domain_id', '=', req.query.domain_id);
    else q = q.where('domain_id', 'is', null);
    return { roles: (await q.execute()).map((r) => fmtRole(ctx, r)), links: listLinks(ctx, '/roles') };
  });
  defineRoute<{ Body: IdSchemas['RoleCreateRequest'] }>(
    app, ctx, { service: 'identity', op: 'POST /v3/roles' }, async (req, reply) => {
      const b = req.body.role;
      const row = { id: newId(), name: b.name, domain_id: b.domain_id ?? null, description: b.description ?? null, created_at: nowIso(ctx) };
      try {
        await ctx.db.insertInto('roles').values(row).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store role - Duplicate entry found with name ${b.name}.`);
        throw e;
      }
      reply.code(201);
      return { role: fmtRole(ctx, row) };
    });
  defineRoute<{ Params: { role_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/roles/{role_id}' }, async (req) => ({
    role: fmtRole(ctx, await getRole(req.params.role_id)),
  }));
  defineRoute<{ Params: { role_id: string }; Body: IdSchemas['RoleUpdateRequest'] }>(
    app, ctx, { service: 'identity', op: 'PATCH /v3/roles/{role_id}' }, async (req) => {
      const r = await getRole(req.params.role_id);
      const upd = { name: req.body.role.name ?? r.name, description: req.body.role.description === undefined ? r.description : req.body.role.description };
      try {
        await ctx.db.updateTable('roles').set(upd).where('id', '=', r.id).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`Conflict occurred attempting to store role - Duplicate entry found with name ${upd.name}.`);
        throw e;
      }
      return { role: fmtRole(ctx, { ...r, ...upd }) };
    });
  defineRoute<{ Params: { role_id: string } }>(app, ctx, { service: 'identity', op: 'DELETE /v3/roles/{role_id}' }, async (req, reply) => {
    const r = await getRole(req.params.role_id);
    await withTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom('role_assignments').where('role_id', '=', r.id).execute();
      await trx.deleteFrom('inherited_role_assignments').where('role_id', '=', r.id).execute();
      await trx.deleteFrom('implied_roles').where((eb) => eb.or([eb('prior_role_id', '=', r.id), eb('implied_role_id', '=', r.id)])).execute();
      await trx.deleteFrom('roles').where('id', '=', r.id).execute();
    });
    return reply.code(204).send();
  });

  // ---- implied roles ----
  const implication = async (prior: string, implied: string) => {
    const p = await getRole(prior);
    const i = await getRole(implied);
    const row = await ctx.db.selectFrom('implied_roles').selectAll().where('prior_role_id', '=', p.id).where('implied_role_id', '=', i.id).executeTakeFirst();
    return { p, i, exists: !!row };
  };
  const inferenceDoc = (p: RolesTable, i: RolesTable) => ({
    role_inference: { prior_role: fmtRoleSummary(ctx, p), implies: fmtRoleSummary(ctx, i) },
    links: selfLink(ctx, `/roles/${p.id}/implies/${i.id}`),
  });
  defineRoute<{ Params: { prior_role_id: string } }>(app, ctx, { service: 'identity', op: 'GET /v3/roles/{prior_role_id}/implies' }, async (req) => {
    const p = await getRole(req.params.prior_role_id);
    const implied = await ctx.db.selectFrom('roles').selectAll().where('id', 'in', (eb) => eb.selectFrom('implied_roles').select('implied_role_id').where('prior_role_id', '=', p.id)).execute();
    return { role_inference: { prior_role: fmtRoleSummary(ctx, p), implies: implied.map((r) => fmtRoleSummary(ctx, r)) }, links: listLinks(ctx, `/roles/${p.id}/implies`) };
  });
  type ImplParams = { Params: { prior_role_id: string; implies_role_id: string } };
  defineRoute<ImplParams>(app, ctx, { service: 'identity', op: 'PUT /v3/roles/{prior_role_id}/implies/{implies_role_id}' }, async (req, reply) => {
    const { p, i, exists } = await implication(req.params.prior_role_id, req.params.implies_role_id);
    if (p.id === i.id) throw badRequest('A role cannot imply itself.');
    // Keystone: a domain role may imply a global one, never the reverse (403).
    if (p.domain_id === null && i.domain_id !== null) throw forbidden(`The global role ${p.id} cannot imply the domain-specific role ${i.id}.`);
    if (!exists) {
      // Refuse cycles: i must not (transitively) imply p.
      const { expandImplied } = await import('./store.js');
      if ((await expandImplied(ctx.db, [i.id])).includes(p.id)) throw badRequest('The implication would create a cycle.');
      await ctx.db.insertInto('implied_roles').values({ prior_role_id: p.id, implied_role_id: i.id }).execute();
    }
    reply.code(201);
    return inferenceDoc(p, i);
  });
  defineRoute<ImplParams>(app, ctx, { service: 'identity', op: 'GET /v3/roles/{prior_role_id}/implies/{implies_role_id}' }, async (req) => {
    const { p, i, exists } = await implication(req.params.prior_role_id, req.params.implies_role_id);
    if (!exists) throw notFound(`${p.id} does not imply ${i.id}.`);
    return inferenceDoc(p, i);
  });
  defineRoute<ImplParams>(app, ctx, { service: 'identity', op: 'HEAD /v3/roles/{prior_role_id}/implies/{implies_role_id}' }, async (req, reply) => {
    const { exists } = await implication(req.params.prior_role_id, req.params.implies_role_id);
    if (!exists) throw notFound();
    return reply.code(204).send();
  });
  defineRoute<ImplParams>(app, ctx, { service: 'identity', op: 'DELETE /v3/roles/{prior_role_id}/implies/{implies_role_id}' }, async (req, reply) => {
    const { p, i, exists } = await implication(req.params.prior_role_id, req.params.implies_role_id);
    if (!exists) throw notFound(`${p.id} does not imply ${i.id}.`);
    await ctx.db.deleteFrom('implied_roles').where('prior_role_id', '=', p.id).where('implied_role_id', '=', i.id).execute();
    return reply.code(204).send();
  });
  defineRoute(app, ctx, { service: 'identity', op: 'GET /v3/role_inferences' }, async () => {
    const rows = await ctx.db.selectFrom('implied_roles').selectAll().execute();
    const roles = new Map((await ctx.db.selectFrom('roles').selectAll().execute()).map((r) => [r.id, r]));
    const byPrior = new Map<string, RolesTable[]>();
    for (const r of rows) {
      const implied = roles.get(r.implied_role_id);
      if (implied) byPrior.set(r.prior_role_id, [...(byPrior.get(r.prior_role_id) ?? []), implied]);
    }
    return {
      role_inferences: [...byPrior.entries()].flatMap(([pid, implies]) => {
        const p = roles.get(pid);
        return p ? [{ prior_role: fmtRoleSummary(ctx, p), implies: implies.map((r) => fmtRoleSummary(ctx, r)) }] : [];
      }),
      links: listLinks(ctx, '/role_inferences'),
    };
  });

  // ---- grants ----
  const grantRoutes = (targetType: 'project' | 'domain', actorType: 'user' | 'group', ops: { list?: string; put: string; head: string; del: string }, inherited = false) => {
    // OS-INHERIT grants live in their own table so direct-grant reads never see them.
    const table = inherited ? 'inherited_role_assignments' : 'role_assignments';
    const listPath = (targetId: string, actorId: string) => `${inherited ? '/OS-INHERIT' : ''}/${targetType}s/${targetId}/${actorType}s/${actorId}/roles${inherited ? '/inherited_to_projects' : ''}`;
    const tParam = targetType === 'project' ? 'project_id' : 'domain_id';
    const aParam = actorType === 'user' ? 'user_id' : 'group_id';
    type P = { Params: Record<string, string> };
    const resolve = async (params: Record<string, string>) => {
      const targetId = params[tParam]!;
      const actorId = params[aParam]!;
      const target = targetType === 'project'
        ? await ctx.db.selectFrom('projects').select('id').where('id', '=', targetId).executeTakeFirst()
        : await ctx.db.selectFrom('domains').select('id').where('id', '=', targetId).executeTakeFirst();
      if (!target) throw notFound(`Could not find ${targetType}: ${targetId}.`);
      const actor = actorType === 'user'
        ? await ctx.db.selectFrom('users').select('id').where('id', '=', actorId).executeTakeFirst()
        : await ctx.db.selectFrom('groups').select('id').where('id', '=', actorId).executeTakeFirst();
      if (!actor) throw notFound(`Could not find ${actorType}: ${actorId}.`);
      return { targetId, actorId };
    };
    const find = (actorId: string, targetId: string, roleId: string) =>
      ctx.db.selectFrom(table).select('role_id').where('actor_id', '=', actorId).where('target_type', '=', targetType).where('target_id', '=', targetId).where('role_id', '=', roleId).executeTakeFirst();
    if (ops.list) defineRoute<P>(app, ctx, { service: 'identity', op: ops.list }, async (req) => {
      const { targetId, actorId } = await resolve(req.params);
      const roles = await ctx.db.selectFrom('roles').selectAll()
        .where('id', 'in', (eb) => eb.selectFrom(table).select('role_id').where('actor_id', '=', actorId).where('target_type', '=', targetType).where('target_id', '=', targetId))
        .orderBy('name').execute();
      return { roles: roles.map((r) => fmtRole(ctx, r)), links: listLinks(ctx, listPath(targetId, actorId)) };
    });
    defineRoute<P>(app, ctx, { service: 'identity', op: ops.put }, async (req, reply) => {
      const { targetId, actorId } = await resolve(req.params);
      const role = await getRole(req.params.role_id!);
      if (!(await find(actorId, targetId, role.id))) {
        try {
          await ctx.db.insertInto(table).values({ actor_type: actorType, actor_id: actorId, target_type: targetType, target_id: targetId, role_id: role.id }).execute();
        } catch (e) {
          if (!isUniqueViolation(e)) throw e;
        }
      }
      return reply.code(204).send();
    });
    defineRoute<P>(app, ctx, { service: 'identity', op: ops.head }, async (req, reply) => {
      const { targetId, actorId } = await resolve(req.params);
      if (!(await find(actorId, targetId, req.params.role_id!))) throw notFound(`Could not find role assignment.`);
      return reply.code(204).send();
    });
    defineRoute<P>(app, ctx, { service: 'identity', op: ops.del }, async (req, reply) => {
      const { targetId, actorId } = await resolve(req.params);
      const roleId = req.params.role_id!;
      if (!(await find(actorId, targetId, roleId))) throw notFound(`Could not find role assignment with role: ${roleId}, user or group: ${actorId}, ${targetType}: ${targetId}.`);
      await ctx.db.deleteFrom(table).where('actor_id', '=', actorId).where('target_type', '=', targetType).where('target_id', '=', targetId).where('role_id', '=', roleId).execute();
      return reply.code(204).send();
    });
  };
  grantRoutes('project', 'user', {
    list: 'GET /v3/projects/{project_id}/users/{user_id}/roles',
    put: 'PUT /v3/projects/{project_id}/users/{user_id}/roles/{role_id}',
    head: 'HEAD /v3/projects/{project_id}/users/{user_id}/roles/{role_id}',
    del: 'DELETE /v3/projects/{project_id}/users/{user_id}/roles/{role_id}',
  });
  grantRoutes('domain', 'user', {
    list: 'GET /v3/domains/{domain_id}/users/{user_id}/roles',
    put: 'PUT /v3/domains/{domain_id}/users/{user_id}/roles/{role_id}',
    head: 'HEAD /v3/domains/{domain_id}/users/{user_id}/roles/{role_id}',
    del: 'DELETE /v3/domains/{domain_id}/users/{user_id}/roles/{role_id}',
  });
  grantRoutes('domain', 'group', {
    list: 'GET /v3/domains/{domain_id}/groups/{group_id}/roles',
    put: 'PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}',
    head: 'HEAD /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}',
    del: 'DELETE /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}',
  });
  grantRoutes('project', 'group', {
    list: 'GET /v3/projects/{project_id}/groups/{group_id}/roles',
    put: 'PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    head: 'HEAD /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}',
    del: 'DELETE /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}',
  });

  // Grants on the system: the roles of system-scoped tokens (scope {system: {all: true}}).
  for (const actorType of ['user', 'group'] as const) {
    const base = `/v3/system/${actorType}s/{${actorType}_id}/roles`;
    type SP = { Params: Record<string, string> };
    const actorOf = async (params: Record<string, string>): Promise<string> => {
      const id = params[`${actorType}_id`]!;
      const found = actorType === 'user'
        ? await ctx.db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()
        : await ctx.db.selectFrom('groups').select('id').where('id', '=', id).executeTakeFirst();
      if (!found) throw notFound(`Could not find ${actorType}: ${id}.`);
      return id;
    };
    const find = (actorId: string, roleId: string) => ctx.db.selectFrom('system_role_assignments').select('role_id').where('actor_id', '=', actorId).where('role_id', '=', roleId).executeTakeFirst();
    defineRoute<SP>(app, ctx, { service: 'identity', op: `GET ${base}` }, async (req) => {
      const actorId = await actorOf(req.params);
      const roles = await ctx.db.selectFrom('roles').selectAll().where('id', 'in', (eb) => eb.selectFrom('system_role_assignments').select('role_id').where('actor_id', '=', actorId)).orderBy('name').execute();
      return { roles: roles.map((r) => fmtRole(ctx, r)), links: listLinks(ctx, `/system/${actorType}s/${actorId}/roles`) };
    });
    defineRoute<SP>(app, ctx, { service: 'identity', op: `PUT ${base}/{role_id}` }, async (req, reply) => {
      const actorId = await actorOf(req.params);
      const role = await getRole(req.params.role_id!);
      if (!(await find(actorId, role.id))) {
        try {
          await ctx.db.insertInto('system_role_assignments').values({ actor_type: actorType, actor_id: actorId, role_id: role.id }).execute();
        } catch (e) {
          if (!isUniqueViolation(e)) throw e;
        }
      }
      return reply.code(204).send();
    });
    defineRoute<SP>(app, ctx, { service: 'identity', op: `HEAD ${base}/{role_id}` }, async (req, reply) => {
      if (!(await find(await actorOf(req.params), req.params.role_id!))) throw notFound('Could not find role assignment.');
      return reply.code(204).send();
    });
    defineRoute<SP>(app, ctx, { service: 'identity', op: `DELETE ${base}/{role_id}` }, async (req, reply) => {
      const actorId = await actorOf(req.params);
      const roleId = req.params.role_id!;
      if (!(await find(actorId, roleId))) throw notFound(`Could not find role assignment with role: ${roleId}, ${actorType}: ${actorId}, system: all.`);
      await ctx.db.deleteFrom('system_role_assignments').where('actor_id', '=', actorId).where('role_id', '=', roleId).execute();
      return reply.code(204).send();
    });
  }

  // OS-INHERIT: Keystone lists inherited grants on domains only.
  for (const t of ['domain', 'project'] as const) {
    for (const a of ['user', 'group'] as const) {
      const base = `/v3/OS-INHERIT/${t}s/{${t}_id}/${a}s/{${a}_id}/roles`;
      grantRoutes(t, a, {
        ...(t === 'domain' ? { list: `GET ${base}/inherited_to_projects` } : {}),
        put: `PUT ${base}/{role_id}/inherited_to_projects`,
        head: `HEAD ${base}/{role_id}/inherited_to_projects`,
        del: `DELETE ${base}/{role_id}/inherited_to_projects`,
      }, true);
    }
  }

  // ---- /v3/role_assignments ----
  defineRoute<{ Querystring: Q }>(app, ctx, { service: 'identity', op: 'GET /v3/role_assignments' }, async (req) => {
    const auth = req.auth!;
    const qp = req.query;
    const str = (k: string): string | undefined => (typeof qp[k] === 'string' && qp[k] !== '' ? (qp[k] as string) : undefined);
    const userId = str('user.id');
    if (!auth.isAdmin && userId !== auth.userId) throw forbidden();
    const effective = flag(qp, 'effective');
    const names = flag(qp, 'include_names');
    type Row = RoleAssignmentsTable & { via?: string; priorRole?: string; inherited?: { target_type: 'project' | 'domain'; target_id: string } };
    const [direct, inheritedRows] = await Promise.all([
      ctx.db.selectFrom('role_assignments').selectAll().execute(),
      ctx.db.selectFrom('inherited_role_assignments').selectAll().execute(),
    ]);
    let rows: Row[] = [...direct, ...inheritedRows.map((r) => ({ ...r, inherited: { target_type: r.target_type, target_id: r.target_id } }))];
    let out: Row[] = rows;
    if (effective) {
      // OS-INHERIT: an inherited grant applies to every project of its domain, or below its project.
      if (inheritedRows.length > 0) {
        const projects = await ctx.db.selectFrom('projects').select(['id', 'domain_id', 'parent_id']).execute();
        rows = rows.flatMap((r) => (r.inherited ? projectsBelow(projects, r.target_type, r.target_id).map((pid) => ({ ...r, target_type: 'project' as const, target_id: pid })) : [r]));
      }
      const memberships = await ctx.db.selectFrom('group_users').selectAll().execute();
      const expanded: Row[] = [];
      for (const r of rows) {
        if (r.actor_type === 'group') {
          for (const m of memberships.filter((m) => m.group_id === r.actor_id)) expanded.push({ ...r, actor_type: 'user', actor_id: m.user_id, via: r.actor_id });
        } else expanded.push(r);
      }
      const implied = await ctx.db.selectFrom('implied_roles').selectAll().execute();
      const withImplied: Row[] = [];
      const seen = new Set<string>();
      const push = (r: Row) => {
        const k = `${r.actor_id}|${r.target_type}|${r.target_id}|${r.role_id}`;
        if (seen.has(k)) return;
        seen.add(k);
        withImplied.push(r);
        for (const i of implied.filter((x) => x.prior_role_id === r.role_id)) push({ ...r, role_id: i.implied_role_id, priorRole: r.role_id });
      };
      expanded.forEach(push);
      // A domain-specific role is never effective itself (it is not in tokens), only the
      // global roles it implies are.
      const domainRoles = new Set((await ctx.db.selectFrom('roles').select('id').where('domain_id', 'is not', null).execute()).map((r) => r.id));
      out = withImplied.filter((r) => !domainRoles.has(r.role_id));
    }
    const groupId = str('group.id');
    const roleId = str('role.id');
    const projectId = str('scope.project.id');
    const domainId = str('scope.domain.id');
    out = out.filter((r) =>
      (!userId || (r.actor_type === 'user' && r.actor_id === userId)) &&
      (!groupId || (r.actor_type === 'group' && r.actor_id === groupId)) &&
      (!roleId || r.role_id === roleId) &&
      (!projectId || (r.target_type === 'project' && r.target_id === projectId)) &&
      (!domainId || (r.target_type === 'domain' && r.target_id === domainId)));
    rows = out;
    const nameMaps = names
      ? {
          roles: new Map((await ctx.db.selectFrom('roles').select(['id', 'name']).execute()).map((r) => [r.id, r.name])),
          users: new Map((await ctx.db.selectFrom('users').innerJoin('domains', 'domains.id', 'users.domain_id').select(['users.id', 'users.name', 'users.domain_id', 'domains.name as dname']).execute()).map((u) => [u.id, u])),
          groups: new Map((await ctx.db.selectFrom('groups').innerJoin('domains', 'domains.id', 'groups.domain_id').select(['groups.id', 'groups.name', 'groups.domain_id', 'domains.name as dname']).execute()).map((g) => [g.id, g])),
          projects: new Map((await ctx.db.selectFrom('projects').innerJoin('domains', 'domains.id', 'projects.domain_id').select(['projects.id', 'projects.name', 'projects.domain_id', 'domains.name as dname']).execute()).map((p) => [p.id, p])),
          domains: new Map((await ctx.db.selectFrom('domains').select(['id', 'name']).execute()).map((d) => [d.id, d.name])),
        }
      : null;
    const named = (id: string, m: Map<string, { name: string; domain_id: string; dname: string }> | undefined) => {
      const e = m?.get(id);
      return e ? { id, name: e.name, domain: { id: e.domain_id, name: e.dname } } : { id };
    };
    const base = v3Url(ctx);
    // System grants (scope {system: {all: true}}): listed unless a project or domain scope is asked for.
    const systemOnly = str('scope.system') !== undefined;
    const systemGrants = projectId || domainId ? [] : await ctx.db.selectFrom('system_role_assignments').selectAll().execute();
    let systemRows: { actor_type: 'user' | 'group'; actor_id: string; role_id: string; via?: string }[] = systemGrants;
    if (effective && systemGrants.some((g) => g.actor_type === 'group')) {
      const members = await ctx.db.selectFrom('group_users').selectAll().execute();
      systemRows = systemGrants.flatMap((g) => g.actor_type === 'user' ? [g] : members.filter((m) => m.group_id === g.actor_id).map((m) => ({ actor_type: 'user' as const, actor_id: m.user_id, role_id: g.role_id, via: g.actor_id })));
    }
    systemRows = systemRows.filter((r) =>
      (!userId || (r.actor_type === 'user' && r.actor_id === userId)) && (!groupId || (r.actor_type === 'group' && r.actor_id === groupId)) && (!roleId || r.role_id === roleId));
    if (systemOnly) out = [];
    return {
      role_assignments: out.map((r) => {
        const actorKey = r.actor_type === 'user' ? 'user' : 'group';
        const a: Record<string, unknown> = {
          role: nameMaps ? { id: r.role_id, name: nameMaps.roles.get(r.role_id) } : { id: r.role_id },
          scope: {
            ...(r.target_type === 'project'
              ? { project: named(r.target_id, nameMaps?.projects) }
              : { domain: nameMaps ? { id: r.target_id, name: nameMaps.domains.get(r.target_id) } : { id: r.target_id } }),
            ...(r.inherited && !effective ? { 'OS-INHERIT:inherited_to': 'projects' } : {}),
          },
          [actorKey]: named(r.actor_id, actorKey === 'user' ? nameMaps?.users : nameMaps?.groups),
          links: {
            assignment: r.inherited
              ? `${base}/OS-INHERIT/${r.inherited.target_type}s/${r.inherited.target_id}/${r.via ? 'groups' : `${actorKey}s`}/${r.via ?? r.actor_id}/roles/${r.priorRole ?? r.role_id}/inherited_to_projects`
              : `${base}/${r.target_type}s/${r.target_id}/${r.via ? 'groups' : `${actorKey}s`}/${r.via ?? r.actor_id}/roles/${r.priorRole ?? r.role_id}`,
            ...(r.via ? { membership: `${base}/groups/${r.via}/users/${r.actor_id}` } : {}),
          },
        };
        return a;
      }).concat(systemRows.map((r) => {
        const actorKey = r.actor_type;
        return {
          role: nameMaps ? { id: r.role_id, name: nameMaps.roles.get(r.role_id) } : { id: r.role_id },
          scope: { system: { all: true } },
          [actorKey]: named(r.actor_id, actorKey === 'user' ? nameMaps?.users : nameMaps?.groups),
          links: {
            assignment: `${base}/system/${r.via ? 'groups' : `${actorKey}s`}/${r.via ?? r.actor_id}/roles/${r.role_id}`,
            ...(r.via ? { membership: `${base}/groups/${r.via}/users/${r.actor_id}` } : {}),
          },
        };
      })),
      links: listLinks(ctx, '/role_assignments'),
    };
  });
}
