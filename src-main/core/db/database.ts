import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { QuarryError } from '../../../src-shared/errors';
import { MIGRATIONS, type Migration } from './migrations';
import { toStorageError } from './storage-errors';

/**
 * A connection, typed by what a function may do with it (as Signal Desktop's
 * ReadableDB / WritableDB): a repository function that only reads takes a
 * ReadableDb, one that writes a WritableDb, so code handed a read-only
 * connection cannot reach a write. Every open connection is writable.
 */
export type WritableDb = Database.Database & { readonly access?: 'write' };
export type ReadableDb = Database.Database & { readonly access?: 'read' | 'write' };
/** What the core opens and passes around: a writable connection. */
export type Db = WritableDb;

export const DATABASE_FILE = 'quarry.db';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Awaited with the database just before pending migrations run on existing data (to back it up). */
  beforeMigrating?: (db: Db) => Promise<unknown>;
}

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export async function openDataDir(dataDir: string, options: OpenOptions = {}): Promise<Db> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new QuarryError('storage', `Cannot create the data folder ${dataDir}: ${(error as Error).message}`);
  }
  return openDatabase(join(dataDir, DATABASE_FILE), options);
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<Db> {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw toStorageError(error, `Cannot open the database ${file}`);
  }
  try {
    // WAL lets readers run during an import; NORMAL is durable against
    // application crashes and only risks the last transactions on power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    assertIntact(db, file);
    const migrations = options.migrations ?? MIGRATIONS;
    const current = schemaVersion(db);
    if (current > 0 && current < migrations.length) await options.beforeMigrating?.(db);
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw toStorageError(error, `Cannot prepare the database ${file}`);
  }
  return db;
}

/**
 * SQLite's own consistency check at start-up. A damaged file is never
 * written to: the error says where the backups are.
 */
function assertIntact(db: Db, file: string): void {
  // The full check (indexes against tables too): 350 ms for 10,000 jobs with 10 KB descriptions (240 MB), 240 ms for quick_check.
  const problems = (db.pragma('integrity_check(3)') as { integrity_check: string }[]).map((row) => row.integrity_check);
  // A sound file answers one row, "ok"; a damaged one a row per problem.
  if (problems[0] === 'ok') return;
  throw new QuarryError(
    'storage',
    `The database ${file} is damaged (${problems.slice(0, 2).join('; ')}). Quarry has not changed it. Restore a copy from the backups folder beside it (npx quarry restore NAME), or move it away to start afresh.`,
  );
}

export function schemaVersion(db: ReadableDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in a single transaction, or none of them. */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new QuarryError(
      'storage',
      `This data folder was written by a newer Quarry (schema ${current}; this version knows ${latest}). Update Quarry to open it.`,
    );
  }
  const pending = migrations.slice(current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
    }
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}
