/**
 * Live migration between two QEMU processes without shared storage, over QMP (what libvirt does
 * for Nova's block live migration): the destination's process waits with `-incoming defer`, its
 * new root disk exported writable over NBD (`block-export-add`) and a migration listener
 * (`migrate-incoming`), both on the destination host's underlay address. The source mirrors its
 * root disk into that export (`blockdev-mirror` to an `nbd` node, sync full), and once the mirror
 * is ready migrates the memory (`migrate`, auto-converge, `pause-before-switchover`): at the
 * switchover, with the vCPUs stopped, the mirror is completed (`block-job-cancel` of a ready job
 * leaves the target identical), then the migration continues; the destination starts the vCPUs
 * itself. Any failure cancels both and resumes the source guest as it was. The same steps serve
 * the agent (virt/qemu.ts) and bench/migration.mjs's raw run.
 */
import type { QmpClient, QmpEvent } from './qmp.js';

/** Where the destination listens (schemas/agent.yaml `LiveMigrationEndpoints`). */
export interface IncomingEndpoints {
  /** `tcp:<ip>:<port>` of the migration stream. */
  migration_uri: string;
  /** The NBD server exporting the new root disk (export `root`); absent when there is none to copy (a boot volume, opened from its volume export on both sides). */
  nbd?: { host: string; port: number; export: string };
}

/** What the source measured (query-migrate's figures; disk from the mirror job). */
export interface LiveMigrationStats {
  /** QEMU's downtime: vCPUs stopped on the source to running on the destination. */
  downtime_ms: number;
  total_time_ms: number;
  memory_total_bytes: number;
  memory_processed_bytes: number;
  memory_remaining_bytes: number;
  disk_total_bytes: number;
  disk_processed_bytes: number;
  disk_remaining_bytes: number;
}

/** A progress report while the migration runs. */
export type LiveProgress = Omit<LiveMigrationStats, 'downtime_ms' | 'total_time_ms'> & { phase: 'disk' | 'memory' };

/** How the caller steers a running migration. */
export interface LiveMigrationControl {
  /** True once an abort was asked for: the migration is cancelled, the source keeps running. */
  aborted(): boolean;
  /** True once force-complete was asked for: the source's vCPUs stop so the copy converges. */
  forced(): boolean;
}

/** Tuning both runs use (the benchmark's raw run takes the same). */
export const LIVE_CAPABILITIES = [
  { capability: 'events', state: true },
  { capability: 'auto-converge', state: true },
  { capability: 'pause-before-switchover', state: true },
];
/** QEMU's default bandwidth cap is 32 MiB/s; the underlay is a veth on this machine. */
export const LIVE_PARAMETERS = { 'max-bandwidth': 4 * 1024 * 1024 * 1024, 'downtime-limit': 300 };

/** The ports tried for the NBD export and the migration stream in a host namespace. */
// After cold migration's (10809-10840) and volume exports' (10850-10977).
const NBD_PORTS = Array.from({ length: 32 }, (_, i) => 10980 + i);
const MIGRATION_PORTS = Array.from({ length: 32 }, (_, i) => 49152 + i);

const EXPORT_ID = 'livemig-root';
const TARGET_NODE = 'livemig-target';
const MIRROR_JOB = 'livemig-mirror';

/** Runs `fn` with each port until one is free (QEMU refuses a port in use). */
async function firstFreePort(ports: readonly number[], fn: (port: number) => Promise<unknown>): Promise<number> {
  let last: unknown;
  for (const port of ports) {
    try {
      await fn(port);
      return port;
    } catch (e) {
      last = e;
    }
  }
  throw last instanceof Error ? last : new Error('no free port');
}

/**
 * Destination: exports block node `root` writable over NBD on `host` and listens for the
 * migration stream there (the process was started with `-incoming defer`).
 */
export async function listenIncoming(q: QmpClient, host: string, rootNode: string | null = 'root'): Promise<IncomingEndpoints> {
  // No root node to fill (a boot volume opened from its export): only the migration stream.
  const nbdPort = rootNode === null ? undefined : await firstFreePort(NBD_PORTS, async (port) => q.execute('nbd-server-start', { addr: { type: 'inet', data: { host, port: String(port) } } }));
  if (rootNode !== null) await q.execute('block-export-add', { type: 'nbd', id: EXPORT_ID, 'node-name': rootNode, name: 'root', writable: true });
  await q.execute('migrate-set-capabilities', { capabilities: LIVE_CAPABILITIES.filter((c) => c.capability !== 'pause-before-switchover') });
  const migPort = await firstFreePort(MIGRATION_PORTS, async (port) => q.execute('migrate-incoming', { uri: `tcp:${host}:${port}` }));
  return { migration_uri: `tcp:${host}:${migPort}`, ...(nbdPort !== undefined ? { nbd: { host, port: nbdPort, export: 'root' } } : {}) };
}

/**
 * Destination, once the source reported the migration completed: waits until the process left
 * `inmigrate` (running, or paused when the source was), then removes the NBD export and server.
 * Returns the run state.
 */
export async function finishIncoming(q: QmpClient, timeoutMs = 30_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let st = (await q.execute<{ status: string }>('query-status')).status;
  while (st === 'inmigrate' && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    st = (await q.execute<{ status: string }>('query-status')).status;
  }
  if (st === 'inmigrate') throw new Error('the incoming migration did not complete');
  await q.execute('block-export-del', { id: EXPORT_ID }).catch(() => {});
  await q.execute('nbd-server-stop').catch(() => {});
  return st;
}

/** Resolves at the next QMP event or after `ms`. */
function wake(q: QmpClient, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(t);
      q.off('event', done);
      q.off('close', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    q.on('event', done);
    q.on('close', done);
  });
}

interface BlockJob {
  device: string;
  len: number;
  offset: number;
  ready?: boolean;
  status?: string;
}

async function mirrorJob(q: QmpClient): Promise<BlockJob | undefined> {
  return (await q.execute<BlockJob[]>('query-block-jobs')).find((j) => j.device === MIRROR_JOB);
}

interface MigrateInfo {
  status?: string;
  'error-desc'?: string;
  'total-time'?: number;
  downtime?: number;
  ram?: { total: number; transferred: number; remaining: number };
}

/**
 * Source: mirrors block node `root` into the destination's export, then migrates. Resolves with
 * the figures once the destination has the guest (the source process is then in `postmigrate`,
 * for the caller to end). Throws after a rollback: migration and mirror cancelled, the target node
 * removed, the guest resumed if it ran.
 */
export async function migrateWithDisk(
  q: QmpClient,
  to: IncomingEndpoints,
  o: { control?: LiveMigrationControl; onProgress?: (p: LiveProgress) => void; timeoutMs?: number; rootNode?: string } = {},
): Promise<LiveMigrationStats> {
  const end = Date.now() + (o.timeoutMs ?? 600_000);
  const aborted = (): boolean => o.control?.aborted() === true;
  const wasRunning = (await q.execute<{ status: string }>('query-status')).status === 'running';
  let disk = { total: 0, done: 0 };
  let stoppedByUs = false;
  // Without a root disk export on the destination (a boot volume, shared through its export) nothing is mirrored.
  const mirror = to.nbd;
  if (mirror) await q.execute('blockdev-add', { driver: 'nbd', 'node-name': TARGET_NODE, server: { type: 'inet', host: mirror.host, port: String(mirror.port) }, export: mirror.export });
  try {
    if (mirror) await q.execute('blockdev-mirror', { 'job-id': MIRROR_JOB, device: o.rootNode ?? 'root', target: TARGET_NODE, sync: 'full', 'auto-dismiss': true });
    while (mirror) {
      const job = await mirrorJob(q);
      if (!job) throw new Error('the disk mirror ended before it was ready');
      disk = { total: job.len, done: job.offset };
      o.onProgress?.({ phase: 'disk', ...figures(undefined, disk) });
      if (job.ready) break;
      if (aborted()) throw new Error('live migration aborted');
      if (Date.now() > end) throw new Error('the disk mirror was not ready in time');
      await wake(q, 200);
    }
    await q.execute('migrate-set-capabilities', { capabilities: LIVE_CAPABILITIES });
    await q.execute('migrate-set-parameters', LIVE_PARAMETERS);
    // QEMU 7.2 reports downtime 0 with pause-before-switchover: it is then taken from the
    // events, the migration's STOP of the vCPUs to its `completed` (the destination starts them).
    const seen: { stop?: number; done?: number } = {};
    const onEvent = (e: QmpEvent): void => {
      if (e.event === 'STOP' && seen.stop === undefined) seen.stop = eventTime(e);
      if (e.event === 'MIGRATION' && e.data?.status === 'completed') seen.done = eventTime(e);
    };
    q.on('event', onEvent);
    const eventDowntime = async (): Promise<number> => {
      if (seen.done === undefined) await wake(q, 500);
      q.off('event', onEvent);
      return seen.stop !== undefined && seen.done !== undefined ? Math.max(0, Math.round((seen.done - seen.stop) * 10) / 10) : 0;
    };
    const started = Date.now();
    await q.execute('migrate', { uri: to.migration_uri });
    let cancelled = false;
    let switched = false;
    for (;;) {
      const m = await q.execute<MigrateInfo>('query-migrate');
      if (m.status === 'pre-switchover') {
        // vCPUs stopped: the mirror completes (nothing writes any more), then the switchover.
        // Once: query-migrate may still say pre-switchover for a moment after migrate-continue.
        if (!switched) {
          switched = true;
          if (mirror && !(await mirrorJob(q))) throw new Error('the disk mirror failed before the switchover');
          if (mirror) await completeMirror(q, end);
          disk = { total: disk.total, done: disk.total };
          await q.execute('migrate-continue', { state: 'pre-switchover' });
        }
        await wake(q, 20);
        continue;
      }
      if (m.status === 'completed') return { downtime_ms: m.downtime || (await eventDowntime()), total_time_ms: m['total-time'] || Date.now() - started, ...figures(m, disk) };
      if (m.status === 'failed' || m.status === 'cancelled') throw new Error(cancelled ? 'live migration aborted' : `live migration ${m.status}${m['error-desc'] ? `: ${m['error-desc']}` : ''}`);
      o.onProgress?.({ phase: 'memory', ...figures(m, disk) });
      if (aborted() && !cancelled) {
        cancelled = true;
        await q.execute('migrate_cancel');
      } else if (o.control?.forced() && !stoppedByUs && wasRunning && m.status === 'active') {
        stoppedByUs = true;
        await q.execute('stop');
      }
      if (Date.now() > end && !cancelled) {
        cancelled = true;
        await q.execute('migrate_cancel');
      }
      await wake(q, 100);
    }
  } catch (e) {
    await rollbackSource(q, wasRunning);
    throw e;
  }
}

/** Seconds of a QMP event's timestamp. */
function eventTime(e: QmpEvent | undefined): number | undefined {
  const t = e?.timestamp as { seconds?: number; microseconds?: number } | undefined;
  return typeof t?.seconds === 'number' ? t.seconds * 1000 + (t.microseconds ?? 0) / 1000 : undefined;
}

/** Completes a ready mirror (block-job-cancel of a ready job) and waits until it is gone. */
async function completeMirror(q: QmpClient, end: number): Promise<void> {
  await q.execute('block-job-cancel', { device: MIRROR_JOB });
  while (await mirrorJob(q)) {
    if (Date.now() > end) throw new Error('the disk mirror did not complete');
    await wake(q, 20);
  }
}

/** Cancels what runs, removes the target node, resumes the guest when it ran before. */
async function rollbackSource(q: QmpClient, wasRunning: boolean): Promise<void> {
  const m = await q.execute<MigrateInfo>('query-migrate').catch(() => ({}) as MigrateInfo);
  if (m.status && !['completed', 'failed', 'cancelled', 'none'].includes(m.status)) {
    await q.execute('migrate_cancel').catch(() => {});
    for (let i = 0; i < 100; i++) {
      const s = await q.execute<MigrateInfo>('query-migrate').catch(() => ({}) as MigrateInfo);
      if (!s.status || ['failed', 'cancelled', 'completed', 'none'].includes(s.status)) break;
      await wake(q, 50);
    }
  }
  if (await mirrorJob(q).catch(() => undefined)) {
    await q.execute('block-job-cancel', { device: MIRROR_JOB, force: true }).catch(() => {});
    for (let i = 0; i < 100 && (await mirrorJob(q).catch(() => undefined)); i++) await wake(q, 50);
  }
  await q.execute('blockdev-del', { 'node-name': TARGET_NODE }).catch(() => {});
  if (wasRunning) {
    const st = (await q.execute<{ status: string }>('query-status').catch(() => ({ status: '' }))).status;
    if (st !== 'running') await q.execute('cont').catch(() => {});
  }
}

function figures(m: MigrateInfo | undefined, disk: { total: number; done: number }): Omit<LiveProgress, 'phase'> {
  const ram = m?.ram;
  return {
    memory_total_bytes: ram?.total ?? 0,
    memory_processed_bytes: ram?.transferred ?? 0,
    memory_remaining_bytes: ram?.remaining ?? 0,
    disk_total_bytes: disk.total,
    disk_processed_bytes: disk.done,
    disk_remaining_bytes: Math.max(0, disk.total - disk.done),
  };
}
