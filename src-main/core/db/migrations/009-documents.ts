import type { Migration } from './migration';

export const migration: Migration = {
  version: 9,
  name: 'documents sent with applications',
  sql: /* sql */ `
    -- One row per distinct file (by content hash), however many jobs it went to.
    -- The bytes live in the database, so backups and exports carry them, and an
    -- attach is one transaction: a crash leaves the file attached or not at all.
    CREATE TABLE documents (
      id             INTEGER PRIMARY KEY,
      content_hash   TEXT NOT NULL UNIQUE,
      file_name      TEXT NOT NULL,
      media_type     TEXT NOT NULL,
      kind           TEXT NOT NULL CHECK (kind IN ('resume', 'cover_letter', 'portfolio', 'offer_letter', 'other')),
      version_label  TEXT,
      byte_size      INTEGER NOT NULL CHECK (byte_size > 0),
      content        BLOB NOT NULL,
      text           TEXT,
      created_at     TEXT NOT NULL
    );

    CREATE TABLE job_documents (
      job_id       INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      document_id  INTEGER NOT NULL REFERENCES documents(id),
      attached_at  TEXT NOT NULL,
      PRIMARY KEY (job_id, document_id)
    );
    CREATE INDEX job_documents_by_document ON job_documents (document_id);
  `,
};
