/** Wiring a controller process: open the database, run migrations, load keys, build and start the app. */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AgentHub } from './agentapi/hooks.js';
import { buildApp, type ServiceMount } from './app.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { migrateToLatest, openDb, type DbHandle } from './db/index.js';
import { KeyRepository } from './identity/keys.js';
import { VerifiedSecrets } from './identity/passwords.js';
import { TokenService } from './identity/tokens.js';
import { nullLogger, type Logger } from './logger.js';
import { SpecRegistry, sharedSpecs } from './spec.js';

/** A context with its resources (close() releases them). */
export interface ContextHandle {
  ctx: AppContext;
  handle: DbHandle;
  close(): Promise<void>;
}

/** Opens the database (and migrates it unless told not to), loads the token keys, builds the context. */
export async function createContext(config: Config, logger: Logger = nullLogger, opts: { migrate?: boolean } = {}): Promise<ContextHandle> {
  const handle = openDb(config.dbUrl, {
    onConnectionError: (err) => logger.warn('database connection lost', { err: { name: err.name, message: err.message } }),
  });
  try {
    if (opts.migrate !== false) {
      const applied = await migrateToLatest(handle.db);
      if (applied.length > 0) logger.info('database migrated', { applied });
    }
    const keys = new KeyRepository(join(config.dataDir, 'keys'));
    keys.ensure();
    const now = (): Date => new Date();
    const verifiedSecrets = new VerifiedSecrets({ now });
    const cacheTtl = config.services.identity?.password_cache_ttl;
    if (cacheTtl !== undefined) {
      const seconds = Number(cacheTtl);
      if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`services.identity.password_cache_ttl must be a number of seconds >= 0, not ${String(cacheTtl)}`);
      verifiedSecrets.setTtl(seconds);
    }
    const ctx: AppContext = {
      config,
      db: handle.db,
      dialect: handle.dialect,
      logger,
      specs: config.schemasDir ? new SpecRegistry(config.schemasDir) : sharedSpecs(),
      tokens: new TokenService(handle.db, keys, config.tokenTtl, now, tokenCacheSeconds(config)),
      now,
      verifiedSecrets,
      agentHub: new AgentHub(),
      services: new Map(),
    };
    return { ctx, handle, close: () => handle.close() };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * How long a validated token is reused without re-reading the database
 * (`services.identity.token_cache_ttl`, seconds, default 10; 0 = never).
 */
function tokenCacheSeconds(config: Config): number {
  const v = config.services.identity?.token_cache_ttl ?? 10;
  const seconds = Number(v);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`services.identity.token_cache_ttl must be a number of seconds >= 0, not ${String(v)}`);
  return seconds;
}

/** A running controller. */
export interface RunningController {
  app: FastifyInstance;
  ctx: AppContext;
  /** http://host:port actually bound. */
  url: string;
  close(): Promise<void>;
}

/** Creates the context, builds the app and listens on config.host:config.port (0 = random). */
export async function startController(config: Config, logger: Logger = nullLogger, opts: { services?: ServiceMount[] } = {}): Promise<RunningController> {
  const c = await createContext(config, logger);
  let app: FastifyInstance;
  try {
    app = await buildApp(c.ctx, opts);
    await app.listen({ host: config.host, port: config.port });
  } catch (e) {
    await c.close();
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  logger.info('controller listening', { host: config.host, port, publicUrl: config.publicUrl });
  return {
    app,
    ctx: c.ctx,
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
      await c.close();
    },
  };
}
