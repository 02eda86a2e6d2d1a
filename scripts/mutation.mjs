/**
 * `npm run mutation [-- chunk…]`: StrykerJS over src-shared and src-main/core, one
 * chunk at a time (MUTATION_CHUNKS in tests/stryker.config.mjs), then the chunks'
 * reports summed into one score, per module and overall.
 *
 * Each chunk keeps its own incremental file in reports/mutation, so a rerun
 * mutates only what changed, and a chunk that finished keeps its results when a
 * later one is stopped. The gated chunk starts from the committed CI baseline.
 * `--report` sums what the chunks have measured so far without running any.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MUTATION_CHUNKS } from '../tests/stryker.config.mjs';

const REPORTS = 'reports/mutation';
const OVERALL_THRESHOLD = 80;
const chunkNames = Object.keys(MUTATION_CHUNKS);

const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const requested = args.filter((arg) => arg !== '--report');
const unknown = requested.filter((name) => !chunkNames.includes(name));
if (unknown.length > 0) {
  console.error(`No mutation chunk ${unknown.map((name) => `"${name}"`).join(', ')}; the chunks are ${chunkNames.join(', ')}.`);
  process.exit(2);
}

if (!reportOnly) {
  for (const name of requested.length > 0 ? requested : chunkNames) runChunk(name);
}
process.exit(summarise());

function runChunk(name) {
  const incremental = `${REPORTS}/chunk-${name}-incremental.json`;
  if (name === 'gated' && !existsSync(incremental) && existsSync('tests/mutation/gated-incremental.json')) {
    copyFileSync('tests/mutation/gated-incremental.json', incremental);
  }
  console.log(`\n== mutation chunk "${name}" ==`);
  const run = spawnSync('npx', ['stryker', 'run', 'tests/stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, QUARRY_MUTATE: `chunk:${name}` },
  });
  if (run.status !== 0) {
    console.error(`Mutation chunk "${name}" failed (exit ${run.status ?? run.signal}); the chunks before it keep their results.`);
    process.exit(run.status ?? 1);
  }
}

/** Sums the chunks' JSON reports into reports/mutation/all.json and prints the scores; returns the exit code. */
function summarise() {
  const files = {};
  const missing = [];
  for (const name of chunkNames) {
    const path = `${REPORTS}/chunk-${name}.json`;
    if (!existsSync(path)) {
      missing.push(name);
      continue;
    }
    Object.assign(files, JSON.parse(readFileSync(path, 'utf8')).files);
  }
  const rows = Object.entries(files).map(([file, { mutants }]) => ({ file, ...count(mutants) }));
  rows.sort((a, b) => score(a) - score(b) || a.file.localeCompare(b.file));
  const total = rows.reduce(
    (sum, row) => ({
      detected: sum.detected + row.detected,
      undetected: sum.undetected + row.undetected,
      unmeasured: sum.unmeasured + row.unmeasured,
    }),
    { detected: 0, undetected: 0, unmeasured: 0 },
  );

  console.log('\nMutation score by module (detected of valid mutants):');
  for (const row of rows) {
    console.log(
      `${formatScore(row).padStart(8)}  ${String(row.detected).padStart(4)} / ${String(row.detected + row.undetected).padEnd(4)}  ${row.file}`,
    );
  }
  console.log(
    `\nOverall: ${formatScore(total)} (${total.detected} of ${total.detected + total.undetected}) over ${rows.length} modules.`,
  );
  if (total.unmeasured > 0) {
    console.log(`Not counted: ${total.unmeasured} static mutants (module-level code, loaded once per test worker).`);
  }
  writeFileSync(
    `${REPORTS}/all.json`,
    JSON.stringify({ schemaVersion: '2', thresholds: { high: 90, low: OVERALL_THRESHOLD }, files }),
  );

  if (missing.length > 0) {
    console.log(
      `Not measured yet: chunk${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (npm run mutation -- ${missing.join(' ')}).`,
    );
    return 1;
  }
  if (score(total) < OVERALL_THRESHOLD) {
    console.log(`Below the ${OVERALL_THRESHOLD} % goal.`);
    return 1;
  }
  return 0;
}

/**
 * Stryker's own arithmetic: killed and timed-out mutants are detected; survivors and uncovered ones are not; the rest do not count.
 * Static mutants (in code a module runs once, as it loads) do not count either, killed or not: the tests run with
 * `isolate: false`, so a module loads once per worker and such a mutant never takes effect in the run meant to test it.
 * `ignoreStatic` leaves out only those no test's own coverage reaches; one a test reached by loading the module first
 * would otherwise count as a survivor no test could kill.
 */
function count(mutants) {
  let detected = 0;
  let undetected = 0;
  let unmeasured = 0;
  for (const { status, static: isStatic } of mutants) {
    const counted = status === 'Killed' || status === 'Timeout' || status === 'Survived' || status === 'NoCoverage';
    if (counted && isStatic) unmeasured += 1;
    else if (status === 'Killed' || status === 'Timeout') detected += 1;
    else if (counted) undetected += 1;
  }
  return { detected, undetected, unmeasured };
}

function score({ detected, undetected }) {
  return detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
}

function formatScore(counts) {
  return `${score(counts).toFixed(2)} %`;
}
