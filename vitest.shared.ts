import { defineConfig } from 'vitest/config';

/** The vitest settings every package shares; `name` picks the JSON report file summed by scripts/test-summary.mjs. */
export function packageTestConfig(name: string, overrides: { testTimeout?: number; include?: string[] } = {}) {
  return defineConfig({
    test: {
      include: overrides.include ?? ['test/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 120_000,
      reporters: ['default', 'json'],
      outputFile: { json: `../../.cache/test-results/${name}.json` },
    },
  });
}
