/** Identity tables (Keystone): domains, projects, users, roles, assignments, app credentials, revocations, catalog. */
import type { Kysely } from 'kysely';

/** Creates the identity tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('domains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain_id', 'text', (c) => c.notNull().references('domains.id'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('parent_id', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('projects_domain_name', ['domain_id', 'name'])
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain_id', 'text', (c) => c.notNull().references('domains.id'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'text')
    .addColumn('default_project_id', 'text')
    .addColumn('description', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_domain_name', ['domain_id', 'name'])
    .execute();
  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('domain_id', 'text')
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain_id', 'text', (c) => c.notNull().references('domains.id'))
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groups_domain_name', ['domain_id', 'name'])
    .execute();
  await db.schema
    .createTable('group_users')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('group_users_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('implied_roles')
    .addColumn('prior_role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('implied_role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('implied_roles_pk', ['prior_role_id', 'implied_role_id'])
    .execute();
  await db.schema
    .createTable('role_assignments')
    .addColumn('actor_type', 'text', (c) => c.notNull().defaultTo('user'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('role_assignments_pk', ['actor_id', 'target_type', 'target_id', 'role_id'])
    .execute();
  await db.schema.createIndex('role_assignments_target').on('role_assignments').columns(['target_type', 'target_id']).execute();
  await db.schema
    .createTable('application_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('unrestricted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('app_creds_user_name', ['user_id', 'name'])
    .execute();
  await db.schema
    .createTable('revocation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('audit_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('project_id', 'text')
    .addColumn('issued_before', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revocation_audit').on('revocation_events').column('audit_id').execute();
  await db.schema.createIndex('revocation_user').on('revocation_events').column('user_id').execute();
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_region_id', 'text')
    .execute();
  await db.schema
    .createTable('catalog_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('catalog_services.id').onDelete('cascade'))
    .addColumn('interface', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text')
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

/** Drops the identity tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['endpoints', 'catalog_services', 'regions', 'revocation_events', 'application_credentials',
    'role_assignments', 'implied_roles', 'group_users', 'groups', 'roles', 'users', 'projects', 'domains']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
