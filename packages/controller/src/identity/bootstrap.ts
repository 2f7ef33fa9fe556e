/**
 * `oscloud-controller bootstrap`, like `keystone-manage bootstrap`: the Default domain, the roles
 * admin > member > reader (+ service), the admin project and user with the admin role, and the
 * catalog of this controller's services. Idempotent: re-running fixes URLs and the password.
 */
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Trx } from '../db/index.js';
import { hashSecret } from './passwords.js';
import { newId } from './store.js';

/** Bootstrap parameters. */
export interface BootstrapOptions {
  password: string;
  username?: string | undefined;
  projectName?: string | undefined;
  roleName?: string | undefined;
  regionId?: string | undefined;
  /** Base URL for the catalog (default: config.publicUrl). */
  publicUrl?: string | undefined;
}

/** The catalog this controller registers: service type, name, URL suffix. DevStack's layout. */
export const CATALOG_SERVICES: { type: string; name: string; path: string; description: string }[] = [
  { type: 'identity', name: 'keystone', path: '/identity', description: 'Identity Service' },
  { type: 'compute', name: 'nova', path: '/compute/v2.1', description: 'Compute Service' },
  { type: 'image', name: 'glance', path: '/image', description: 'Image Service' },
  { type: 'block-storage', name: 'cinder', path: '/volume/v3/$(project_id)s', description: 'Block Storage Service' },
  { type: 'volumev3', name: 'cinderv3', path: '/volume/v3/$(project_id)s', description: 'Block Storage Service V3' },
  { type: 'network', name: 'neutron', path: '/network', description: 'Networking Service' },
  { type: 'object-store', name: 'swift', path: '/object-store/v1/AUTH_$(project_id)s', description: 'Object Storage Service' },
  // The S3 face of the same object service (type `s3`, as radosgw and swift3 register it); path-style buckets under it.
  { type: 's3', name: 's3', path: '/object-store/s3', description: 'S3-compatible Object Storage (EC2 credentials)' },
];

/** Ids created or found. */
export interface BootstrapResult {
  domainId: string;
  projectId: string;
  userId: string;
  adminRoleId: string;
}

async function ensureRole(trx: Trx, name: string, now: string): Promise<string> {
  const r = await trx.selectFrom('roles').select('id').where('name', '=', name).executeTakeFirst();
  if (r) return r.id;
  const id = newId();
  await trx.insertInto('roles').values({ id, name, domain_id: null, description: null, created_at: now }).execute();
  return id;
}

async function ensureImplies(trx: Trx, prior: string, implied: string): Promise<void> {
  const r = await trx.selectFrom('implied_roles').select('prior_role_id').where('prior_role_id', '=', prior).where('implied_role_id', '=', implied).executeTakeFirst();
  if (!r) await trx.insertInto('implied_roles').values({ prior_role_id: prior, implied_role_id: implied }).execute();
}

async function ensureAssignment(trx: Trx, actorId: string, targetType: 'project' | 'domain', targetId: string, roleId: string): Promise<void> {
  const r = await trx
    .selectFrom('role_assignments')
    .select('role_id')
    .where('actor_id', '=', actorId)
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .where('role_id', '=', roleId)
    .executeTakeFirst();
  if (!r) await trx.insertInto('role_assignments').values({ actor_type: 'user', actor_id: actorId, target_type: targetType, target_id: targetId, role_id: roleId }).execute();
}

/** Runs the bootstrap; never logs or returns the password. */
export async function bootstrap(ctx: AppContext, opts: BootstrapOptions): Promise<BootstrapResult> {
  const username = opts.username ?? 'admin';
  const projectName = opts.projectName ?? 'admin';
  const roleName = opts.roleName ?? 'admin';
  const regionId = opts.regionId ?? ctx.config.region;
  const base = (opts.publicUrl ?? ctx.config.publicUrl).replace(/\/+$/, '');
  // Hash outside the transaction (scrypt is slow; SQLite holds one connection).
  const existingUser = await ctx.db.selectFrom('users').select(['id', 'password_hash']).where('name', '=', username).where('domain_id', '=', 'default').executeTakeFirst();
  const needsHash = !existingUser || !(await ctx.verifiedSecrets.verify(opts.password, existingUser.password_hash));
  const passwordHash = needsHash ? await hashSecret(opts.password) : null;

  return withTransaction(ctx.db, async (trx) => {
    const now = nowIso(ctx);
    const domain = await trx.selectFrom('domains').select('id').where('id', '=', 'default').executeTakeFirst();
    if (!domain) await trx.insertInto('domains').values({ id: 'default', name: 'Default', description: 'The default domain', enabled: 1, created_at: now }).execute();

    const adminRoleId = await ensureRole(trx, roleName, nowIso(ctx));
    const memberRoleId = await ensureRole(trx, 'member', nowIso(ctx));
    const readerRoleId = await ensureRole(trx, 'reader', nowIso(ctx));
    await ensureRole(trx, 'service', nowIso(ctx));
    await ensureImplies(trx, adminRoleId, memberRoleId);
    await ensureImplies(trx, memberRoleId, readerRoleId);

    let project = await trx.selectFrom('projects').select('id').where('name', '=', projectName).where('domain_id', '=', 'default').executeTakeFirst();
    if (!project) {
      project = { id: newId() };
      await trx.insertInto('projects').values({ id: project.id, name: projectName, domain_id: 'default', description: 'Bootstrap project for initializing the cloud.', enabled: 1, parent_id: null, tags: '[]', created_at: now }).execute();
    }
    let userId = existingUser?.id;
    if (!userId) {
      userId = newId();
      await trx.insertInto('users').values({ id: userId, name: username, domain_id: 'default', enabled: 1, password_hash: passwordHash, password_changed_at: now, default_project_id: null, description: null, email: null, created_at: now }).execute();
    } else if (passwordHash) {
      await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, enabled: 1 }).where('id', '=', userId).execute();
      // As a password change through the API: tokens issued with the old password stop working.
      await ctx.tokens.revokeUser(userId, trx);
    }
    await ensureAssignment(trx, userId, 'project', project.id, adminRoleId);
    await ensureAssignment(trx, userId, 'domain', 'default', adminRoleId);
    // As keystone-manage bootstrap: the admin also holds the admin role on the system (scope {system: {all: true}}).
    const sys = await trx.selectFrom('system_role_assignments').select('role_id').where('actor_id', '=', userId).where('role_id', '=', adminRoleId).executeTakeFirst();
    if (!sys) await trx.insertInto('system_role_assignments').values({ actor_type: 'user', actor_id: userId, role_id: adminRoleId }).execute();

    const region = await trx.selectFrom('regions').select('id').where('id', '=', regionId).executeTakeFirst();
    if (!region) await trx.insertInto('regions').values({ id: regionId, description: '', parent_region_id: null }).execute();

    for (const s of CATALOG_SERVICES) {
      let svc = await trx.selectFrom('catalog_services').select('id').where('type', '=', s.type).where('name', '=', s.name).executeTakeFirst();
      if (!svc) {
        svc = { id: newId() };
        await trx.insertInto('catalog_services').values({ id: svc.id, type: s.type, name: s.name, description: s.description, enabled: 1 }).execute();
      }
      const interfaces = s.type === 'identity' ? ['public', 'internal', 'admin'] : ['public', 'internal'];
      for (const iface of interfaces) {
        const url = base + s.path;
        const ep = await trx.selectFrom('endpoints').select(['id', 'url']).where('service_id', '=', svc.id).where('interface', '=', iface).where('region_id', '=', regionId).executeTakeFirst();
        if (!ep) await trx.insertInto('endpoints').values({ id: newId(), service_id: svc.id, interface: iface, region_id: regionId, url, enabled: 1 }).execute();
        else if (ep.url !== url) await trx.updateTable('endpoints').set({ url }).where('id', '=', ep.id).execute();
      }
    }
    return { domainId: 'default', projectId: project.id, userId, adminRoleId };
  });
}
