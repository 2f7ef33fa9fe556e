/**
 * os-server-password: the password a server posted to the metadata service
 * (`POST /openstack/<version>/password`, which its host's agent passes on), shown and cleared
 * through the compute API. The guest encrypts it with its key pair's public key; it is kept as
 * posted, in `instance_passwords`, and never logged.
 * @see https://docs.openstack.org/api-ref/compute/#servers-password-servers-os-server-password
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { isUniqueViolation, type Db, type Trx } from '../db/index.js';
import { defineRoute } from '../route.js';
import { loadServer } from './servers.js';

/**
 * Most bytes a guest may post (Nova's metadata password.py: four system_metadata chunks of 255
 * characters); the metadata service refuses larger bodies with 400.
 */
export const MAX_PASSWORD_BYTES = 4 * 255;

/** The server's posted password, or '' when it has none. */
export async function serverPassword(db: Db | Trx, instanceId: string): Promise<string> {
  const row = await db.selectFrom('instance_passwords').select('password').where('instance_id', '=', instanceId).executeTakeFirst();
  return row?.password ?? '';
}

/**
 * Records the password a guest posted: 'conflict' when the server has one already (Nova's 409:
 * a password is set once, until the compute API clears it). The primary key decides between
 * two concurrent posts, so exactly one wins.
 */
export async function postServerPassword(db: Db | Trx, instanceId: string, password: string, now: Date): Promise<'set' | 'conflict'> {
  try {
    await db.insertInto('instance_passwords').values({ instance_id: instanceId, password, created_at: now.toISOString() }).execute();
    return 'set';
  } catch (e) {
    if (isUniqueViolation(e)) return 'conflict';
    throw e;
  }
}

/** Forgets the server's password (clear, and the server's deletion). */
export async function clearServerPassword(db: Db | Trx, instanceId: string): Promise<void> {
  await db.deleteFrom('instance_passwords').where('instance_id', '=', instanceId).execute();
}

/** Registers GET and DELETE /servers/{server_id}/os-server-password (owner or admin; another project's server is 404). */
export function registerServerPasswordRoutes(app: FastifyInstance, ctx: AppContext): void {
  type Params = { Params: { server_id: string } };

  defineRoute<Params>(app, ctx, { service: 'compute', op: 'showServerPassword' }, async (req) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    return { password: await serverPassword(ctx.db, row.id) };
  });

  defineRoute<Params>(app, ctx, { service: 'compute', op: 'clearServerPassword' }, async (req, reply) => {
    const row = await loadServer(ctx.db, req.auth!, req.params.server_id);
    await clearServerPassword(ctx.db, row.id);
    return reply.code(204).send();
  });
}
