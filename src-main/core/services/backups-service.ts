import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../src-shared/domain/backups';
import { QuarryError } from '../../../src-shared/errors';
import type { CoreContext } from '../context';
import { describeBackup, listBackups, restoreBackup } from '../db/backups';
import { DATABASE_FILE } from '../db/database';
import { forgetSyncState } from '../repos/sync-repo';

export function backupList(ctx: CoreContext): BackupInfo[] {
  return backupsIn(ctx.dataDir);
}

/** The backups in a data folder, newest first, read without opening its database (which may be the damaged one). */
export function backupsIn(dataDir: string): BackupInfo[] {
  return listBackups(dataDir).map(describeBackup);
}

/** Restores a backup while nothing has the database open (the CLI); the replaced data is kept as a backup. */
export function restoreWhileClosed(dataDir: string, name: string, now: Date): BackupInfo {
  return describeBackup(restoreBackup(dataDir, name, now).backup);
}

export async function backUpNow(ctx: CoreContext): Promise<BackupInfo> {
  return describeBackup(await ctx.backUp('manual'));
}

/**
 * Restores a backup while the app runs: the live data is first kept as a
 * `…-replaced` backup, so a restore can itself be restored away.
 */
export async function restoreWhileRunning(ctx: CoreContext, name: string): Promise<BackupInfo> {
  await ctx.backupsIdle();
  if (!listBackups(ctx.dataDir).some((backup) => backup.name === name)) {
    throw new QuarryError('not_found', `There is no backup called ${name}.`);
  }
  const restored = await ctx.replaceDatabase(() => {
    const { backup, replacedPath } = restoreBackup(ctx.dataDir, name, ctx.clock());
    return {
      value: describeBackup(backup),
      undo: replacedPath ? () => copyFileSync(replacedPath, join(ctx.dataDir, DATABASE_FILE)) : undefined,
    };
  });
  // A backup remembers the sync of its day; the restored data is what the user chose, and sync stops (docs/SYNC.md).
  forgetSyncState(ctx.db);
  return restored;
}
