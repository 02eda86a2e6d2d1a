import type { Migration } from './migration';

/**
 * The bookkeeping of sync (docs/SYNC.md). None of it travels: it says what this
 * computer has written, applied and is waiting for. The capture triggers are not
 * here: they exist only while sync is on (repos/sync-repo.ts installs them).
 */
export const migration: Migration = {
  version: 11,
  name: 'sync bookkeeping',
  sql: /* sql */ `
    -- This computer's id and name, the folder, the clock: never synced.
    CREATE TABLE sync_local (
      key         TEXT PRIMARY KEY,
      value_json  TEXT NOT NULL
    );

    -- Rows and columns changed since the last flush, written by the capture triggers in the changing transaction.
    CREATE TABLE sync_outbox (
      seq       INTEGER PRIMARY KEY,
      dataset   TEXT NOT NULL,
      local_id  TEXT NOT NULL,
      col       TEXT NOT NULL
    );

    -- Which local row each sync id names.
    CREATE TABLE sync_rows (
      dataset   TEXT NOT NULL,
      local_id  TEXT NOT NULL,
      sync_id   TEXT NOT NULL,
      PRIMARY KEY (dataset, local_id),
      UNIQUE (dataset, sync_id)
    );

    -- The timestamp of the value each cell holds: an incoming message wins only when it is later.
    CREATE TABLE sync_cells (
      dataset  TEXT NOT NULL,
      sync_id  TEXT NOT NULL,
      col      TEXT NOT NULL,
      stamp    TEXT NOT NULL,
      PRIMARY KEY (dataset, sync_id, col)
    ) WITHOUT ROWID;

    -- Cells that cannot be applied yet: their row's job or file has not arrived, or their clock is far ahead.
    CREATE TABLE sync_waiting (
      dataset     TEXT NOT NULL,
      sync_id     TEXT NOT NULL,
      col         TEXT NOT NULL,
      stamp       TEXT NOT NULL,
      value_json  TEXT NOT NULL,
      PRIMARY KEY (dataset, sync_id, col)
    ) WITHOUT ROWID;

    -- How far each other computer's file has been read cleanly.
    CREATE TABLE sync_files (
      path     TEXT PRIMARY KEY,
      size     INTEGER NOT NULL,
      read_to  INTEGER NOT NULL
    );
  `,
};
