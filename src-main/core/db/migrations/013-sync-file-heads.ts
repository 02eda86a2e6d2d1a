import type { Migration } from './migration';

/**
 * Message files only grow, unless something rewrites one: a computer whose corner of the
 * folder was deleted starts its 000001.jsonl again, a sync tool restores an older copy.
 * Reading on from the old offset would then start mid-line. Each file's first line's
 * checksum is kept with its progress: when it changes, the file is read from the start.
 */
export const migration: Migration = {
  version: 13,
  name: 'sync file heads',
  sql: /* sql */ `
    ALTER TABLE sync_files ADD COLUMN head TEXT;
  `,
};
