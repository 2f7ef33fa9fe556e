/**
 * The agent's main loops: register, heartbeat (inventory + observed instances), long-poll
 * tasks, run them with bounded concurrency, report progress and results. A controller that
 * is away is retried with backoff; a rejected credential triggers re-registration. Stopping
 * the daemon leaves guests running (they are re-adopted at the next start).
 */
import { hostname as osHostname } from 'node:os';
import { Backoff, sleep, type BackoffOptions } from './backoff.js';
import type { ComputeManager } from './compute.js';
import { ControllerHttpError, isTransient, type ControllerClient } from './controller-client.js';
import { AgentError } from './errors.js';
import { nullLogger, type Logger } from './logger.js';
import type { Task, TaskProgress, TaskResult } from './protocol.js';

/** The agent's version, sent at registration. */
export const AGENT_VERSION = '0.1.0';

/** Daemon settings. */
export interface AgentDaemonOptions {
  client: ControllerClient;
  compute: ComputeManager;
  bootstrapToken: string;
  hostname?: string;
  availabilityZone?: string;
  logger?: Logger;
  /** Long-poll wait in seconds (<= 60). */
  pollWaitS?: number;
  /** Tasks run at once. */
  concurrency?: number;
  backoff?: BackoffOptions;
  /** Heartbeat interval until the controller says otherwise (seconds). */
  heartbeatIntervalS?: number;
  /** How long `stop()` waits for running tasks before leaving them to lease redelivery. */
  stopGraceMs?: number;
  /** How often unused cached images are collected (0 = never); default hourly. */
  imageGcIntervalMs?: number;
  /** Minimum idle time of a cached image before collection; default 1 h. */
  imageGcMinAgeMs?: number;
  /** Results remembered for redelivered task ids. */
  resultCacheSize?: number;
}

/**
 * Sends a task's progress reports without holding up the task: one report in flight at a time,
 * and a report made while one is in flight replaces any that waits (only the latest state
 * matters; the controller keeps the last one). Closing drops a waiting report: the result that
 * follows supersedes it (the controller ignores progress of a finished task in any order).
 */
export class ProgressReporter {
  private waiting: TaskProgress | undefined;
  private inflight = false;
  private closed = false;

  constructor(
    private readonly send: (p: TaskProgress) => Promise<void>,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** Queues `p` (sent now if nothing is in flight). */
  report(p: TaskProgress): void {
    if (this.closed) return;
    this.waiting = p;
    if (!this.inflight) void this.drain();
  }

  /** Extends the lease: an empty report, unless a report is already in flight or waiting. */
  keepalive(): void {
    if (!this.inflight && !this.waiting) this.report({});
  }

  /** No more reports. */
  close(): void {
    this.closed = true;
    this.waiting = undefined;
  }

  private async drain(): Promise<void> {
    this.inflight = true;
    try {
      while (this.waiting && !this.closed) {
        const p = this.waiting;
        this.waiting = undefined;
        await this.send(p).catch(this.onError);
      }
    } finally {
      this.inflight = false;
    }
  }
}

/** One agent process (or one of many fake hosts in a scale run). */
export class AgentDaemon {
  private readonly log: Logger;
  /** Aborted by stop(): no new work, no heartbeats, in-flight controller calls end. */
  private readonly abort = new AbortController();
  /** Aborted when stop()'s grace for running tasks ends: their result reports end too. */
  private readonly halt = new AbortController();
  private readonly running = new Map<string, Promise<void>>();
  private readonly results = new Map<string, TaskResult>();
  private heartbeatIntervalS: number;
  private loops: Promise<void>[] = [];
  private registered: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Host id from the controller. */
  hostId: string | undefined;
  /** Counters for tests and metrics. */
  readonly stats = { heartbeats: 0, tasksDone: 0, tasksFailed: 0, registrations: 0, reconnects: 0, cleanedUp: 0 };

  constructor(private readonly o: AgentDaemonOptions) {
    this.log = o.logger ?? nullLogger;
    this.heartbeatIntervalS = o.heartbeatIntervalS ?? 10;
  }

  /** Initialises the host (re-adopting guests), registers and starts the loops. */
  async start(): Promise<void> {
    await this.o.compute.init();
    await this.register();
    if (this.abort.signal.aborted) return;
    await this.heartbeat().catch((e) => this.log.warn('first heartbeat failed', { error: e }));
    this.loops = [this.heartbeatLoop(), this.pollLoop()];
  }

  /** Stops polling and heartbeats; waits briefly for running tasks; guests keep running. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wake?.();
    await Promise.allSettled(this.loops);
    const grace = this.o.stopGraceMs ?? 20_000;
    const all = Promise.allSettled([...this.running.values()]);
    const graceTimer = new AbortController(); // a pending timer would keep the process alive
    await Promise.race([all, sleep(grace, graceTimer.signal)]);
    graceTimer.abort();
    this.halt.abort();
    if (this.running.size) this.log.warn('leaving unfinished tasks to lease redelivery', { tasks: [...this.running.keys()] });
    await this.o.compute.close();
    this.log.info('agent stopped; guests left running');
  }

  /** True once `stop()` was called. */
  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** Registers, retrying with backoff until it works or the daemon stops. Shared by concurrent callers. */
  private register(): Promise<void> {
    this.registered ??= (async () => {
      const b = new Backoff(this.o.backoff);
      const inv = await this.o.compute.inventory();
      while (!this.abort.signal.aborted) {
        try {
          const res = await this.o.client.register(
            {
              bootstrap_token: this.o.bootstrapToken,
              hostname: this.o.hostname ?? osHostname(),
              ...(this.o.availabilityZone ? { availability_zone: this.o.availabilityZone } : {}),
              hypervisor_type: inv.hypervisor_type,
              hypervisor_version: inv.hypervisor_version,
              agent_version: AGENT_VERSION,
              network_driver: this.o.compute.networkDriver === 'linuxbridge' ? 'linuxbridge' : 'noop',
              ...(this.o.compute.underlayIp ? { underlay_ip: this.o.compute.underlayIp } : {}),
            },
            this.abort.signal,
          );
          this.hostId = res.host.id;
          if (res.heartbeat_interval > 0) this.heartbeatIntervalS = res.heartbeat_interval;
          this.stats.registrations++;
          this.log.info('registered', { host_id: res.host.id, host: res.host.name, heartbeat_interval: res.heartbeat_interval });
          return;
        } catch (e) {
          if (this.abort.signal.aborted) break;
          const delay = b.next();
          this.log.warn('registration failed', { error: e, retry_in_ms: delay });
          await sleep(delay, this.abort.signal);
        }
      }
    })().finally(() => {
      this.registered = undefined;
    });
    return this.registered;
  }

  /** Handles errors common to every loop: re-register on 401/403/404 of our host, back off otherwise. */
  private async onLoopError(what: string, e: unknown, b: Backoff): Promise<void> {
    if (this.abort.signal.aborted) return;
    if (e instanceof ControllerHttpError && (e.status === 401 || e.status === 403 || (e.status === 404 && what === 'heartbeat'))) {
      this.log.warn('credential rejected, registering again', { during: what, status: e.status });
      await this.register();
      return;
    }
    const delay = b.next();
    if (isTransient(e)) {
      this.stats.reconnects++;
      this.log.warn('controller unavailable', { during: what, error: (e as Error).message, retry_in_ms: delay });
    } else this.log.error(`${what} failed`, { error: e, retry_in_ms: delay });
    await sleep(delay, this.abort.signal);
  }

  /** Sends one heartbeat and cleans up instances the controller deleted. */
  async heartbeat(): Promise<void> {
    const res = await this.o.client.heartbeat(
      {
        inventory: await this.o.compute.inventory(),
        instances: await this.o.compute.observed(),
        volumes: await this.o.compute.volumes(),
      },
      this.abort.signal,
    );
    this.stats.heartbeats++;
    if (res.heartbeat_interval > 0) this.heartbeatIntervalS = res.heartbeat_interval;
    for (const id of res.deleted_instances ?? []) {
      if ([...this.running.keys()].some((k) => k.startsWith(`${id}:`))) continue;
      this.log.info('controller deleted instance, cleaning up', { instance: id });
      try {
        await this.o.compute.destroy(id);
        this.stats.cleanedUp++;
      } catch (e) {
        this.log.error('cleanup of deleted instance failed', { instance: id, error: e });
      }
    }
  }

  private async heartbeatLoop(): Promise<void> {
    const b = new Backoff(this.o.backoff);
    const gcEvery = this.o.imageGcIntervalMs ?? 3600_000;
    let lastGc = Date.now();
    while (!this.abort.signal.aborted) {
      // +-10%: hosts started together (a rack after a power cut, the fake hosts of one process)
      // drift apart instead of heartbeating in step (the controller allows 3 intervals).
      await sleep(this.heartbeatIntervalS * 1000 * (0.9 + 0.2 * Math.random()), this.abort.signal);
      if (this.abort.signal.aborted) break;
      if (gcEvery > 0 && Date.now() - lastGc >= gcEvery) {
        lastGc = Date.now();
        await this.o.compute.gcImages(this.o.imageGcMinAgeMs ?? 3600_000).catch((e) => this.log.warn('image gc failed', { error: e }));
      }
      try {
        await this.heartbeat();
        b.reset();
      } catch (e) {
        await this.onLoopError('heartbeat', e, b);
      }
    }
  }

  private async pollLoop(): Promise<void> {
    const b = new Backoff(this.o.backoff);
    const concurrency = this.o.concurrency ?? 4;
    while (!this.abort.signal.aborted) {
      if (this.running.size >= concurrency) {
        await new Promise<void>((r) => (this.wake = r));
        continue;
      }
      try {
        const tasks = await this.o.client.pollTasks(this.o.pollWaitS ?? 30, concurrency - this.running.size, this.abort.signal);
        b.reset();
        for (const t of tasks) this.dispatch(t);
      } catch (e) {
        await this.onLoopError('poll', e, b);
      }
    }
  }

  /** Starts a task unless it is running already; a finished one gets its result again. */
  private dispatch(task: Task): void {
    const key = `${task.instance_id ?? task.volume_id ?? ''}:${task.id}`;
    if ([...this.running.keys()].some((k) => k.endsWith(`:${task.id}`))) return;
    const prior = this.results.get(task.id);
    if (prior) {
      this.log.info('task redelivered, reporting earlier result', { task: task.id });
      void this.report(task, prior);
      return;
    }
    const p = this.execute(task).finally(() => {
      this.running.delete(key);
      this.wake?.();
      this.wake = undefined;
    });
    this.running.set(key, p);
  }

  private async execute(task: Task): Promise<void> {
    const log = this.log.child({ task: task.id, type: task.type, instance: task.instance_id ?? undefined, volume: task.volume_id ?? undefined });
    log.info('task started', { attempt: task.attempt });
    const started = Date.now();
    const reporter = new ProgressReporter((p) => this.o.client.progress(task.id, p, this.abort.signal), (e) => log.warn('progress report failed', { error: e }));
    // Keep the lease alive while the work runs (progress extends it).
    const leaseMs = Date.parse(task.lease_expires_at) - Date.now();
    const every = Number.isFinite(leaseMs) && leaseMs > 2000 ? Math.max(1000, leaseMs / 3) : 10_000;
    // Stopping ends lease extensions: an unfinished task is redelivered by the controller.
    const keepalive = setInterval(() => reporter.keepalive(), every);
    let result: TaskResult;
    try {
      const out = await this.o.compute.handle(task, async (p) => reporter.report(p));
      result = { status: 'succeeded', result: out };
      this.stats.tasksDone++;
      log.info('task succeeded', { duration_ms: Date.now() - started });
    } catch (e) {
      const code = e instanceof AgentError ? e.code : 500;
      result = { status: 'failed', fault: { code, message: (e as Error).message ?? String(e), ...(e instanceof Error && e.stack ? { details: e.stack } : {}) } };
      this.stats.tasksFailed++;
      log.error('task failed', { error: e, duration_ms: Date.now() - started });
    } finally {
      clearInterval(keepalive);
      reporter.close();
    }
    this.remember(task.id, result);
    await this.report(task, result);
  }

  private remember(id: string, r: TaskResult): void {
    this.results.set(id, r);
    const max = this.o.resultCacheSize ?? 1000;
    while (this.results.size > max) this.results.delete(this.results.keys().next().value as string);
  }

  /**
   * Reports a result; keeps retrying through controller outages (the result is idempotent),
   * except while stopping: then an unreachable controller ends the attempts (the lease runs
   * out, the task is redelivered and, being idempotent, done again), and the end of stop()'s
   * grace ends even a request in flight.
   */
  private async report(task: Task, r: TaskResult): Promise<void> {
    const b = new Backoff(this.o.backoff);
    for (;;) {
      try {
        await this.o.client.result(task.id, r, this.halt.signal);
        return;
      } catch (e) {
        if (this.halt.signal.aborted || (this.abort.signal.aborted && isTransient(e))) {
          this.log.warn('stopping: task result not reported, the controller will redeliver the task', { task: task.id, error: e });
          return;
        }
        if (e instanceof ControllerHttpError && e.status === 409) {
          this.log.warn('controller refused result (task belongs elsewhere)', { task: task.id });
          return;
        }
        if (e instanceof ControllerHttpError && (e.status === 401 || e.status === 403)) {
          await this.register();
          continue;
        }
        if (!isTransient(e) || b.failures >= 20) {
          this.log.error('could not report task result', { task: task.id, error: e });
          return;
        }
        await sleep(b.next(), this.abort.signal);
      }
    }
  }
}
