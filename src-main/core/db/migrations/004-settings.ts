import type { Migration } from './migration';

export const migration: Migration = {
  version: 4,
  name: 'user settings',
  sql: /* sql */ `
    CREATE TABLE settings (
      key         TEXT PRIMARY KEY,
      value_json  TEXT NOT NULL
    );
  `,
};
