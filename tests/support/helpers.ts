import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../src-main/core/open-core';
import type { CoreContext } from '../../src-main/core/context';
import { dispatch } from '../../src-main/core/dispatch';
import type { CallTable } from '../../src-main/core/handlers';
import type { CallName, CallValue } from '../../src-shared/contract';
import { afterThisTest } from './cleanups';

/** A fresh data folder, removed after the test. */
export function tempDir(prefix = 'quarry-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Files under `dir` this process holds open (Linux: /proc/self/fd). A handle
 * left open keeps Windows from replacing or deleting the file, so tests of
 * code that opens databases check it closes them.
 */
export function openFilesUnder(dir: string): string[] {
  const fds = readdirSync('/proc/self/fd');
  return fds.flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Damage only SQLite's integrity check sees: an index whose definition no
 * longer matches its rows. Every query still works; integrity_check lists
 * each row the index misses.
 */
export function breakAnIndex(file: string, index = 'jobs_by_url'): void {
  const raw = new Database(file);
  raw.unsafeMode(true);
  raw.pragma('writable_schema = ON');
  raw.prepare(`UPDATE sqlite_master SET sql = 'CREATE INDEX ${index} ON jobs (title)' WHERE name = ?`).run(index);
  raw.close();
}

/** A fixed clock that can be advanced, so timestamps in assertions are exact. */
export function fakeClock(start = '2026-11-24T09:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export async function testCore(options: Partial<Pick<CoreContext, 'clock'>> = {}): Promise<CoreContext> {
  const core = await openCore({ dataDir: tempDir(), host: 'cli', version: '0.0.0-test', clock: options.clock ?? fakeClock() });
  afterThisTest(() => core.close());
  return core;
}

/** Calls handlers through the contract (validation included), throwing `code: message` on a failed call. */
export function createCaller(calls: CallTable) {
  return async <N extends CallName>(name: N, args: unknown): Promise<CallValue<N>> => {
    const result = await dispatch(calls, name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as CallValue<N>;
  };
}
