/**
 * Application credential access rules: a user's rules (service, method, path), shared by that
 * user's application credentials that name the same rule, as Keystone keeps them.
 */
import type { Kysely } from 'kysely';

/** Creates `access_rules` and `application_credential_access_rules`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addUniqueConstraint('access_rules_user_rule', ['user_id', 'service', 'path', 'method'])
    .execute();
  await db.schema
    .createTable('application_credential_access_rules')
    .addColumn('application_credential_id', 'text', (c) => c.notNull().references('application_credentials.id').onDelete('cascade'))
    .addColumn('access_rule_id', 'text', (c) => c.notNull().references('access_rules.id'))
    .addPrimaryKeyConstraint('app_cred_access_rules_pk', ['application_credential_id', 'access_rule_id'])
    .execute();
  await db.schema.createIndex('app_cred_access_rules_rule').on('application_credential_access_rules').column('access_rule_id').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('application_credential_access_rules').execute();
  await db.schema.dropTable('access_rules').execute();
}
