import * as v from 'valibot';
import { BACKUP_NAME_PATTERN, type BackupInfo } from '../domain/backups';
import { call, fields, noArgs } from './schemas';

/** Backups of the database. */
export const backupsCalls = {
  listBackups: call<BackupInfo[]>()(noArgs),
  createBackup: call<BackupInfo>()(noArgs),
  /** Replaces all data with a backup; the data it replaces is kept as a backup first. */
  restoreBackup: call<BackupInfo>()(
    fields({
      name: v.pipe(
        v.string('backup name must be text'),
        v.maxLength(200, 'backup name is too long'),
        v.regex(BACKUP_NAME_PATTERN, 'backup name must be a file name from the backups list'),
      ),
    }),
  ),
} as const;
