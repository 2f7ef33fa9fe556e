// Builds the dashboard into dist/ for the controller to serve at /dashboard: one small entry
// chunk (the shell, login and navigation) and one chunk per page, loaded when it is opened.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/dashboard/',
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
    testTimeout: 20_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: '../../.cache/test-results/dashboard.json' },
  },
});
