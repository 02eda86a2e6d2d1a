import type { Migration } from './migration';

export const migration: Migration = {
  version: 7,
  name: 'dates and priority the user tracks',
  sql: /* sql */ `
    -- Calendar days (yyyy-MM-dd), not instants: "applied on 3 March" means the
    -- same day wherever the user is when they read it.
    ALTER TABLE jobs ADD COLUMN applied_on TEXT;
    ALTER TABLE jobs ADD COLUMN apply_by TEXT;
    ALTER TABLE jobs ADD COLUMN follow_up_on TEXT;
    ALTER TABLE jobs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3);

    -- Jobs that already went through Applied keep the day they first got there
    -- (the UTC day of the move: the only day the history holds).
    UPDATE jobs SET applied_on = (
      SELECT substr(min(h.changed_at), 1, 10) FROM status_history h
      JOIN board_columns c ON c.id = h.to_column_id
      WHERE h.job_id = jobs.id AND c.key = 'applied'
    );
  `,
};
