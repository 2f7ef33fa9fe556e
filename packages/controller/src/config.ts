/** Controller configuration: defaults < --config FILE (YAML or JSON) < command-line flags. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LogLevel } from './logger.js';

/** The resolved configuration. */
export interface Config {
  /** Directory for the SQLite file, token keys, image store... */
  dataDir: string;
  /** `sqlite:<path>` or `postgres://...` */
  dbUrl: string;
  host: string;
  port: number;
  /** Base URL clients reach this controller at (used in the catalog and links). */
  publicUrl: string;
  /** Region of the catalog endpoints. */
  region: string;
  /** Token lifetime in seconds. */
  tokenTtl: number;
  /** Maximum JSON request body, bytes. */
  bodyLimit: number;
  logLevel: LogLevel;
  /** Directory of the OpenAPI specs (default: the repository's schemas/). */
  schemasDir?: string;
  /** Services to mount (default all: identity, compute, image, volume, network, agent). */
  enabledServices?: string[];
  /** Extra settings services may read (`services.compute.*` ...). */
  services: Record<string, Record<string, unknown>>;
  /** The built web dashboard served at /dashboard (default: packages/dashboard/dist). */
  dashboardDir?: string;
}

/** Values not given on the command line or in the file. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = resolve(overrides.dataDir ?? process.env.OSCLOUD_DATA_DIR ?? '.oscloud');
  const port = overrides.port ?? 8774;
  const host = overrides.host ?? '0.0.0.0';
  return {
    dataDir,
    dbUrl: overrides.dbUrl ?? `sqlite:${join(dataDir, 'oscloud.db')}`,
    host,
    port,
    publicUrl: (overrides.publicUrl ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    region: overrides.region ?? 'RegionOne',
    tokenTtl: overrides.tokenTtl ?? 3600,
    bodyLimit: overrides.bodyLimit ?? 1024 * 1024,
    logLevel: overrides.logLevel ?? 'info',
    schemasDir: overrides.schemasDir,
    enabledServices: overrides.enabledServices,
    services: overrides.services ?? {},
    dashboardDir: overrides.dashboardDir ?? process.env.OSCLOUD_DASHBOARD_DIR,
  };
}

/** Reads a YAML/JSON config file into a partial config (camelCase or snake_case keys). */
export function readConfigFile(file: string): Partial<Config> {
  const raw = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw ?? {})) out[k.replace(/[_-](\w)/g, (_, c: string) => c.toUpperCase())] = v;
  if (typeof out.db === 'string' && !out.dbUrl) out.dbUrl = out.db;
  return out as Partial<Config>;
}
