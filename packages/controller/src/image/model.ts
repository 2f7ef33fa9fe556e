/**
 * The image record as Glance shows it, the attribute rules Glance applies to create and
 * update (read-only, reserved, base vs custom properties), and visibility checks.
 * @see https://docs.openstack.org/api-ref/image/v2/ (Images, Image schemas, Sharing)
 */
import { ApiError, badRequest, forbidden, notFound } from '../errors.js';
import type { AuthContext } from '../auth.js';
import type { ImageTable } from '../db/tables/image.js';

/** Disk formats Glance accepts (image.yaml DiskFormat). */
export const DISK_FORMATS = ['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'ploop', 'iso'] as const;
/** Container formats Glance accepts (image.yaml ContainerFormat). */
export const CONTAINER_FORMATS = ['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'] as const;
/** Image visibilities. */
export const VISIBILITIES = ['public', 'private', 'shared', 'community'] as const;

/** Attributes the caller can never set (Glance answers 403 "Attribute 'x' is read-only."). */
export const READ_ONLY = new Set([
  'id', 'status', 'checksum', 'os_hash_algo', 'os_hash_value', 'size', 'virtual_size', 'created_at', 'updated_at',
  'self', 'file', 'schema', 'direct_url', 'locations', 'stores',
]);
/** Attributes reserved by Glance (403 "Attribute 'x' is reserved."). */
export const RESERVED = new Set(['location', 'deleted', 'deleted_at']);
/** Mutable base attributes (not custom properties). */
export const BASE_MUTABLE = new Set([
  'name', 'visibility', 'protected', 'os_hidden', 'disk_format', 'container_format', 'min_disk', 'min_ram', 'tags', 'owner',
]);
/** Maximum custom properties per image (Glance image_property_quota). */
export const MAX_PROPERTIES = 128;
/** Maximum tags per image (Glance image_tag_quota). */
export const MAX_TAGS = 128;

/** Parses a JSON text column with a fallback. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Glance's timestamp format (no fractional seconds). */
export function glanceTime(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/** The mutable part of an image, what create and PATCH work on. */
export interface ImageAttrs {
  name: string | null;
  visibility: string;
  protected: boolean;
  os_hidden: boolean;
  disk_format: string | null;
  container_format: string | null;
  min_disk: number;
  min_ram: number;
  owner: string | null;
  tags: string[];
  properties: Record<string, string>;
}

/** The mutable attributes of a row. */
export function attrsOf(row: ImageTable): ImageAttrs {
  return {
    name: row.name,
    visibility: row.visibility,
    protected: row.protected === 1,
    os_hidden: row.os_hidden === 1,
    disk_format: row.disk_format,
    container_format: row.container_format,
    min_disk: row.min_disk,
    min_ram: row.min_ram,
    owner: row.owner,
    tags: parseJson<string[]>(row.tags, []),
    properties: parseJson<Record<string, string>>(row.properties, {}),
  };
}

/** The image as Glance sends it: every base attribute, then custom properties at top level. */
export function formatImage(row: ImageTable): Record<string, unknown> {
  const props = parseJson<Record<string, string>>(row.properties, {});
  const out: Record<string, unknown> = { ...props };
  Object.assign(out, {
    id: row.id,
    name: row.name,
    status: row.status,
    visibility: row.visibility,
    protected: row.protected === 1,
    os_hidden: row.os_hidden === 1,
    checksum: row.checksum,
    os_hash_algo: row.os_hash_algo,
    os_hash_value: row.os_hash_value,
    size: row.size === null ? null : Number(row.size),
    virtual_size: row.virtual_size === null ? null : Number(row.virtual_size),
    disk_format: row.disk_format,
    container_format: row.container_format,
    min_disk: row.min_disk,
    min_ram: row.min_ram,
    owner: row.owner,
    created_at: glanceTime(row.created_at),
    updated_at: glanceTime(row.updated_at),
    tags: parseJson<string[]>(row.tags, []),
    // Glance shows the stores holding the data (multi-store) once there are any.
    ...(row.stores ? { stores: row.stores } : {}),
    self: `/v2/images/${row.id}`,
    file: `/v2/images/${row.id}/file`,
    schema: '/v2/schemas/image',
  });
  return out;
}

/** The 404 Glance answers for an image the caller cannot see. */
export function imageNotFound(id: string): ApiError {
  return notFound(`No image found with ID ${id}`);
}

/** Membership of the caller's project in a shared image (null when none). */
export type MemberStatus = 'pending' | 'accepted' | 'rejected' | null;

/** True if the caller may see the image (admin, owner, public, community, or a member of a shared image). */
export function canSee(auth: AuthContext, row: Pick<ImageTable, 'owner' | 'visibility'>, member: MemberStatus): boolean {
  if (auth.isAdmin) return true;
  if (row.owner !== null && row.owner === auth.projectId) return true;
  if (row.visibility === 'public' || row.visibility === 'community') return true;
  return row.visibility === 'shared' && member !== null;
}

/** True if the caller may change the image (admin or owner). */
export function canModify(auth: AuthContext, row: Pick<ImageTable, 'owner'>): boolean {
  return auth.isAdmin || (row.owner !== null && row.owner === auth.projectId);
}

/** Checks that an attribute name may be set by the caller at all; throws 403 otherwise. */
export function checkSettable(name: string): void {
  if (READ_ONLY.has(name)) throw forbidden(`Attribute '${name}' is read-only.`);
  if (RESERVED.has(name) || name.startsWith('os_glance')) throw forbidden(`Attribute '${name}' is reserved.`);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The largest min_disk / min_ram Glance stores (2^31 - 1, its columns' type). */
const MAX_DB_INT = 2147483647;

/** Validates the value of a base attribute (400 on a bad value, 403 on forbidden changes). */
export function setBase(attrs: ImageAttrs, name: string, value: unknown, ctx: { isAdmin: boolean; status: string }): void {
  const bad = (what: string): ApiError => badRequest(`Invalid value for '${name}': ${what}`);
  switch (name) {
    case 'name':
      if (value !== null && (typeof value !== 'string' || value.length > 255)) throw bad('expected a string of at most 255 characters or null');
      attrs.name = value as string | null;
      return;
    case 'visibility':
      if (typeof value !== 'string' || !(VISIBILITIES as readonly string[]).includes(value)) {
        throw bad(`expected one of ${VISIBILITIES.join(', ')}`);
      }
      if (value === 'public' && !ctx.isAdmin && attrs.visibility !== 'public') throw forbidden('You are not authorized to publicize this image (admin only).');
      attrs.visibility = value;
      return;
    case 'protected':
    case 'os_hidden':
      if (typeof value !== 'boolean') throw bad('expected a boolean');
      attrs[name] = value;
      return;
    case 'min_disk':
    case 'min_ram':
      if (!isInt(value) || value < 0) throw bad('expected a non-negative integer');
      // Glance's database check (_validate_db_int): the columns are signed 32-bit integers.
      if (value > MAX_DB_INT) throw badRequest(`'${name}' value out of range, must not exceed ${MAX_DB_INT}.`);
      attrs[name] = value;
      return;
    case 'disk_format':
    case 'container_format': {
      const allowed: readonly string[] = name === 'disk_format' ? DISK_FORMATS : CONTAINER_FORMATS;
      if (value !== null && (typeof value !== 'string' || !allowed.includes(value))) throw bad(`expected one of ${allowed.join(', ')}`);
      if (ctx.status !== 'queued' && value !== attrs[name]) throw forbidden(`Attribute ${name} can be only replaced for a queued image.`);
      attrs[name] = value as string | null;
      return;
    }
    case 'tags': {
      if (!Array.isArray(value) || value.some((t) => typeof t !== 'string' || t.length > 255)) throw bad('expected an array of strings');
      const tags = [...new Set(value as string[])];
      if (tags.length > MAX_TAGS) throw new ApiError(413, `Maximum number of tags exceeded (${MAX_TAGS})`);
      attrs.tags = tags;
      return;
    }
    case 'owner':
      if (!ctx.isAdmin) throw forbidden("Attribute 'owner' can only be changed by an administrator.");
      if (value !== null && (typeof value !== 'string' || value.length > 255)) throw bad('expected a string or null');
      attrs.owner = value as string | null;
      return;
    default:
      throw new Error(`not a base attribute: ${name}`);
  }
}

/** Validates and sets a custom property. */
export function setProperty(attrs: ImageAttrs, name: string, value: unknown): void {
  if (name.length === 0 || name.length > 255) throw badRequest('Property names must be 1 to 255 characters long');
  if (typeof value !== 'string') throw badRequest(`Invalid value for property '${name}': custom properties must be strings`);
  if (value.length > 65535) throw badRequest(`Value of property '${name}' is too long`);
  if (!(name in attrs.properties) && Object.keys(attrs.properties).length >= MAX_PROPERTIES) {
    throw new ApiError(413, `Maximum number of image properties exceeded (${MAX_PROPERTIES})`);
  }
  attrs.properties[name] = value;
}

/** One JSON-patch operation as Glance accepts it. */
export interface PatchOp {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

/** Decodes a JSON pointer naming one top-level attribute (`/name`, `/a~1b`); 400 otherwise. */
export function patchTarget(path: string): string {
  if (!path.startsWith('/') || path.length < 2) throw badRequest(`Invalid JSON pointer for this resource: '${path}'`);
  const parts = path.slice(1).split('/');
  if (parts.length !== 1 || /~[^01]|~$/.test(parts[0]!)) throw badRequest(`Invalid JSON pointer for this resource: '${path}'`);
  return parts[0]!.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Applies a Glance v2.1 JSON patch to a copy of `current` and returns it. Rules follow Glance:
 * read-only 403, reserved 403, removing a base attribute 403, replacing or removing a custom
 * property that does not exist 409, `add` on an existing attribute replaces it.
 */
export function applyPatch(current: ImageAttrs, ops: PatchOp[], ctx: { isAdmin: boolean; status: string }): ImageAttrs {
  const next: ImageAttrs = { ...current, tags: [...current.tags], properties: { ...current.properties } };
  for (const op of ops) {
    const name = patchTarget(op.path);
    checkSettable(name);
    const isBase = BASE_MUTABLE.has(name);
    if (op.op !== 'remove' && !('value' in op)) throw badRequest(`Operation "${op.op}" requires a member named "value".`);
    switch (op.op) {
      case 'add':
        if (isBase) setBase(next, name, op.value, ctx);
        else setProperty(next, name, op.value);
        break;
      case 'replace':
        if (isBase) setBase(next, name, op.value, ctx);
        else if (name in next.properties) setProperty(next, name, op.value);
        else throw new ApiError(409, `Property ${name} does not exist.`);
        break;
      case 'remove':
        if (isBase) throw forbidden(`Property ${name} may not be removed.`);
        if (!(name in next.properties)) throw new ApiError(409, `Property ${name} does not exist.`);
        delete next.properties[name];
        break;
      default:
        throw badRequest(`Operation ${String((op as { op: unknown }).op)} is not supported`);
    }
  }
  return next;
}

/** Builds the attributes of a new image from a create body (Glance's create rules). */
export function attrsFromCreate(body: Record<string, unknown>, auth: AuthContext): ImageAttrs {
  const attrs: ImageAttrs = {
    name: null,
    visibility: 'shared',
    protected: false,
    os_hidden: false,
    disk_format: null,
    container_format: null,
    min_disk: 0,
    min_ram: 0,
    owner: auth.projectId,
    tags: [],
    properties: {},
  };
  const ctx = { isAdmin: auth.isAdmin, status: 'queued' };
  for (const [k, v] of Object.entries(body)) {
    if (k === 'id') continue;
    checkSettable(k);
    if (BASE_MUTABLE.has(k)) setBase(attrs, k, v, ctx);
    else setProperty(attrs, k, v);
  }
  return attrs;
}

/** The columns an ImageAttrs maps to. */
export function attrsToColumns(a: ImageAttrs): Pick<ImageTable, 'name' | 'visibility' | 'protected' | 'os_hidden' | 'disk_format' | 'container_format' | 'min_disk' | 'min_ram' | 'owner' | 'tags' | 'properties'> {
  return {
    name: a.name,
    visibility: a.visibility,
    protected: a.protected ? 1 : 0,
    os_hidden: a.os_hidden ? 1 : 0,
    disk_format: a.disk_format,
    container_format: a.container_format,
    min_disk: a.min_disk,
    min_ram: a.min_ram,
    owner: a.owner,
    tags: JSON.stringify(a.tags),
    properties: JSON.stringify(a.properties),
  };
}
