/**
 * The JSON-schema documents Glance serves under /v2/schemas (clients such as
 * python-glanceclient build their models from them).
 * @see https://docs.openstack.org/api-ref/image/v2/ (Image Schemas)
 */
import { CONTAINER_FORMATS, DISK_FORMATS, VISIBILITIES } from './model.js';

const str = (description: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ type: 'string', description, ...extra });
const ro = (o: Record<string, unknown>): Record<string, unknown> => ({ ...o, readOnly: true });

/** The `image` schema document. */
export function imageSchema(): Record<string, unknown> {
  return {
    name: 'image',
    additionalProperties: { type: 'string' },
    properties: {
      id: str('An identifier for the image', { pattern: '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$' }),
      name: { type: ['null', 'string'], description: 'Descriptive name for the image', maxLength: 255 },
      status: ro(str('Status of the image', { enum: ['queued', 'saving', 'active', 'killed', 'deleted', 'uploading', 'importing', 'pending_delete', 'deactivated'] })),
      visibility: str('Scope of image accessibility', { enum: [...VISIBILITIES] }),
      protected: { type: 'boolean', description: 'If true, image will not be deletable.' },
      os_hidden: { type: 'boolean', description: 'If true, image will not appear in default image list response.' },
      checksum: ro({ type: ['null', 'string'], description: 'md5 hash of image contents.', maxLength: 32 }),
      os_hash_algo: ro({ type: ['null', 'string'], description: 'Algorithm to calculate the os_hash_value', maxLength: 64 }),
      os_hash_value: ro({ type: ['null', 'string'], description: 'Hexdigest of the image contents using the algorithm specified by os_hash_algo', maxLength: 128 }),
      owner: { type: ['null', 'string'], description: 'Owner of the image', maxLength: 255 },
      size: ro({ type: ['null', 'integer'], description: 'Size of image file in bytes' }),
      virtual_size: ro({ type: ['null', 'integer'], description: 'Virtual size of image in bytes' }),
      container_format: { type: ['null', 'string'], description: 'Format of the container', enum: [null, ...CONTAINER_FORMATS] },
      disk_format: { type: ['null', 'string'], description: 'Format of the disk', enum: [null, ...DISK_FORMATS] },
      created_at: ro(str('Date and time of image registration')),
      updated_at: ro(str('Date and time of the last image modification')),
      tags: { type: 'array', description: 'List of strings related to the image', items: { type: 'string', maxLength: 255 } },
      direct_url: ro(str('URL to access the image file kept in external store')),
      stores: ro(str('Store in which image data resides.  Only present when the operator has enabled multiple stores.  May be a comma-separated list of store identifiers.')),
      min_ram: { type: 'integer', description: 'Amount of ram (in MB) required to boot image.' },
      min_disk: { type: 'integer', description: 'Amount of disk space (in GB) required to boot image.' },
      self: ro(str('An image self url')),
      file: ro(str('An image file url')),
      schema: ro(str('An image schema url')),
      locations: { type: 'array', description: 'A set of URLs to access the image file kept in external store', items: { type: 'object' } },
    },
    links: [
      { rel: 'self', href: '{self}' },
      { rel: 'enclosure', href: '{file}' },
      { rel: 'describedby', href: '{schema}' },
    ],
  };
}

/** The `images` (list) schema document. */
export function imagesSchema(): Record<string, unknown> {
  return {
    name: 'images',
    properties: {
      images: { type: 'array', items: imageSchema() },
      schema: { type: 'string' },
      first: { type: 'string' },
      next: { type: 'string' },
    },
    links: [
      { rel: 'first', href: '{first}' },
      { rel: 'next', href: '{next}' },
      { rel: 'describedby', href: '{schema}' },
    ],
  };
}

/** The `member` schema document. */
export function memberSchema(): Record<string, unknown> {
  return {
    name: 'member',
    properties: {
      created_at: str('Date and time of image member creation'),
      image_id: str('An identifier for the image'),
      member_id: str('An identifier for the image member (tenantId)'),
      status: str('The status of this image member', { enum: ['pending', 'accepted', 'rejected'] }),
      updated_at: str('Date and time of last modification of image member'),
      schema: ro(str('An image member schema url')),
    },
  };
}

/** The `members` (list) schema document. */
export function membersSchema(): Record<string, unknown> {
  return {
    name: 'members',
    properties: { members: { type: 'array', items: memberSchema() }, schema: { type: 'string' } },
    links: [{ rel: 'describedby', href: '{schema}' }],
  };
}

// ---- metadata definitions (/v2/schemas/metadefs/*) ----

const PROPERTY_TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string', null];
const stringArray = { type: 'array', items: { type: 'string' }, uniqueItems: true };
const positiveInteger = { type: 'integer', minimum: 0 };
const roTime = (description: string): Record<string, unknown> => ({ type: 'string', description, format: 'date-time', readOnly: true });

/** The JSON schema of one property definition (what a metadef property may say). */
function propertyDefinition(): Record<string, unknown> {
  return {
    type: 'object',
    required: ['title', 'type'],
    properties: {
      name: { type: 'string', maxLength: 255 },
      title: { type: 'string' },
      description: { type: 'string' },
      operators: { type: 'array', items: { type: 'string' } },
      type: { type: 'string', enum: PROPERTY_TYPES },
      required: stringArray,
      minimum: { type: 'number' },
      maximum: { type: 'number' },
      maxLength: positiveInteger,
      minLength: positiveInteger,
      pattern: { type: 'string', format: 'regex' },
      enum: { type: 'array' },
      readonly: { type: 'boolean' },
      default: {},
      items: { type: 'object', properties: { type: { type: 'string', enum: PROPERTY_TYPES }, enum: { type: 'array' } } },
      maxItems: positiveInteger,
      minItems: positiveInteger,
      uniqueItems: { type: 'boolean', default: false },
      additionalItems: { type: 'boolean' },
    },
  };
}

const propertiesMap = (): Record<string, unknown> => ({ type: 'object', additionalProperties: propertyDefinition() });

function metadefNamespace(): Record<string, unknown> {
  return {
    name: 'namespace',
    required: ['namespace'],
    additionalProperties: false,
    properties: {
      namespace: str('The unique namespace text.', { maxLength: 80 }),
      display_name: str('The user friendly name for the namespace. Used by UI if available.', { maxLength: 80 }),
      description: str('Provides a user friendly description of the namespace.', { maxLength: 500 }),
      visibility: str('Scope of namespace accessibility.', { enum: ['public', 'private'] }),
      protected: { type: 'boolean', description: 'If true, namespace will not be deletable.' },
      owner: str('Owner of the namespace.', { maxLength: 255 }),
      created_at: roTime('Date and time of namespace creation'),
      updated_at: roTime('Date and time of the last namespace modification'),
      schema: ro({ type: 'string' }),
      self: ro({ type: 'string' }),
      resource_type_associations: {
        type: 'array',
        items: { type: 'object', properties: { name: { type: 'string' }, prefix: { type: 'string' }, properties_target: { type: 'string' } } },
      },
      properties: propertiesMap(),
      objects: {
        type: 'array',
        items: { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' }, required: stringArray, properties: propertiesMap() } },
      },
      tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
  };
}

function metadefResourceTypeAssociation(): Record<string, unknown> {
  return {
    name: 'resource_type_association',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: str('Resource type names should be aligned with Heat resource types whenever possible: https://docs.openstack.org/heat/latest/template_guide/openstack.html', { maxLength: 80 }),
      prefix: str('Specifies the prefix to use for the given resource type. Any properties in the namespace should be prefixed with this prefix when being applied to the specified resource type.', { maxLength: 80 }),
      properties_target: str('Some resource types allow more than one key / value pair per instance. For example, Cinder allows user and image metadata on volumes. Only the image properties metadata is evaluated by Nova (scheduling or drivers). This property allows a namespace target to remove the ambiguity.', { maxLength: 80 }),
      created_at: roTime('Date and time of resource type association'),
      updated_at: roTime('Date and time of the last resource type association modification'),
    },
  };
}

function metadefObject(): Record<string, unknown> {
  return {
    name: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 255 },
      description: { type: 'string' },
      required: stringArray,
      properties: propertiesMap(),
      schema: ro({ type: 'string' }),
      self: ro({ type: 'string' }),
      created_at: roTime('Date and time of object creation'),
      updated_at: roTime('Date and time of the last object modification'),
    },
  };
}

function metadefProperty(): Record<string, unknown> {
  return { name: 'property', additionalProperties: false, ...propertyDefinition(), required: ['name', 'title', 'type'] };
}

function metadefTag(): Record<string, unknown> {
  return {
    name: 'tag',
    required: ['name'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', maxLength: 255 },
      created_at: roTime('Date and time of tag creation'),
      updated_at: roTime('Date and time of the last tag modification'),
    },
  };
}

/** A list document: `name` holding an array of `item` documents, with Glance's paging links. */
function metadefList(name: string, key: string, item: Record<string, unknown>, paged: boolean): Record<string, unknown> {
  const { name: _n, ...itemSchema } = item;
  const doc: Record<string, unknown> = {
    name,
    properties: {
      [key]: { type: 'array', items: itemSchema },
      schema: { type: 'string' },
      ...(paged ? { first: { type: 'string' }, next: { type: 'string' } } : {}),
    },
    links: [...(paged ? [{ rel: 'first', href: '{first}' }, { rel: 'next', href: '{next}' }] : []), { rel: 'describedby', href: '{schema}' }],
  };
  return doc;
}

/** The metadefs schema documents by their path under /v2/schemas/metadefs/. */
export const METADEF_SCHEMAS: Record<string, () => Record<string, unknown>> = {
  namespace: metadefNamespace,
  namespaces: () => metadefList('namespaces', 'namespaces', metadefNamespace(), true),
  resource_type: metadefResourceTypeAssociation,
  resource_types: () => metadefList('resource_type_associations', 'resource_type_associations', metadefResourceTypeAssociation(), true),
  object: metadefObject,
  objects: () => metadefList('objects', 'objects', metadefObject(), true),
  property: metadefProperty,
  properties: () => {
    const { name: _n, ...p } = metadefProperty();
    return { name: 'properties', properties: { properties: { type: 'object', additionalProperties: p }, schema: { type: 'string' }, first: { type: 'string' }, next: { type: 'string' } }, links: [{ rel: 'first', href: '{first}' }, { rel: 'next', href: '{next}' }, { rel: 'describedby', href: '{schema}' }] };
  },
  tag: metadefTag,
  tags: () => metadefList('tags', 'tags', metadefTag(), true),
};
