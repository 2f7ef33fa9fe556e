// clouds.yaml and OS_* variables do not exist in a browser: a page builds its CloudConfig itself
// (from a login form) and passes it as `new Cloud({ config })`.
import type { CloudConfig, LoadCloudConfigOptions } from './config.js';
import { ConfigError } from './errors.js';

const WHY = 'clouds.yaml and OS_* variables cannot be read in a browser: pass a CloudConfig to new Cloud({ config })';

/** Not available in a browser: throws ConfigError. */
export function loadCloudConfig(_opts: LoadCloudConfigOptions = {}): CloudConfig {
  throw new ConfigError(WHY);
}

/** Not available in a browser: throws ConfigError. */
export function listClouds(_opts: { env?: unknown; cwd?: string } = {}): string[] {
  throw new ConfigError(WHY);
}
