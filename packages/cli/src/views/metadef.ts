/** Glance metadata definitions as python-openstackclient shows them (image/v2/metadef_*.py). */
import * as Flags from '@oclif/core/flags';
import type { MetadefNamespace, MetadefObject, MetadefProperty } from '@oscloud/sdk';

const NAMESPACE_FIELDS = ['created_at', 'description', 'display_name', 'namespace', 'owner', 'protected', 'schema', 'updated_at', 'visibility'];

/** A namespace's fields that are set, its resource type associations by name and its properties' names. */
export function namespaceData(ns: MetadefNamespace): Record<string, unknown> {
  const info: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ns)) {
    if (value === null || value === undefined) continue;
    if (NAMESPACE_FIELDS.includes(key)) info[key] = value;
    else if (key === 'resource_type_associations') info[key] = (value as Array<{ name: string }>).map((r) => r.name);
    else if (key === 'properties') info.properties = Object.keys(value as Record<string, unknown>);
  }
  return Object.fromEntries(Object.entries(info).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** An object's fields (always these, unset ones empty). */
export function objectData(namespace: string, obj: MetadefObject): Record<string, unknown> {
  return {
    created_at: obj.created_at ?? null,
    description: obj.description ?? null,
    name: obj.name ?? null,
    namespace_name: namespace,
    properties: obj.properties ?? null,
    required: obj.required ?? null,
    updated_at: obj.updated_at ?? null,
  };
}

/** The property fields upstream shows when set (its other openstacksdk names never match Glance's). */
const PROPERTY_FIELDS = ['name', 'type', 'title', 'description', 'operators', 'default', 'minimum', 'maximum', 'enum', 'pattern', 'items'];

/** A property's fields that are set, with its namespace. */
export function propertyData(namespace: string, prop: MetadefProperty): Record<string, unknown> {
  const info: Record<string, unknown> = { namespace_name: namespace };
  for (const key of PROPERTY_FIELDS) if (prop[key] !== undefined && prop[key] !== null) info[key] = prop[key];
  return Object.fromEntries(Object.entries(info).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The options namespace create and set share. */
export const namespaceFlags = {
  'display-name': Flags.string({ description: 'The user-friendly name for the namespace.' }),
  description: Flags.string({ description: 'The description of the namespace.' }),
  public: Flags.boolean({ description: 'Set namespace visibility public', exclusive: ['private'] }),
  private: Flags.boolean({ description: 'Set namespace visibility private', exclusive: ['public'] }),
  protected: Flags.boolean({ description: 'Prevent metadef namespace from being deleted', exclusive: ['unprotected'] }),
  unprotected: Flags.boolean({ description: 'Allow metadef namespace to be deleted (default)', exclusive: ['protected'] }),
};

/** The namespace attributes those options set. */
export function namespaceAttrs(namespace: string, f: { 'display-name'?: string; description?: string; public?: boolean; private?: boolean; protected?: boolean; unprotected?: boolean }) {
  return {
    namespace,
    ...(f['display-name'] !== undefined ? { display_name: f['display-name'] } : {}),
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...(f.protected ? { protected: true } : f.unprotected ? { protected: false } : {}),
    ...(f.public ? { visibility: 'public' as const } : f.private ? { visibility: 'private' as const } : {}),
  };
}

/** `--schema` (a JSON object) merged into a property body; upstream's error when it is not JSON. */
export function parseSchema(schema: string): Record<string, unknown> {
  try {
    return JSON.parse(schema) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`Failed to load JSON schema: ${(err as Error).message}`);
  }
}
