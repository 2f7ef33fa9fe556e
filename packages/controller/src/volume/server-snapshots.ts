/**
 * Volume snapshots compute takes of a server's volumes (createImage of a server booted from a
 * volume: Nova's `snapshot_volume_backed` asks Cinder for `create_snapshot_force` of each one).
 * Called in compute's transaction, not through the HTTP API.
 */
import type { AuthContext } from '../auth.js';
import type { AppContext } from '../context.js';
import type { Trx } from '../db/index.js';
import type { VolumeSnapshotTable, VolumeTable } from '../db/tables/volume.js';
import { createSnapshotRecord } from './snapshots.js';

/**
 * Takes a snapshot of volume `v`, attached or not (Cinder's force: an in-use volume may be
 * snapshotted), named `name` with the volume's description, as Nova names them
 * (`snapshot for <image name>`). Cinder's errors as they are: 400 for a volume in another
 * state, 413 over the snapshot or gigabytes quota.
 */
export async function forceSnapshotForServer(ctx: AppContext, trx: Trx, auth: AuthContext, v: VolumeTable, name: string): Promise<VolumeSnapshotTable> {
  return createSnapshotRecord(ctx, trx, auth, v, { name, description: v.description, metadata: {}, force: true });
}
