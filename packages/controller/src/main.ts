/** The `oscloud-controller` command: serve, bootstrap, db migrate, keys rotate. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, readConfigFile, type Config } from './config.js';
import { migrateToLatest, openDb } from './db/index.js';
import { bootstrap } from './identity/bootstrap.js';
import { KeyRepository } from './identity/keys.js';
import { createLogger, type LogLevel } from './logger.js';
import { installCrashGuard } from './request-scope.js';
import { createContext, startController } from './runtime.js';

const USAGE = `usage: oscloud-controller <command> [options]

commands:
  serve          run the API services (migrates the database first)
  bootstrap      create the admin user/project/roles and the catalog (idempotent)
  db migrate     apply database migrations
  keys rotate    rotate the token key repository (<data-dir>/keys)

options:
  --version              print the version
  --config FILE          YAML/JSON configuration file
  --db URL               sqlite:<path> (default sqlite:<data-dir>/oscloud.db) or postgres://...
  --data-dir DIR         state directory (default .oscloud or $OSCLOUD_DATA_DIR)
  --port N               listen port (default 8774)
  --host ADDR            listen address (default 0.0.0.0)
  --public-url URL       URL clients use to reach this controller (catalog)
  --log-level LEVEL      debug|info|warn|error
  --services LIST        services to mount (default identity,compute,image,volume,network,agent)
  --bootstrap-password P admin password (or $OS_BOOTSTRAP_PASSWORD)
  --bootstrap-username U (default admin)   --bootstrap-project-name P (default admin)
  --bootstrap-role-name R (default admin)  --bootstrap-region-id R (default RegionOne)
`;

/** Builds the configuration from flags (over the config file, over defaults). */
export function configFromArgs(values: Record<string, string | boolean | undefined>): Config {
  const file = typeof values.config === 'string' ? readConfigFile(values.config) : {};
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const merged: Partial<Config> = { ...file };
  if (str('data-dir')) merged.dataDir = str('data-dir');
  if (str('db')) merged.dbUrl = str('db');
  if (str('port')) merged.port = Number(str('port'));
  if (str('host')) merged.host = str('host');
  if (str('public-url')) merged.publicUrl = str('public-url');
  if (str('services')) merged.enabledServices = str('services')!.split(',').map((x) => x.trim()).filter(Boolean);
  if (str('log-level')) merged.logLevel = str('log-level') as LogLevel;
  if (merged.port !== undefined && (!Number.isInteger(merged.port) || merged.port < 0 || merged.port > 65535)) {
    throw new Error(`invalid --port ${String(merged.port)}`);
  }
  return defaultConfig(merged);
}

/** Runs the command line; resolves to the exit code (serve resolves on SIGINT/SIGTERM). */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      db: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'log-level': { type: 'string' },
      services: { type: 'string' },
      'bootstrap-password': { type: 'string' },
      'bootstrap-username': { type: 'string' },
      'bootstrap-project-name': { type: 'string' },
      'bootstrap-role-name': { type: 'string' },
      'bootstrap-region-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`oscloud-controller ${pkg.version}\n`);
    return 0;
  }
  const err = (msg: string): number => {
    process.stderr.write(msg);
    return 2;
  };
  const cmd = positionals.join(' ');
  if (values.help || cmd === '' || cmd === 'help') {
    process.stderr.write(USAGE);
    return values.help || cmd === 'help' ? 0 : 2;
  }
  const config = configFromArgs(values);
  const logger = createLogger(process.stderr, config.logLevel, { service: 'oscloud-controller' });

  switch (cmd) {
    case 'serve': {
      // An error escaping a request fails that request (500); any other uncaught error is logged
      // and exits 1, for the supervisor (scripts/aio.mjs, systemd) to restart the controller.
      const removeGuard = installCrashGuard({ logger });
      const running = await startController(config, logger);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      logger.info('shutting down');
      await running.close();
      removeGuard();
      return 0;
    }
    case 'db migrate': {
      const h = openDb(config.dbUrl);
      try {
        const applied = await migrateToLatest(h.db);
        logger.info('database migrated', { applied });
      } finally {
        await h.close();
      }
      return 0;
    }
    case 'keys rotate': {
      const repo = new KeyRepository(join(config.dataDir, 'keys'));
      const primary = repo.rotate();
      logger.info('token keys rotated', { primary });
      return 0;
    }
    case 'bootstrap': {
      const password = values['bootstrap-password'] ?? process.env.OS_BOOTSTRAP_PASSWORD;
      if (!password) return err('oscloud-controller bootstrap: --bootstrap-password or OS_BOOTSTRAP_PASSWORD is required\n');
      const c = await createContext(config, logger);
      try {
        const result = await bootstrap(c.ctx, {
          password,
          username: values['bootstrap-username'],
          projectName: values['bootstrap-project-name'],
          roleName: values['bootstrap-role-name'],
          regionId: values['bootstrap-region-id'],
        });
        logger.info('bootstrap complete', { ...result });
      } finally {
        await c.close();
      }
      return 0;
    }
    default:
      return err(`oscloud-controller: unknown command '${cmd}'\n${USAGE}`);
  }
}
