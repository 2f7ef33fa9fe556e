/** Reading quota overrides and counting compute usage (instances, cores, ram, key pairs, groups). */
import type { Db, Trx } from '../db/index.js';

/** The project's overrides (user_id '' rows), or a user's when `userId` is given. */
export async function loadLimits(db: Db | Trx, projectId: string, userId = ''): Promise<Record<string, number>> {
  const rows = await db.selectFrom('compute_quotas').selectAll().where('project_id', '=', projectId).where('user_id', '=', userId).execute();
  return Object.fromEntries(rows.map((r) => [r.resource, Number(r.hard_limit)]));
}

/** Current usage of a project (key pairs are counted per user when `userId` is given). */
export async function usage(db: Db | Trx, projectId: string, userId?: string): Promise<Record<string, number>> {
  const inst = await db
    .selectFrom('instances')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('vcpus').as('cores'), eb.fn.sum<number>('memory_mb').as('ram')])
    .where('project_id', '=', projectId)
    .where('deleted', '=', 0)
    .executeTakeFirstOrThrow();
  const groups = await db.selectFrom('server_groups').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  let kq = db.selectFrom('keypairs').select((eb) => eb.fn.countAll<number>().as('n'));
  kq = userId ? kq.where('user_id', '=', userId) : kq.where('project_id', '=', projectId);
  const keys = await kq.executeTakeFirstOrThrow();
  return {
    instances: Number(inst.n ?? 0),
    cores: Number(inst.cores ?? 0),
    ram: Number(inst.ram ?? 0),
    server_groups: Number(groups.n ?? 0),
    key_pairs: Number(keys.n ?? 0),
    metadata_items: 0,
    server_group_members: 0,
    injected_files: 0,
    injected_file_content_bytes: 0,
    injected_file_path_bytes: 0,
  };
}
