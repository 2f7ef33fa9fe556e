/**
 * The periodic database check behind long polls: controllers share the database, so a task
 * enqueued (or a lease that ran out) elsewhere is noticed here within `pollIntervalMs`. One query
 * per interval covers every host with a waiting poll on this controller.
 */
import type { Db } from '../db/index.js';
import type { Logger } from '../logger.js';
import { wakeHost } from './notifier.js';

/** Tracks the hosts with waiting long polls and wakes those that have claimable tasks. */
export class TaskWatcher {
  private readonly waiting = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly pollIntervalMs: number,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  /** A long poll of `hostId` starts waiting. */
  add(hostId: string): void {
    this.waiting.set(hostId, (this.waiting.get(hostId) ?? 0) + 1);
    if (!this.timer && !this.stopped) {
      this.timer = setInterval(() => void this.tick(), this.pollIntervalMs);
      this.timer.unref();
    }
  }

  /** A long poll of `hostId` stopped waiting. */
  remove(hostId: string): void {
    const n = (this.waiting.get(hostId) ?? 1) - 1;
    if (n <= 0) this.waiting.delete(hostId);
    else this.waiting.set(hostId, n);
    if (this.waiting.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Stops the timer for good (app closing). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check: wakes every waiting host that has a queued task or a leased one past its lease. */
  async tick(): Promise<void> {
    if (this.running || this.waiting.size === 0) return;
    this.running = true;
    try {
      const hosts = [...this.waiting.keys()];
      const nowIso = this.now().toISOString();
      for (let i = 0; i < hosts.length; i += 500) {
        const chunk = hosts.slice(i, i + 500);
        const rows = await this.db
          .selectFrom('agent_tasks')
          .select('host_id')
          .distinct()
          .where('host_id', 'in', chunk)
          .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'leased'), eb('lease_expires_at', '<', nowIso)])]))
          .execute();
        for (const r of rows) wakeHost(r.host_id);
      }
    } catch (e) {
      if (!this.stopped) this.logger.warn('agent task watcher check failed', { err: e as Error });
    } finally {
      this.running = false;
    }
  }
}
