/** Reading quota overrides and counting compute usage (instances, cores, ram, key pairs, groups). */
import type { Db, Trx } from '../db/index.js';

/**
 * The project's overrides (user_id '' rows) on top of the `default` quota class's values, or
 * only a user's overrides when `userId` is given.
 */
export async function loadLimits(db: Db | Trx, projectId: string, userId = ''): Promise<Record<string, number>> {
  const rows = await db.selectFrom('compute_quotas').selectAll().where('project_id', '=', projectId).where('user_id', '=', userId).execute();
  const own = Object.fromEntries(rows.map((r) => [r.resource, Number(r.hard_limit)]));
  return userId ? own : { ...(await loadQuotaClass(db, 'default')), ...own };
}

/** The values stored for a quota class (os-quota-class-sets). */
export async function loadQuotaClass(db: Db | Trx, className: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom('compute_quota_classes').selectAll().where('class_name', '=', className).execute();
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
  const held = await resizeHeadroom(db, projectId);
  const groups = await db.selectFrom('server_groups').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  let kq = db.selectFrom('keypairs').select((eb) => eb.fn.countAll<number>().as('n'));
  kq = userId ? kq.where('user_id', '=', userId) : kq.where('project_id', '=', projectId);
  const keys = await kq.executeTakeFirstOrThrow();
  return {
    instances: Number(inst.n ?? 0),
    cores: Number(inst.cores ?? 0) + held.cores,
    ram: Number(inst.ram ?? 0) + held.ram,
    server_groups: Number(groups.n ?? 0),
    key_pairs: Number(keys.n ?? 0),
    metadata_items: 0,
    server_group_members: 0,
    injected_files: 0,
    injected_file_content_bytes: 0,
    injected_file_path_bytes: 0,
  };
}

// resize
/** Migration statuses of a resize that still holds both flavors. */
export const RESIZE_PENDING = ['migrating', 'post-migrating', 'finished', 'confirming', 'reverting'] as const;

/**
 * The cores and RAM pending resizes hold beyond their instances' own columns: until a resize is
 * confirmed or reverted Nova counts the larger of the old and new flavor (the row holds one).
 */
async function resizeHeadroom(db: Db | Trx, projectId: string): Promise<{ cores: number; ram: number }> {
  const rows = await db
    .selectFrom('migrations as m')
    .innerJoin('instances as i', 'i.id', 'm.instance_id')
    .select(['m.old_flavor', 'm.new_flavor', 'i.vcpus', 'i.memory_mb'])
    .where('m.project_id', '=', projectId)
    .where('m.migration_type', '=', 'resize')
    .where('m.status', 'in', [...RESIZE_PENDING])
    .where('i.deleted', '=', 0)
    .execute();
  let cores = 0;
  let ram = 0;
  for (const r of rows) {
    const o = JSON.parse(r.old_flavor) as { vcpus: number; ram: number };
    const n = JSON.parse(r.new_flavor) as { vcpus: number; ram: number };
    cores += Math.max(0, Math.max(o.vcpus, n.vcpus) - r.vcpus);
    ram += Math.max(0, Math.max(o.ram, n.ram) - r.memory_mb);
  }
  return { cores, ram };
}
