/** The application context handed to every service plugin and route handler. */
import type { AgentHub } from './agentapi/hooks.js';
import type { Config } from './config.js';
import type { Db, Dialect } from './db/index.js';
import type { Logger } from './logger.js';
import type { SpecRegistry } from './spec.js';
import type { TokenService } from './identity/tokens.js';
import type { VerifiedSecrets } from './identity/passwords.js';

/** Everything a service needs; built once per process by `createContext`. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  logger: Logger;
  specs: SpecRegistry;
  tokens: TokenService;
  /** Current time (overridable in tests). */
  now(): Date;
  /** Password and secret checks with this controller's cache of recent successes (identity/passwords.ts). */
  verifiedSecrets: VerifiedSecrets;
  /**
   * The agent API's registries of this app (agentapi/hooks.ts): task handlers and heartbeat hooks
   * other services register in their plugin, `awaitTaskResult`'s waiters, the host-credential cache.
   */
  agentHub: AgentHub;
  /**
   * Per-service state (e.g. the scheduler, the image store) keyed by service name. Put your
   * service's singletons here in your plugin instead of module globals.
   */
  services: Map<string, unknown>;
}
