// Builds the dashboard into dist/ for the controller to serve at /dashboard: one small entry
// chunk (the shell, login and navigation) and one chunk per page, loaded when it is opened.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Applies @oscloud/sdk's package.json "browser" map (its fetch transport and the other browser
 * replacements) wherever vite resolves: the production build does it by itself, vitest's module
 * runner does not, and component tests must run the code the bundle ships.
 */
function sdkBrowserMap(): Plugin {
  const pkgFile = createRequire(import.meta.url).resolve('@oscloud/sdk/package.json');
  const dir = dirname(pkgFile);
  const browser = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { browser: Record<string, string> }).browser;
  const map = new Map(Object.entries(browser).map(([from, to]) => [resolve(dir, from), resolve(dir, to)]));
  return {
    name: 'sdk-browser-map',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && map.has(r.id) ? (map.get(r.id) as string) : null;
    },
  };
}

export default defineConfig({
  base: '/dashboard/',
  plugins: [sdkBrowserMap()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // the CSP allows no inline code: never inline the module preload polyfill or small assets
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // through vite (not Node's loader), so the plugin above maps the SDK as in the bundle
    server: { deps: { inline: ['@oscloud/sdk'] } },
    testTimeout: 20_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: '../../.cache/test-results/dashboard.json' },
  },
});
