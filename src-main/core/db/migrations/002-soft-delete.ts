import type { Migration } from './migration';

export const migration: Migration = {
  version: 2,
  name: 'soft delete, so a deleted job can be restored',
  sql: /* sql */ `
    ALTER TABLE jobs ADD COLUMN deleted_at TEXT;
    CREATE INDEX jobs_live_by_column ON jobs (deleted_at, column_id, position);
  `,
};
