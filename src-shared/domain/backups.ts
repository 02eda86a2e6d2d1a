/** A backup copy of the database, as the Settings dialog lists it. */
export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** How many jobs the backup holds, so the user can tell which one to restore; null when it cannot be read. */
  jobs: number | null;
}

export const BACKUP_REASONS = ['daily', 'before-migration', 'manual', 'replaced', 'other'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  'before-migration': 'Before an update',
  manual: 'Made by you',
  replaced: 'Before a restore',
  other: 'Backup',
};

/** Backup files are named `quarry-<time>-<reason>.db`; the reason is what follows the time. */
export function backupReasonFromName(name: string): BackupReason {
  const reason = /-(daily|before-migration|manual|replaced)\.db$/u.exec(name)?.[1];
  return (reason as BackupReason | undefined) ?? 'other';
}

export const BACKUP_NAME_PATTERN = /^quarry-[0-9A-Za-z-]+\.db$/u;
