/**
 * Volume transfers (`/os-volume-transfer`, and from 3.55 `/volume-transfers`): the owner offers an
 * `available` volume (it becomes `awaiting-transfer`) and gets an auth key, shown once; another
 * project accepting with that key takes the volume and its snapshots (their quota usage moves with
 * them: the destination's quota is checked); deleting the transfer gives the volume back.
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#volume-transfer
 * @see https://docs.openstack.org/api-ref/block-storage/v3/#volume-transfers-volume-transfers-3-55-or-later
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import { nowIso, withTransaction, type Db, type Trx } from '../db/index.js';
import type { VolumeTransferTable } from '../db/tables/volume.js';
import { badRequest, notFound } from '../errors.js';
import { defineRoute } from '../route.js';
import { listAnswer } from './list.js';
import { type VolSchemas, checkQuota, cinderTime, listProject, loadVolume, mv, requireMicroversion, visible, volumeBase } from './common.js';

/** Cinder's auth keys: 16 hex characters. */
const AUTH_KEY_BYTES = 8;

const hashKey = (salt: string, key: string): string => createHash('sha256').update(salt).update(key).digest('hex');

/** The 404 for a transfer. */
const transferNotFound = (id: string) => notFound(`Transfer ${id} could not be found.`);

/** Loads a transfer visible to the caller (its project, or an admin); 404 otherwise. */
async function loadTransfer(db: Db | Trx, auth: AuthContext, id: string): Promise<VolumeTransferTable> {
  const t = await db.selectFrom('vol_transfers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t || !visible(auth, t.project_id)) throw transferNotFound(id);
  return t;
}

type Path = 'os-volume-transfer' | 'volume-transfers';
const SORT_KEYS = new Set(['id', 'name', 'created_at', 'volume_id']);

/** The transfer as Cinder shows it (`detail`: created_at, and the 3.57 fields). */
function formatTransfer(ctx: AppContext, path: Path, v: number, t: VolumeTransferTable, detail: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    volume_id: t.volume_id,
    links: [
      { href: `${volumeBase(ctx, t.project_id)}/${path}/${t.id}`, rel: 'self' },
      { href: `${ctx.config.publicUrl}/volume/${t.project_id}/${path}/${t.id}`, rel: 'bookmark' },
    ],
  };
  if (detail) {
    out.created_at = cinderTime(t.created_at);
    if (v >= 57) {
      out.source_project_id = t.project_id;
      out.destination_project_id = null;
      out.accepted = false;
    }
  }
  return out;
}

/** Registers both transfer APIs (the 3.55 one answers 404 below 3.55, as Cinder). */
export function registerTransferRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const [path, ops] of [
    ['os-volume-transfer', { list: 'listVolumeTransfersLegacy', listDetail: 'listVolumeTransfersLegacyDetailed', create: 'createVolumeTransferLegacy', show: 'showVolumeTransferLegacy', remove: 'deleteVolumeTransferLegacy', accept: 'acceptVolumeTransferLegacy' }],
    ['volume-transfers', { list: 'listVolumeTransfers', listDetail: 'listVolumeTransfersDetailed', create: 'createVolumeTransfer', show: 'showVolumeTransfer', remove: 'deleteVolumeTransfer', accept: 'acceptVolumeTransfer' }],
  ] as const) {
    const gate = (req: FastifyRequest): void => {
      if (path === 'volume-transfers') requireMicroversion(req, 55);
    };
    type TParams = { Params: { project_id: string; transfer_id: string } };

    const list = (detail: boolean) => async (req: FastifyRequest): Promise<Record<string, unknown>> => {
      gate(req);
      const auth = req.auth!;
      const q = req.query as Record<string, unknown>;
      let query = ctx.db.selectFrom('vol_transfers').selectAll();
      const project = listProject(auth, q);
      if (project !== null) query = query.where('project_id', '=', project);
      return listAnswer(ctx, req, await query.execute(), q, {
        key: 'transfers', path, sortKeys: SORT_KEYS,
        render: (page) => page.map((t) => formatTransfer(ctx, path, mv(req), t, detail)),
      });
    };
    defineRoute(app, ctx, { service: 'volume', op: ops.list }, list(false));
    defineRoute(app, ctx, { service: 'volume', op: ops.listDetail }, list(true));

    defineRoute<{ Body: VolSchemas['VolumeTransferCreateRequest'] }>(app, ctx, { service: 'volume', op: ops.create }, async (req, reply) => {
      gate(req);
      const auth = req.auth!;
      const b = req.body.transfer;
      if (b.no_snapshots) throw badRequest('Invalid input received: no_snapshots is not supported: a volume moves with its snapshots.');
      const authKey = randomBytes(AUTH_KEY_BYTES).toString('hex');
      const t = await withTransaction(ctx.db, async (trx) => {
        const v = await loadVolume(trx, auth, b.volume_id);
        if (v.status !== 'available') throw badRequest(`Invalid volume: Status of volume ${v.id} must be available, but current status is: ${v.status}.`);
        const now = nowIso(ctx);
        const salt = randomBytes(8).toString('hex');
        const row: VolumeTransferTable = { id: randomUUID(), volume_id: v.id, project_id: v.project_id, name: b.name ?? null, salt, crypt_hash: hashKey(salt, authKey), created_at: now, updated_at: now };
        await trx.insertInto('vol_transfers').values(row).execute();
        await trx.updateTable('vol_volumes').set({ status: 'awaiting-transfer', updated_at: now }).where('id', '=', v.id).execute();
        return row;
      });
      reply.code(202);
      // The auth key is in this answer only.
      return { transfer: { ...formatTransfer(ctx, path, mv(req), t, true), auth_key: authKey } };
    });

    defineRoute<TParams>(app, ctx, { service: 'volume', op: ops.show }, async (req) => {
      gate(req);
      return { transfer: formatTransfer(ctx, path, mv(req), await loadTransfer(ctx.db, req.auth!, req.params.transfer_id), true) };
    });

    defineRoute<TParams>(app, ctx, { service: 'volume', op: ops.remove }, async (req, reply) => {
      gate(req);
      await withTransaction(ctx.db, async (trx) => {
        const t = await loadTransfer(trx, req.auth!, req.params.transfer_id);
        await trx.deleteFrom('vol_transfers').where('id', '=', t.id).execute();
        await trx.updateTable('vol_volumes').set({ status: 'available', updated_at: nowIso(ctx) }).where('id', '=', t.volume_id).where('status', '=', 'awaiting-transfer').execute();
      });
      return reply.code(202).send();
    });

    defineRoute<TParams & { Body: VolSchemas['VolumeTransferAcceptRequest'] }>(app, ctx, { service: 'volume', op: ops.accept }, async (req, reply) => {
      gate(req);
      const auth = req.auth!;
      const id = req.params.transfer_id;
      const t = await withTransaction(ctx.db, async (trx) => {
        // Any project may accept: the transfer is found by id alone, the key is the proof.
        const t = await trx.selectFrom('vol_transfers').selectAll().where('id', '=', id).executeTakeFirst();
        if (!t) throw transferNotFound(id);
        const given = Buffer.from(hashKey(t.salt, req.body.accept.auth_key), 'hex');
        if (!timingSafeEqual(given, Buffer.from(t.crypt_hash, 'hex'))) throw badRequest(`Invalid auth key: Attempt to transfer ${id} with invalid auth key.`);
        const v = await trx.selectFrom('vol_volumes').selectAll().where('id', '=', t.volume_id).executeTakeFirstOrThrow();
        const dest = auth.projectId!;
        const snaps = await trx.selectFrom('vol_snapshots').select(['id', 'size']).where('volume_id', '=', v.id).execute();
        const gigabytes = v.size + snaps.reduce((a, s) => a + Number(s.size), 0);
        await checkQuota(ctx, trx, dest, { volumes: 1, snapshots: snaps.length, gigabytes });
        const now = nowIso(ctx);
        await trx.updateTable('vol_volumes').set({ project_id: dest, user_id: auth.userId, status: 'available', updated_at: now }).where('id', '=', v.id).execute();
        await trx.updateTable('vol_snapshots').set({ project_id: dest, user_id: auth.userId, updated_at: now }).where('volume_id', '=', v.id).execute();
        await trx.deleteFrom('vol_transfers').where('id', '=', t.id).execute();
        return t;
      });
      reply.code(202);
      const { id: tid, name, volume_id: volumeId, links } = formatTransfer(ctx, path, mv(req), t, false);
      return { transfer: { id: tid, name, volume_id: volumeId, links } };
    });
  }
}
