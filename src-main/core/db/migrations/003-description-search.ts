import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'full-text index of descriptions, kept in step by triggers',
  sql: /* sql */ `
    CREATE VIRTUAL TABLE jobs_fts USING fts5(
      title, company, description_text,
      content = 'jobs', content_rowid = 'id',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    INSERT INTO jobs_fts (rowid, title, company, description_text) SELECT id, title, company, description_text FROM jobs;
    CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
      INSERT INTO jobs_fts (rowid, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text);
    END;
    CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
      INSERT INTO jobs_fts (jobs_fts, rowid, title, company, description_text)
      VALUES ('delete', old.id, old.title, old.company, old.description_text);
    END;
    CREATE TRIGGER jobs_fts_update AFTER UPDATE OF title, company, description_text ON jobs BEGIN
      INSERT INTO jobs_fts (jobs_fts, rowid, title, company, description_text)
      VALUES ('delete', old.id, old.title, old.company, old.description_text);
      INSERT INTO jobs_fts (rowid, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text);
    END;
  `,
};
