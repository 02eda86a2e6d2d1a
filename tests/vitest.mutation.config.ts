import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config';

/**
 * The unit suite as mutation testing runs it: without the tests that start
 * other processes (the CLI, built bundles, the packager), which exercise the
 * built out/ folder rather than the mutated sources and take seconds each.
 */
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      // Modules stay loaded between runs: mutants switch at run time, and each test makes its own data folder.
      isolate: false,
      exclude: [
        'tests/e2e/**',
        'node_modules/**',
        'tests/build/**',
        'tests/cli/cli-processes.test.ts',
        'tests/main/crash.test.ts',
        'tests/main/sync-crash.test.ts',
        'tests/core/db/storage-failures.test.ts',
      ],
    },
  }),
);
