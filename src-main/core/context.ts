import type { AppInfo, EventName, QuarryEvents } from '../../src-shared/contract';
import type { BackupFile } from './db/backups';
import type { Db } from './db/database';
import type { Parser } from './import/parse-pool';
import type { SearchIndex } from './search/search-index';

/** The time as the core sees it: the real one in the app, a fixed one in tests. */
export type Clock = () => Date;

/** Everything a service call may depend on, built once per process. */
export interface CoreContext {
  readonly db: Db;
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  clock: Clock;
  /** The parse worker pool, started on first use. */
  parser: () => Parser;
  /** The search index, built on first use and kept current through `jobsChanged`. */
  search: () => SearchIndex;
  /** Tells derived state (the search index) that these jobs were added, changed or removed. */
  jobsChanged: (ids: Iterable<number>) => void;
  /** Hears every `jobsChanged` (the desktop app re-arms its interview reminders). */
  onJobsChanged: (listener: () => void) => void;
  /** A backup of the live database through SQLite's online backup API, kept in the data folder's backups. */
  backUp: (reason: 'manual' | 'daily' | 'replaced') => Promise<BackupFile>;
  /** Resolves when no backup is running (before the database is swapped or closed). */
  backupsIdle: () => Promise<void>;
  /**
   * Closes the database, lets `change` replace its file (restoring a backup),
   * and opens it again (migrating an older file, after backing it up). `change`
   * may return an undo, run if the new file will not open; either way the
   * context is left with a working connection. Callers wait for
   * `backupsIdle` first; calls that arrive while the new file opens get a
   * `conflict` error asking to try again.
   */
  replaceDatabase: <T>(change: () => { value: T; undo?: (() => void) | undefined }) => Promise<T>;
  close: () => Promise<void>;
}

/** What differs between the desktop app, the browser host and the CLI. */
export interface Platform {
  emit<E extends EventName>(event: E, payload: QuarryEvents[E]): void;
  /** Native file or folder picker; absent where there is none (the browser host picks files in the page). */
  pickImportPaths?: (folders: boolean) => Promise<string[] | null>;
  /** Native save dialog offering `suggestedName`; null when the user cancels. Absent where there is none. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Native folder picker; absent where there is none (the browser host takes a typed path). */
  pickFolder?: (title: string) => Promise<string | null>;
  /** Opens a file with the program the system chooses for it; absent where there is none (the browser host downloads instead). */
  openFile?: (path: string) => Promise<void>;
}
