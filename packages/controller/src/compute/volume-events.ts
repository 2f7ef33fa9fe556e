/**
 * What Nova records when Cinder tells it that an attached volume changed (its
 * os-server-external-events `volume-extended`): an `extend_volume` instance action with its
 * `compute_extend_volume` event on each server the volume is attached to. Here the volume's host
 * grows the volume under the running guest itself (QMP block_resize), so the block storage
 * service reports the outcome directly, in the transaction that records it.
 */
import { randomUUID } from 'node:crypto';
import type { Trx } from '../db/index.js';
import { finishEvent, startAction, startEvent } from './actions.js';

/** Records the extend of an attached volume on `instanceIds` (deleted servers are skipped). */
export async function recordVolumeExtended(trx: Trx, instanceIds: string[], ok: boolean, now: string, fault: string | null = null): Promise<void> {
  if (instanceIds.length === 0) return;
  const rows = await trx.selectFrom('instances').select(['id', 'user_id', 'project_id', 'host_name']).where('id', 'in', instanceIds).where('deleted', '=', 0).execute();
  for (const i of rows) {
    await startAction(trx, { instanceId: i.id, requestId: `req-${randomUUID()}`, action: 'extend_volume', userId: i.user_id, projectId: i.project_id, now });
    await startEvent(trx, i.id, 'extend_volume', 'compute_extend_volume', now, i.host_name);
    await finishEvent(trx, i.id, 'extend_volume', 'compute_extend_volume', ok, now, fault);
  }
}
