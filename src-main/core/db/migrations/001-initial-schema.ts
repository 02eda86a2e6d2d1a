import type { Migration } from './migration';

export const migration: Migration = {
  version: 1,
  name: 'initial schema',
  sql: /* sql */ `
    CREATE TABLE board_columns (
      id        INTEGER PRIMARY KEY,
      key       TEXT NOT NULL UNIQUE,
      name      TEXT NOT NULL,
      position  REAL NOT NULL,
      hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      closes    INTEGER NOT NULL DEFAULT 0 CHECK (closes IN (0, 1))
    );

    INSERT INTO board_columns (key, name, position, closes) VALUES
      ('saved', 'Saved', 1024, 0),
      ('applied', 'Applied', 2048, 0),
      ('interviewing', 'Interviewing', 3072, 0),
      ('offer', 'Offer', 4096, 0),
      ('closed', 'Closed', 5120, 1);

    CREATE TABLE imports (
      id             INTEGER PRIMARY KEY,
      origin         TEXT NOT NULL,
      started_at     TEXT NOT NULL,
      finished_at    TEXT,
      files_total    INTEGER NOT NULL DEFAULT 0,
      jobs_imported  INTEGER NOT NULL DEFAULT 0,
      duplicates     INTEGER NOT NULL DEFAULT 0,
      failures       INTEGER NOT NULL DEFAULT 0,
      report_json    TEXT
    );

    -- The original bytes of every imported file, compressed, so a listing
    -- can be re-extracted when the extractors improve.
    CREATE TABLE source_files (
      id             INTEGER PRIMARY KEY,
      import_id      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
      file_name      TEXT NOT NULL,
      original_path  TEXT,
      content_hash   TEXT NOT NULL UNIQUE,
      byte_size      INTEGER NOT NULL,
      compressed     BLOB NOT NULL,
      saved_at       TEXT,
      imported_at    TEXT NOT NULL
    );

    CREATE TABLE jobs (
      id                INTEGER PRIMARY KEY,
      title             TEXT NOT NULL,
      company           TEXT NOT NULL,
      location          TEXT,
      remote            TEXT CHECK (remote IN ('remote', 'hybrid', 'onsite')),
      employment_type   TEXT,
      salary_min        REAL,
      salary_max        REAL,
      salary_currency   TEXT,
      salary_period     TEXT CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')),
      salary_text       TEXT,
      category          TEXT,
      url               TEXT,
      apply_url         TEXT,
      logo_url          TEXT,
      tags_json         TEXT NOT NULL DEFAULT '[]',
      posted_at         TEXT,
      description_html  TEXT,
      description_text  TEXT,
      source_file_id    INTEGER REFERENCES source_files(id) ON DELETE SET NULL,
      content_hash      TEXT,
      column_id         INTEGER NOT NULL REFERENCES board_columns(id),
      position          REAL NOT NULL,
      outcome           TEXT CHECK (outcome IN ('accepted', 'rejected', 'withdrawn', 'ghosted', 'no_reply')),
      imported_at       TEXT,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    CREATE INDEX jobs_by_column ON jobs (column_id, position);
    CREATE INDEX jobs_by_url ON jobs (url);
    CREATE INDEX jobs_by_apply_url ON jobs (apply_url);
    CREATE INDEX jobs_by_company_title ON jobs (lower(company), lower(title));

    CREATE TABLE stages (
      id                INTEGER PRIMARY KEY,
      job_id            INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      position          REAL NOT NULL,
      kind              TEXT NOT NULL,
      title             TEXT NOT NULL,
      duration_minutes  INTEGER,
      starts_at         TEXT,
      time_zone         TEXT,
      location          TEXT,
      interviewers      TEXT,
      status            TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'scheduled', 'done', 'passed', 'failed', 'cancelled')),
      prep_notes        TEXT,
      checklist_json    TEXT NOT NULL DEFAULT '[]',
      outcome_notes     TEXT,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    CREATE INDEX stages_by_job ON stages (job_id, position);
    CREATE INDEX stages_by_start ON stages (starts_at);

    CREATE TABLE notes (
      id          INTEGER PRIMARY KEY,
      job_id      INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      body        TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    );
    CREATE INDEX notes_by_job ON notes (job_id);

    CREATE TABLE contacts (
      id          INTEGER PRIMARY KEY,
      job_id      INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      role        TEXT,
      email       TEXT,
      link        TEXT,
      created_at  TEXT NOT NULL
    );
    CREATE INDEX contacts_by_job ON contacts (job_id);

    CREATE TABLE status_history (
      id              INTEGER PRIMARY KEY,
      job_id          INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      from_column_id  INTEGER REFERENCES board_columns(id),
      to_column_id    INTEGER NOT NULL REFERENCES board_columns(id),
      outcome         TEXT,
      changed_at      TEXT NOT NULL
    );
    CREATE INDEX status_history_by_job ON status_history (job_id, changed_at);
  `,
};
