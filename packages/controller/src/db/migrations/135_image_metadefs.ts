/**
 * Glance metadata definitions (metadefs): namespaces, their objects, properties and tags,
 * the resource types a namespace applies to, and the catalog of resource types (seeded with
 * Glance's standard ones).
 */
import type { Kysely } from 'kysely';

/** The resource types Glance's catalog lists out of the box. */
const RESOURCE_TYPES = ['OS::Glance::Image', 'OS::Cinder::Volume', 'OS::Nova::Flavor', 'OS::Nova::Aggregate', 'OS::Nova::Server'];

/** Creates the `img_metadef_*` tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('img_metadef_namespaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('namespace', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text')
    .addColumn('description', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('protected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('img_metadef_resource_types')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('protected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await (db as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto('img_metadef_resource_types')
    .values(RESOURCE_TYPES.map((name) => ({ name, protected: 1, created_at: now, updated_at: now })))
    .execute();
  await db.schema
    .createTable('img_metadef_ns_resource_types')
    .addColumn('namespace_id', 'text', (c) => c.notNull().references('img_metadef_namespaces.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull().references('img_metadef_resource_types.name'))
    .addColumn('prefix', 'text')
    .addColumn('properties_target', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('img_metadef_ns_resource_types_pk', ['namespace_id', 'resource_type'])
    .execute();
  // Objects, properties and tags: one row per name within a namespace; `body` is the JSON of
  // the definition (object: description/required/properties; property: its JSON schema).
  for (const table of ['img_metadef_objects', 'img_metadef_properties', 'img_metadef_tags']) {
    await db.schema
      .createTable(table)
      .addColumn('namespace_id', 'text', (c) => c.notNull().references('img_metadef_namespaces.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['namespace_id', 'name'])
      .execute();
  }
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['img_metadef_tags', 'img_metadef_properties', 'img_metadef_objects', 'img_metadef_ns_resource_types', 'img_metadef_resource_types', 'img_metadef_namespaces']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
