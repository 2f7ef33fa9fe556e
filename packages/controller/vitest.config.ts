import { defineConfig, mergeConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.js';

/**
 * Two projects: every test file, then (sequence.groupOrder) test/response-coverage.test.ts,
 * which checks that the others validated a success response of every spec operation. The
 * root includes nothing: project arrays are merged with the root's, not replaced.
 */
export default mergeConfig(
  packageTestConfig('controller', { include: [] }),
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'controller',
            include: ['test/**/*.test.ts'],
            exclude: ['test/response-coverage.test.ts'],
            globalSetup: ['test/response-coverage.setup.ts'],
            sequence: { groupOrder: 0 },
          },
        },
        { extends: true, test: { name: 'response-coverage', include: ['test/response-coverage.test.ts'], sequence: { groupOrder: 1 } } },
      ],
    },
  }),
);
