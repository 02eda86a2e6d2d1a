/**
 * Mutation testing (`npm run mutation`, StrykerJS with the vitest runner):
 * small changes to the code that the tests must notice. Incremental: a rerun
 * mutates only what changed since the last run (the baseline and the reports
 * live in reports/mutation, git-ignored). Runs in a sandbox copy of the
 * repository, never on the working files.
 *
 * QUARRY_MUTATE=security limits the run to the security and data-safety
 * modules, with their stricter threshold. QUARRY_MUTATE=gated runs those of
 * them that have reached it, which CI enforces; a module joins GATED once
 * `npm run mutation:security` shows it at 95 % or more.
 *
 * The gated run's incremental file lives in tests/mutation and is committed,
 * so CI stays within its time: a full gated run takes about 35 minutes here.
 *
 * QUARRY_MUTATE=storage mutates the database and backup modules alone (about
 * 8 minutes), to work on them before they join GATED.
 *
 * `npm run mutation` runs the whole scope as MUTATION_CHUNKS, one Stryker run
 * each (scripts/mutation.mjs, QUARRY_MUTATE=chunk:<name>): the whole run takes
 * hours on two cores, and a chunk that finished keeps its results when a later
 * one is stopped.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const SECURITY_MODULES = [
  'src-main/core/import/sanitize.ts',
  'src-main/core/dispatch.ts',
  'src-main/host/host-server.ts',
  'src-main/core/db/database.ts',
  'src-main/core/db/backups.ts',
  'src-main/core/services/import-service.ts',
  'src-shared/domain/icalendar.ts',
  'src-shared/domain/schedule.ts',
];

const GATED = [
  'src-main/core/import/sanitize.ts',
  'src-main/core/dispatch.ts',
  'src-main/host/host-server.ts',
  'src-main/core/db/database.ts',
  'src-main/core/db/backups.ts',
  'src-main/core/services/import-service.ts',
  'src-shared/domain/icalendar.ts',
  'src-shared/domain/schedule.ts',
];

const STORAGE_MODULES = ['src-main/core/db/database.ts', 'src-main/core/db/backups.ts'];

const SYNC_MODULES = [
  'src-main/core/sync/**/*.ts',
  'src-shared/domain/sync.ts',
  'src-main/core/repos/sync-repo.ts',
  'src-main/core/services/sync-service.ts',
];
// Pure summaries and reports over the user's data: their own chunk, so that no chunk runs for more than an hour.
const REPORT_MODULES = [
  'src-shared/domain/{activity-report,agenda-month,backups,csv,follow-up,ghosting}.ts',
  'src-shared/domain/{import-report,insights,interview-plan,portability,spreadsheet,time-zones}.ts',
];
const EXTRACT_MODULES = ['src-main/core/import/extract/**/*.ts'];
const notIn = (modules) => modules.map((module) => `!${module}`);

/** Together exactly the `all` scope: the gated modules, then each folder without what an earlier chunk took. */
export const MUTATION_CHUNKS = {
  gated: GATED,
  sync: SYNC_MODULES,
  shared: ['src-shared/**/*.ts', ...notIn(GATED), ...notIn(SYNC_MODULES), ...notIn(REPORT_MODULES)],
  reports: REPORT_MODULES,
  extract: EXTRACT_MODULES,
  import: ['src-main/core/import/**/*.ts', ...notIn(GATED), ...notIn(EXTRACT_MODULES)],
  storage: [
    'src-main/core/db/**/*.ts',
    'src-main/core/repos/**/*.ts',
    'src-main/core/search/**/*.ts',
    ...notIn(GATED),
    ...notIn(SYNC_MODULES),
  ],
  services: [
    'src-main/core/*.ts',
    'src-main/core/services/**/*.ts',
    'src-main/core/handlers/**/*.ts',
    ...notIn(GATED),
    ...notIn(SYNC_MODULES),
  ],
};

const requested = process.env.QUARRY_MUTATE ?? '';
const chunk = requested.startsWith('chunk:') ? requested.slice('chunk:'.length) : undefined;
if (chunk !== undefined && !(chunk in MUTATION_CHUNKS)) {
  throw new Error(`No mutation chunk "${chunk}"; the chunks are ${Object.keys(MUTATION_CHUNKS).join(', ')}.`);
}
const scope = chunk ? `chunk-${chunk}` : ['security', 'gated', 'storage'].includes(requested) ? requested : 'all';
const MUTATE = {
  all: ['src-shared/**/*.ts', 'src-main/core/**/*.ts', 'src-main/host/host-server.ts'],
  security: SECURITY_MODULES,
  gated: GATED,
  storage: STORAGE_MODULES,
  ...(chunk ? { [scope]: MUTATION_CHUNKS[chunk] } : {}),
};
// The tests run in a copy of the repository: tell them where ../shared is, and where the fixtures are
// (Stryker copies files as text, which would mangle the ones that are deliberately not UTF-8 or compressed).
process.env.QUARRY_SHARED_DIR ??= resolve('../shared');
process.env.QUARRY_FIXTURES_DIR ??= resolve('tests/fixtures');
// Each test makes its own data folder, and SQLite syncs it to disk: in memory, a run takes a quarter less time.
if (!process.env.TMPDIR && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Module-level constants would rerun the whole suite per mutant; their behaviour is covered through the functions.
  ignoreStatic: true,
  mutate: MUTATE[scope],
  ignorePatterns: ['tests/fixtures/import', 'tests/fixtures/sync', 'dist', 'test-results', 'playwright-report'],
  incremental: true,
  // The gate's results are committed: CI (a clean clone) then tests again only the mutants whose code or
  // covering tests changed since, and `npm run mutation:gated` refreshes the file to commit with a change.
  incrementalFile: scope === 'gated' ? 'tests/mutation/gated-incremental.json' : `reports/mutation/${scope}-incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  // A chunk never fails on its own: scripts/mutation.mjs judges the chunks' sum.
  thresholds: chunk
    ? { high: 90, low: 80, break: null }
    : scope === 'all'
      ? { high: 90, low: 80, break: 80 }
      : { high: 98, low: 95, break: 95 },
  concurrency: 2,
  timeoutMS: 10_000,
  cleanTempDir: 'always',
};
