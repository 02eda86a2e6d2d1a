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
      // A scope may name the tests that target its modules (QUARRY_MUTATE_TESTS, comma-separated globs): a mutant
      // they kill is killed by the whole suite too, and the storage modules, which every test opens, then take
      // minutes instead of an hour.
      ...(process.env.QUARRY_MUTATE_TESTS ? { include: process.env.QUARRY_MUTATE_TESTS.split(',') } : {}),
      // Modules stay loaded between runs: mutants switch at run time, and each test makes its own data folder.
      isolate: false,
      exclude: [
        'tests/e2e/**',
        'node_modules/**',
        'tests/build/**',
        'tests/main/crash.test.ts',
        'tests/core/db/storage-failures.test.ts',
      ],
    },
  }),
);
