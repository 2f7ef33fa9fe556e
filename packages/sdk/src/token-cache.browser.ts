// The on-disk token cache has no disk in a browser: a page keeps its token in memory (the Cloud
// does) or in sessionStorage (the application's choice).
import type { Token } from './auth.js';
import type { CloudConfig } from './config.js';
import { ConfigError } from './errors.js';

const WHY = 'the on-disk token cache is not available in a browser (leave tokenCache unset)';

/** Not available in a browser. */
export function defaultTokenCacheDir(): string {
  throw new ConfigError(WHY, { key: 'tokenCache' });
}

/** Not available in a browser. */
export function tokenCacheKey(_config: CloudConfig): string {
  throw new ConfigError(WHY, { key: 'tokenCache' });
}

/** Not available in a browser: constructing one throws ConfigError. */
export class TokenCache {
  constructor(_dir: string) {
    throw new ConfigError(WHY, { key: 'tokenCache' });
  }

  get(_key: string): Token | undefined {
    return undefined;
  }

  set(_key: string, _token: Token): void {}

  delete(_key: string): void {}

  getDocument(_url: string, _maxAgeMs: number): unknown {
    return undefined;
  }

  setDocument(_url: string, _doc: unknown): void {}
}
