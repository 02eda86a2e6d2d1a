import type { Migration } from './migration';

export const migration: Migration = {
  version: 5,
  name: 'remote images opt-in per job',
  sql: /* sql */ `
    ALTER TABLE jobs ADD COLUMN remote_images_allowed INTEGER NOT NULL DEFAULT 0;
  `,
};
