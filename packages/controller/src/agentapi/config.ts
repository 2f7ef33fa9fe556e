/** Agent API settings: `services.agent.*` in the controller configuration, with env and defaults. */
import type { AppContext } from '../context.js';

/** The resolved agent API settings. */
export interface AgentSettings {
  /** Operator's bootstrap token for `POST /v1/hosts/register` (null: registration always answers 401). */
  bootstrapToken: string | null;
  /** Seconds between heartbeats, told to agents; a host missing 3 intervals is marked down. */
  heartbeatInterval: number;
  /** Lease of a claimed task, ms (progress reports extend it). */
  leaseMs: number;
  /** Period of the database check that wakes long polls for tasks enqueued by other controllers, ms. */
  pollIntervalMs: number;
  /** Deliveries after which a task whose lease keeps running out is failed. */
  maxAttempts: number;
  /** Availability zone of hosts that register without one (Nova's default zone). */
  defaultAvailabilityZone: string;
}

const num = (v: unknown, d: number): number => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : d;
};

/**
 * Reads `services.agent` (`bootstrap_token`, `heartbeat_interval` (s), `lease_seconds`,
 * `poll_interval_ms`, `max_attempts`, `default_availability_zone`); the bootstrap token falls back
 * to $OSCLOUD_AGENT_BOOTSTRAP_TOKEN.
 */
export function agentSettings(ctx: Pick<AppContext, 'config'>, env: NodeJS.ProcessEnv = process.env): AgentSettings {
  const s = ctx.config.services?.agent ?? {};
  const token = typeof s.bootstrap_token === 'string' && s.bootstrap_token !== '' ? s.bootstrap_token : env.OSCLOUD_AGENT_BOOTSTRAP_TOKEN;
  return {
    bootstrapToken: token ? token : null,
    heartbeatInterval: Math.max(1, Math.round(num(s.heartbeat_interval, 10))),
    leaseMs: Math.round(num(s.lease_seconds, 60) * 1000),
    pollIntervalMs: Math.round(num(s.poll_interval_ms, 1000)),
    maxAttempts: Math.round(num(s.max_attempts, 5)),
    defaultAvailabilityZone: typeof s.default_availability_zone === 'string' && s.default_availability_zone ? s.default_availability_zone : 'nova',
  };
}
