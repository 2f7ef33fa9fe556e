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
