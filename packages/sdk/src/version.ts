// The SDK's version comes from its package.json, the one place `npm version` bumps; read once
// when the module loads (synchronously: no top-level await, so `require()` of the package works).
import { readFileSync } from 'node:fs';

/** This package's version (`version` of @oscloud/sdk's package.json), sent in the User-Agent. */
export const SDK_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
