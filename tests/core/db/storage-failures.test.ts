import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { DATABASE_FILE } from '../../../src-main/core/db/database';
import { createHandlers } from '../../../src-main/core/handlers';
import { ImportRunner } from '../../../src-main/core/services/import-runner';
import { createCaller, tempDir, testCore } from '../../support/helpers';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = join(repoRoot, 'tests/fixtures/import');
const NOBODY = 65534;
const runsAsRoot = process.getuid?.() === 0;
/** Root ignores permissions, so as root (CI) the app runs as nobody, which must be able to read the checkout. */
const nobodyCanRunQuarry =
  !runsAsRoot ||
  spawnSync(process.execPath, ['-e', "require('better-sqlite3'); require('node:fs').accessSync('out/main/quarry.js')"], {
    cwd: repoRoot,
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

describe('a data folder that cannot be written', () => {
  it.runIf(nobodyCanRunQuarry)('read-only: a clear error, and the database is left byte for byte as it was', async () => {
    const dir = join(tempDir(), 'data');
    const silent = { out: () => undefined, err: () => undefined, env: {} };
    expect(await runCli(['add', '--data-dir', dir, '--title', 'Kept', '--company', 'Co'], silent)).toBe(0);
    const file = join(dir, DATABASE_FILE);
    const before = readFileSync(file);
    chmodSync(join(dir, '..'), 0o755);
    chmodSync(dir, 0o555);
    chmodSync(file, 0o444);
    const asNobody = runsAsRoot ? { uid: NOBODY, gid: NOBODY } : {};
    for (const command of [
      ['add', '--title', 'Lost?', '--company', 'Co'],
      ['list', '--json'],
    ]) {
      const run = spawnSync(process.execPath, ['out/main/quarry.js', ...command, '--data-dir', dir], {
        cwd: repoRoot,
        encoding: 'utf8',
        ...asNobody,
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/Error \(storage\): .*the data folder is read-only; check its permissions/u);
      expect(run.stderr).not.toMatch(/\n\s+at /u);
    }
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('full disk: every write fails with a clear error, nothing half-written, and all earlier data stays', async () => {
    const core = await testCore();
    const call = createCaller(createHandlers(core, { emit: () => undefined }));
    for (const title of ['One', 'Two', 'Three']) await call('addJob', { title, company: 'Co' });
    // SQLite reports a database that may not grow exactly as it reports a full disk. Vacuumed first: pages
    // migrations freed (a dropped table) would otherwise leave room for a small write after the "disk" is full.
    core.db.exec('VACUUM');
    core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);

    // Keep adding until the "disk" fills: the first refused write must say so plainly.
    let added = 3;
    let failure: unknown;
    while (added < 5000 && !failure) {
      try {
        await call('addJob', { title: `Filler ${added} ${'x'.repeat(400)}`, company: 'Co' });
        added += 1;
      } catch (error) {
        failure = error;
      }
    }
    expect(String(failure)).toMatch(/^Error: storage: .*the disk is full; free some space and try again\.$/u);
    const report = await new ImportRunner(core, { emit: () => undefined }).runPaths(
      ['greenhouse.html', 'lever.html', 'json-ld-graph.html'].map((name) => join(fixtures, name)),
      'test',
    );
    expect(report.jobsImported).toBe(0);
    for (const outcome of report.files) {
      expect(outcome.status).toBe('failed');
      expect(outcome.reason).toMatch(/disk is full/u);
    }

    core.db.pragma('max_page_count = 1073741823');
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const { cards } = await call('getBoard', undefined);
    expect(cards).toHaveLength(added);
    expect(cards.filter((card) => !card.title.startsWith('Filler')).map((card) => card.title)).toEqual(['One', 'Two', 'Three']);
    expect(core.db.prepare('SELECT count(*) AS n FROM source_files').get()).toEqual({ n: 0 });
    // And once there is room again, the same files import.
    const retry = await new ImportRunner(core, { emit: () => undefined }).runPaths([join(fixtures, 'greenhouse.html')], 'test');
    expect(retry.jobsImported).toBe(1);
    expect(new Database(join(core.dataDir, DATABASE_FILE), { readonly: true }).pragma('quick_check', { simple: true })).toBe(
      'ok',
    );
  });
});
