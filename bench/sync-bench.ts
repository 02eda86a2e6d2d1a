/**
 * Sync at 10,000 jobs (with journeys: history rows and two stages each): what the first
 * sync writes, how long a new computer takes to apply it all, and what one change costs
 * once sync is on (captured, written out and synced to disk) next to the same change
 * with sync off, measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreContext } from '../src-main/core/context';
import { openCore } from '../src-main/core/open-core';
import { moveJob } from '../src-main/core/services/board-service';
import { SyncService } from '../src-main/core/services/sync-service';
import { insertSyntheticJobs } from './synthetic-jobs';

export interface SyncBenchResult {
  jobs: number;
  messages: number;
  firstWriteSeconds: number;
  applySeconds: number;
  msPerJobApplied: number;
  msPerChangeOff: number;
  msPerChangeOn: number;
}

const quiet = { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 };

/** Moves `count` jobs one by one (each its own transaction), writing each out at once when `sync` is given. */
function timeMoves(core: CoreContext, count: number, sync?: SyncService): number {
  const ids = (core.db.prepare('SELECT id FROM jobs ORDER BY id LIMIT ?').all(count) as { id: number }[]).map((row) => row.id);
  const columns = (core.db.prepare('SELECT id FROM board_columns ORDER BY position').all() as { id: number }[]).map(
    (row) => row.id,
  );
  const started = performance.now();
  ids.forEach((id, index) => {
    moveJob(core.db, { id, columnId: columns[index % columns.length]!, beforeId: null }, core.clock);
    sync?.flush();
  });
  return (performance.now() - started) / ids.length;
}

export async function benchSync(jobs: number, changes = 500): Promise<SyncBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'quarry-sync-bench-'));
  const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'quarry-sync-bench-data-')));
  const [laptop, desk, unsynced] = await Promise.all(dirs.map((dataDir) => openCore({ dataDir, host: 'cli' })));
  try {
    for (const core of [laptop!, unsynced!]) insertSyntheticJobs(core.db, jobs, { journeys: true, descriptionBytes: 1500 });
    const laptopSync = new SyncService(laptop!, { emit: () => undefined }, quiet);
    let started = performance.now();
    laptopSync.turnOn(folder, 'Laptop');
    const firstWriteSeconds = (performance.now() - started) / 1000;
    const messages = (laptop!.db.prepare('SELECT count(*) AS n FROM sync_rows').get() as { n: number }).n;

    const deskSync = new SyncService(desk!, { emit: () => undefined }, quiet);
    started = performance.now();
    deskSync.turnOn(folder, 'Desk-PC');
    const applySeconds = (performance.now() - started) / 1000;
    const arrived = (desk!.db.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number }).n;
    if (arrived !== jobs) throw new Error(`The sync bench applied ${arrived} of ${jobs} jobs: its data is wrong.`);

    const msPerChangeOff = timeMoves(unsynced!, changes);
    const msPerChangeOn = timeMoves(laptop!, changes, laptopSync);
    laptopSync.close();
    deskSync.close();
    return {
      jobs,
      messages,
      firstWriteSeconds,
      applySeconds,
      msPerJobApplied: (applySeconds * 1000) / jobs,
      msPerChangeOff,
      msPerChangeOn,
    };
  } finally {
    for (const core of [laptop, desk, unsynced]) await core?.close();
    for (const dir of [folder, ...dirs]) rmSync(dir, { recursive: true, force: true });
  }
}
