import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/core/db/database';
import { addJob } from '../../src-main/core/services/jobs-service';
import { tempDir } from '../support/helpers';
import { closeComputers, testComputer } from '../support/sync-computers';

const root = fileURLToPath(new URL('../..', import.meta.url));

afterEach(closeComputers);

function liveJobs(dataDir: string): number {
  try {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM jobs WHERE deleted_at IS NULL').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

function syncIsOn(dataDir: string): boolean {
  try {
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT 1 FROM sync_local WHERE key = 'folder'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Runs tests/support/sync-loop.ts and SIGKILLs it once `ready` says so (or after `afterMs`). */
async function runAndKill(mode: 'write' | 'apply', dataDir: string, folder: string, ready: () => boolean): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/sync-loop.ts', mode, dataDir, folder], {
    cwd: root,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (!ready() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  child.kill('SIGKILL');
  await exited;
}

describe('sync and a SIGKILL', () => {
  it(
    'killed while writing out: nothing committed is lost, the next start writes what was left',
    { timeout: 120_000 },
    async () => {
      const folder = tempDir('quarry-sync-crash-');
      const dataDir = tempDir('quarry-sync-writer-');
      await runAndKill('write', dataDir, folder, () => liveJobs(dataDir) >= 300);
      // The writer starts again: integrity first, then its first pass writes out what the kill left in its outbox.
      const { openCore } = await import('../../src-main/core/open-core');
      const reopened = await openCore({ dataDir, host: 'cli' });
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const committed = liveJobs(dataDir);
      const { SyncService } = await import('../../src-main/core/services/sync-service');
      new SyncService(reopened, { emit: () => undefined }, { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 }).start();
      await reopened.close();

      const reader = await testComputer('Reader');
      await reader.call('turnOnSync', { folder, computerName: 'Reader' });
      expect(reader.core.db.prepare('SELECT count(*) AS n FROM jobs WHERE deleted_at IS NULL').get()).toEqual({ n: committed });
      console.info(
        `sync crash while writing: ${committed} jobs committed before the kill, all ${committed} reached the other computer`,
      );
    },
  );

  it('killed while applying: the database is sound and a later pass applies everything', { timeout: 120_000 }, async () => {
    const folder = tempDir('quarry-sync-crash-');
    const source = await testComputer('Source');
    source.core.db.transaction(() => {
      for (let index = 0; index < 4000; index += 1)
        addJob(source.core.db, { title: `Job ${index}`, company: 'Acme' }, source.core.clock);
    })();
    await source.call('turnOnSync', { folder, computerName: 'Source' });
    const dataDir = tempDir('quarry-sync-reader-');
    // Killed while its first pass applies the 4,000 jobs (one transaction): just after sync was turned on.
    let onAt = 0;
    await runAndKill('apply', dataDir, folder, () => {
      if (onAt === 0 && syncIsOn(dataDir)) onAt = Date.now();
      return onAt > 0 && Date.now() - onAt > 50;
    });
    const { openCore } = await import('../../src-main/core/open-core');
    const reopened = await openCore({ dataDir, host: 'cli' });
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const before = liveJobs(dataDir);
    // All or nothing: a pass is one transaction.
    expect([0, 4000]).toContain(before);
    const { SyncService } = await import('../../src-main/core/services/sync-service');
    const sync = new SyncService(reopened, { emit: () => undefined }, { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 });
    sync.start();
    expect(liveJobs(dataDir)).toBe(4000);
    sync.close();
    await reopened.close();
    console.info(`sync crash while applying: ${before} of 4000 jobs in after the kill, 4000 after the next pass`);
  });
});
