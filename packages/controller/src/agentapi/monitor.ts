/** Host liveness: a timer (started with the app, stopped on close) marks hosts down after 3 missed heartbeats. */
import type { Db } from '../db/index.js';
import type { Logger } from '../logger.js';
import { markStaleHostsDown } from './hosts.js';

/** Heartbeat intervals a host may miss before it is marked down. */
export const MISSED_HEARTBEATS = 3;

/** Periodically marks `up` hosts whose last heartbeat is older than 3 intervals as `down`. */
export class HostMonitor {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly heartbeatIntervalS: number,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  /** Starts checking (twice per heartbeat interval). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), Math.max(100, (this.heartbeatIntervalS * 1000) / 2));
    this.timer.unref();
  }

  /** Stops the timer and waits for a check in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One check; returns the ids marked down. */
  async check(): Promise<string[]> {
    if (this.running) return [];
    let ids: string[] = [];
    this.running = (async () => {
      try {
        ids = await markStaleHostsDown(this.db, MISSED_HEARTBEATS * this.heartbeatIntervalS * 1000, this.now());
        if (ids.length > 0) this.logger.warn('hosts marked down (missed heartbeats)', { hosts: ids });
      } catch (e) {
        this.logger.warn('host monitor check failed', { err: e as Error });
      }
    })();
    await this.running;
    this.running = null;
    return ids;
  }
}
