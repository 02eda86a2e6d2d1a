import { readFileSync } from 'node:fs';
import { backUp, dailyBackup } from './db/backups';
import { openDataDir, type Db } from './db/database';
import { fillCompanyKeys } from './repos/companies-repo';
import { QuarryError } from '../../src-shared/errors';
import type { CoreContext } from './context';
import { createParsePool, defaultWorkerScript, type Parser } from './import/parse-pool';
import { SearchIndex } from './search/search-index';

export interface CoreOptions {
  dataDir: string;
  host: CoreContext['host'];
  version?: string;
  clock?: CoreContext['clock'];
  /** The built parse worker; by default the one beside the running bundle. */
  workerScript?: string | URL;
}

/** Opens the data folder and assembles the context every service runs in. */
export async function openCore(options: CoreOptions): Promise<CoreContext> {
  const clock = options.clock ?? (() => new Date());
  const open = async () => {
    const db = await openDataDir(options.dataDir, {
      beforeMigrating: (existing) => backUp(existing, options.dataDir, 'before-migration', clock()),
    });
    fillCompanyKeys(db);
    return db;
  };
  const first = await open();
  // Null only while a restored file is being opened (and, if it is older, backed up and migrated).
  let current: Db | null = first;
  // Backups run while the app works; closing or swapping the database waits for them.
  let backupsRunning: Promise<unknown> = Promise.resolve();
  const track = <T>(backup: Promise<T>): Promise<T> => {
    backupsRunning = Promise.allSettled([backupsRunning, backup]);
    return backup;
  };
  if (options.host !== 'cli') {
    void track(dailyBackup(first, options.dataDir, clock())).catch((error: unknown) =>
      console.error('Quarry: the daily backup failed', error),
    );
  }
  let parser: Parser | undefined;
  let search: SearchIndex | undefined;
  const listeners = new Set<() => void>();
  const core: CoreContext = {
    get db() {
      if (!current) throw new QuarryError('conflict', 'Quarry is opening a restored backup; try again in a moment.');
      return current;
    },
    dataDir: options.dataDir,
    host: options.host,
    version: options.version ?? packageVersion(),
    clock,
    parser: () => (parser ??= createParsePool(options.workerScript ?? defaultWorkerScript())),
    search: () => (search ??= new SearchIndex(core.db)),
    jobsChanged: (ids) => {
      search?.refresh(ids);
      for (const listener of listeners) listener();
    },
    onJobsChanged: (listener) => void listeners.add(listener),
    backUp: (reason) => track(backUp(core.db, options.dataDir, reason, clock())),
    backupsIdle: async () => void (await backupsRunning),
    async replaceDatabase(change) {
      core.db.close();
      current = null;
      search = undefined;
      let undo: (() => void) | undefined;
      try {
        const { value, undo: undoChange } = change();
        undo = undoChange;
        // Who follows the jobs hears of the swap from the restore call's declared change (every job).
        current = await open();
        return value;
      } catch (error) {
        // Whatever failed, the app keeps a working connection to the data it had.
        undo?.();
        current = await open();
        throw error;
      }
    },
    async close() {
      await parser?.close();
      await backupsRunning;
      core.db.close();
    },
  };
  return core;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
