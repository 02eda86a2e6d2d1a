import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupReasonFromName, type BackupInfo, type BackupReason } from '../../../src-shared/domain/backups';
import { QuarryError } from '../../../src-shared/errors';
import { DATABASE_FILE, type Db } from './database';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupFile {
  name: string;
  path: string;
  createdAt: Date;
}

export function describeBackup(backup: BackupFile): BackupInfo {
  return {
    name: backup.name,
    createdAt: backup.createdAt.toISOString(),
    reason: backupReasonFromName(backup.name),
    sizeBytes: statSync(backup.path).size,
    jobs: jobsIn(backup.path),
  };
}

/** The live jobs a backup file holds, read without changing it; null for a file that is not a readable Quarry database. */
function jobsIn(path: string): number | null {
  let db: Database.Database | undefined;
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, a lookup that only reads a one-file backup changes nothing either way; read-only says it cannot.
    db = new Database(path, { readonly: true, fileMustExist: true });
    // A backup from before soft delete (migration 2) has no deleted_at: every job in it is live.
    const softDelete = db.prepare("SELECT 1 FROM pragma_table_info('jobs') WHERE name = 'deleted_at'").get();
    const sql = `SELECT count(*) AS jobs FROM jobs${softDelete ? ' WHERE deleted_at IS NULL' : ''}`;
    return (db.prepare(sql).get() as { jobs: number }).jobs;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function listBackups(dataDir: string): BackupFile[] {
  const folder = join(dataDir, BACKUP_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.db'));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, path: join(folder, name), createdAt: statSync(join(folder, name)).mtime }))
    .sort((a, b) => b.name.localeCompare(a.name));
}

/**
 * A consistent copy of the live database through SQLite's online backup API,
 * which copies page by page while the app keeps working, named by time and
 * reason. Only the newest BACKUPS_KEPT are kept.
 */
export async function backUp(db: Db, dataDir: string, reason: BackupReason, now: Date): Promise<BackupFile> {
  const { name, path } = freshBackupPath(dataDir, reason, now);
  await db.backup(path);
  makeSelfContained(path);
  pruneBackups(dataDir);
  return { name, path, createdAt: now };
}

/**
 * The copy inherits the live file's write-ahead log mode, in which even a
 * read-only look (the backups list counts jobs in each) leaves -wal and -shm
 * files behind; in rollback mode a backup stays one file the user can copy.
 */
function makeSelfContained(path: string): void {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Older backups, with the -wal and -shm files a backup made before rollback mode may have beside it. */
function pruneBackups(dataDir: string): void {
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(old.path + suffix, { force: true });
  }
}

/** A backup name by time and reason that no existing backup has (a restore must never overwrite the file it restores). */
function freshBackupPath(dataDir: string, reason: BackupReason, now: Date): { name: string; path: string } {
  mkdirSync(join(dataDir, BACKUP_FOLDER), { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/gu, '-');
  for (let attempt = 0; ; attempt++) {
    const name = `quarry-${stamp}${attempt === 0 ? '' : `-${attempt}`}-${reason}.db`;
    const path = join(dataDir, BACKUP_FOLDER, name);
    if (!existsSync(path)) return { name, path };
  }
}

/** At start-up: one backup a day, the first time Quarry opens on that day. */
export async function dailyBackup(db: Db, dataDir: string, now: Date): Promise<BackupFile | null> {
  const newest = listBackups(dataDir)[0];
  if (newest && now.getTime() - newest.createdAt.getTime() < DAY_MS) return null;
  return backUp(db, dataDir, 'daily', now);
}

export interface Restored {
  backup: BackupFile;
  /** Where the data that was replaced now lives, or null when there was none. */
  replacedPath: string | null;
}

/**
 * Puts a backup in place of the database, which must be closed. The current
 * file is kept beside the backups first (as `…-replaced.db`), so a restore
 * can itself be undone; the backup must pass SQLite's integrity check.
 */
export function restoreBackup(dataDir: string, name: string, now: Date): Restored {
  const backup = listBackups(dataDir).find((candidate) => candidate.name === name);
  if (!backup) throw new QuarryError('not_found', `There is no backup called ${name} in ${join(dataDir, BACKUP_FOLDER)}.`);
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, the check only reads; read-only says it cannot write.
  const check = new Database(backup.path, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new QuarryError('storage', `The backup ${name} is damaged too (${String(result)}); choose another.`);
  } finally {
    check.close();
  }
  const live = join(dataDir, DATABASE_FILE);
  const kept = freshBackupPath(dataDir, 'replaced', now).path;
  const replaced = existsSync(live);
  if (replaced) {
    copyFileSync(live, kept);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(live + suffix)) copyFileSync(live + suffix, kept + suffix);
      rmSync(live + suffix, { force: true });
    }
  }
  copyFileSync(backup.path, live);
  return { backup, replacedPath: replaced ? kept : null };
}
