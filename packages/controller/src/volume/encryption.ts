/**
 * Volume type encryption (`/types/{id}/encryption`, admin): the encryption spec of a volume type
 * (provider, cipher, key size, control location), one per type, not changeable while volumes
 * of the type exist. The spec is recorded and shown only: the data plane does not encrypt, so
 * a volume of an encrypted type refuses to attach (Cinder's "encryption not supported" answer
 * to initialize_connection / attachment update).
 * @see https://docs.openstack.org/api-ref/block-storage/v3/ (Volume type encryption)
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeTypeEncryptionTable } from '../db/tables/volume.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { type VolSchemas, cinderTime } from './common.js';
import { findType } from './misc.js';

type EParams = { Params: { project_id: string; volume_type_id: string; encryption_key: string } };
type Fields = VolSchemas['VolumeTypeEncryptionFields'];
const CONTROL_LOCATIONS = ['front-end', 'back-end'];

/** The encryption spec of a volume type, or undefined. */
export async function typeEncryption(db: Db | Trx, volumeTypeId: string): Promise<VolumeTypeEncryptionTable | undefined> {
  return db.selectFrom('vol_type_encryption').selectAll().where('volume_type_id', '=', volumeTypeId).executeTakeFirst();
}

/** The spec as Cinder shows it (GET /types/{id}/encryption). */
function formatEncryption(e: VolumeTypeEncryptionTable): Record<string, unknown> {
  return {
    volume_type_id: e.volume_type_id,
    encryption_id: e.encryption_id,
    provider: e.provider,
    control_location: e.control_location,
    cipher: e.cipher,
    key_size: e.key_size,
    deleted: false,
    created_at: cinderTime(e.created_at),
    updated_at: cinderTime(e.updated_at),
    deleted_at: null,
  };
}

/** Cinder's checks of the fields (its JSON schema and controller). */
function checkFields(f: Fields): void {
  if (f.control_location !== undefined && !CONTROL_LOCATIONS.includes(f.control_location)) {
    throw badRequest(`Invalid input received: Valid control location are: ${CONTROL_LOCATIONS.join(', ')}`);
  }
  if (f.key_size !== undefined && f.key_size !== null && (!Number.isInteger(f.key_size) || f.key_size < 0)) {
    throw badRequest(`Invalid input received: key_size must be a non-negative integer, got ${String(f.key_size)}`);
  }
}

/** 400 while volumes of the type exist (Cinder's "Volume type in use"). */
async function assertUnused(trx: Trx, typeId: string, verb: string): Promise<void> {
  const used = await trx.selectFrom('vol_volumes').select('id').where('volume_type_id', '=', typeId).executeTakeFirst();
  if (used) throw badRequest(`Cannot ${verb} encryption specs. Volume type in use.`);
}

const encryptionNotFound = (typeId: string) => notFound(`Volume type encryption for type ${typeId} does not exist.`);

/** Registers the volume type encryption routes. */
export function registerEncryptionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute<EParams>(app, ctx, { service: 'volume', op: 'showVolumeTypeEncryption' }, async (req) => {
    const t = await findType(ctx.db, req.auth!, req.params.volume_type_id);
    const e = await typeEncryption(ctx.db, t.id);
    return e ? formatEncryption(e) : {};
  });

  defineRoute<EParams>(app, ctx, { service: 'volume', op: 'showVolumeTypeEncryptionSpec' }, async (req) => {
    const t = await findType(ctx.db, req.auth!, req.params.volume_type_id);
    const e = await typeEncryption(ctx.db, t.id);
    const spec = e ? formatEncryption(e) : {};
    const key = req.params.encryption_key;
    if (!Object.hasOwn(spec, key)) throw notFound('The resource could not be found.');
    return { [key]: spec[key] };
  });

  defineRoute<EParams & { Body: { encryption: Fields & { provider: string } } }>(app, ctx, { service: 'volume', op: 'createVolumeTypeEncryption' }, async (req) => {
    const b = req.body.encryption;
    checkFields(b);
    const row = await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      if (await typeEncryption(trx, t.id)) throw badRequest(`Volume type encryption for type ${t.id} already exists.`);
      await assertUnused(trx, t.id, 'create');
      const e: VolumeTypeEncryptionTable = {
        volume_type_id: t.id,
        encryption_id: randomUUID(),
        provider: b.provider,
        control_location: b.control_location ?? 'front-end',
        cipher: b.cipher ?? null,
        key_size: b.key_size ?? null,
        created_at: nowIso(ctx),
        updated_at: null,
      };
      await trx.insertInto('vol_type_encryption').values(e).execute();
      return e;
    });
    return { encryption: { volume_type_id: row.volume_type_id, control_location: row.control_location, encryption_id: row.encryption_id, key_size: row.key_size, provider: row.provider, cipher: row.cipher } };
  });

  defineRoute<EParams & { Body: { encryption: Fields } }>(app, ctx, { service: 'volume', op: 'updateVolumeTypeEncryption' }, async (req) => {
    const b = req.body.encryption;
    checkFields(b);
    await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      await assertUnused(trx, t.id, 'update');
      const e = await typeEncryption(trx, t.id);
      if (!e) throw encryptionNotFound(t.id);
      const upd: Partial<VolumeTypeEncryptionTable> = { updated_at: nowIso(ctx) };
      if (b.provider !== undefined) upd.provider = b.provider;
      if (b.control_location !== undefined) upd.control_location = b.control_location;
      if (b.cipher !== undefined) upd.cipher = b.cipher;
      if (b.key_size !== undefined) upd.key_size = b.key_size;
      await trx.updateTable('vol_type_encryption').set(upd).where('volume_type_id', '=', t.id).execute();
    });
    return { encryption: b };
  });

  defineRoute<EParams>(app, ctx, { service: 'volume', op: 'deleteVolumeTypeEncryption' }, async (req, reply) => {
    await withTransaction(ctx.db, async (trx) => {
      const t = await findType(trx, req.auth!, req.params.volume_type_id);
      const e = await typeEncryption(trx, t.id);
      if (!e) throw encryptionNotFound(t.id);
      await assertUnused(trx, t.id, 'delete');
      await trx.deleteFrom('vol_type_encryption').where('volume_type_id', '=', t.id).execute();
    });
    return reply.code(202).send();
  });
}
