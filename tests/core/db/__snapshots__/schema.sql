-- index job_documents_by_document
CREATE INDEX job_documents_by_document ON job_documents (document_id);

-- index job_people_by_person
CREATE INDEX job_people_by_person ON job_people (person_id);

-- index jobs_by_apply_url
CREATE INDEX jobs_by_apply_url ON jobs (apply_url);

-- index jobs_by_column
CREATE INDEX jobs_by_column ON jobs (column_id, position);

-- index jobs_by_company_key
CREATE INDEX jobs_by_company_key ON jobs (company_key, applied_on);

-- index jobs_by_company_title
CREATE INDEX jobs_by_company_title ON jobs (lower(company), lower(title));

-- index jobs_by_url
CREATE INDEX jobs_by_url ON jobs (url);

-- index jobs_journey
CREATE INDEX jobs_journey ON jobs (deleted_at, id, column_id, outcome, created_at);

-- index jobs_live_by_column
CREATE INDEX jobs_live_by_column ON jobs (deleted_at, column_id, position);

-- index jobs_live_titles_by_company_key
CREATE INDEX jobs_live_titles_by_company_key ON jobs (company_key, title) WHERE deleted_at IS NULL;

-- index notes_by_job
CREATE INDEX notes_by_job ON notes (job_id);

-- index people_by_email
CREATE INDEX people_by_email ON people (lower(email));

-- index stages_by_job
CREATE INDEX stages_by_job ON stages (job_id, position);

-- index stages_by_start
CREATE INDEX stages_by_start ON stages (starts_at);

-- index status_history_by_job
CREATE INDEX status_history_by_job ON status_history (job_id, changed_at);

-- table board_columns
CREATE TABLE board_columns ( id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, position REAL NOT NULL, hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)), closes INTEGER NOT NULL DEFAULT 0 CHECK (closes IN (0, 1)) );

-- table documents
CREATE TABLE documents ( id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL, media_type TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('resume', 'cover_letter', 'portfolio', 'offer_letter', 'other')), version_label TEXT, byte_size INTEGER NOT NULL CHECK (byte_size > 0), content BLOB NOT NULL, text TEXT, created_at TEXT NOT NULL );

-- table imports
CREATE TABLE imports ( id INTEGER PRIMARY KEY, origin TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, files_total INTEGER NOT NULL DEFAULT 0, jobs_imported INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, report_json TEXT );

-- table job_documents
CREATE TABLE job_documents ( job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, document_id INTEGER NOT NULL REFERENCES documents(id), attached_at TEXT NOT NULL, PRIMARY KEY (job_id, document_id) );

-- table job_people
CREATE TABLE job_people ( job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, added_at TEXT NOT NULL, PRIMARY KEY (job_id, person_id) );

-- table jobs
CREATE TABLE jobs ( id INTEGER PRIMARY KEY, title TEXT NOT NULL, company TEXT NOT NULL, location TEXT, remote TEXT CHECK (remote IN ('remote', 'hybrid', 'onsite')), employment_type TEXT, salary_min REAL, salary_max REAL, salary_currency TEXT, salary_period TEXT CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')), salary_text TEXT, category TEXT, url TEXT, apply_url TEXT, logo_url TEXT, tags_json TEXT NOT NULL DEFAULT '[]', posted_at TEXT, description_html TEXT, description_text TEXT, source_file_id INTEGER REFERENCES source_files(id) ON DELETE SET NULL, content_hash TEXT, column_id INTEGER NOT NULL REFERENCES board_columns(id), position REAL NOT NULL, outcome TEXT CHECK (outcome IN ('accepted', 'rejected', 'withdrawn', 'ghosted', 'no_reply')), imported_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , deleted_at TEXT, remote_images_allowed INTEGER NOT NULL DEFAULT 0, applied_on TEXT, apply_by TEXT, follow_up_on TEXT, priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3), company_key TEXT);

-- table jobs_fts
CREATE VIRTUAL TABLE jobs_fts USING fts5( title, company, description_text, content = 'jobs', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2' );

-- table jobs_fts_config
CREATE TABLE 'jobs_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table jobs_fts_data
CREATE TABLE 'jobs_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table jobs_fts_docsize
CREATE TABLE 'jobs_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table jobs_fts_idx
CREATE TABLE 'jobs_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table notes
CREATE TABLE notes ( id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table people
CREATE TABLE people ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT, company TEXT, email TEXT, phone TEXT, link TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table settings
CREATE TABLE settings ( key TEXT PRIMARY KEY, value_json TEXT NOT NULL );

-- table source_files
CREATE TABLE source_files ( id INTEGER PRIMARY KEY, import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL, file_name TEXT NOT NULL, original_path TEXT, content_hash TEXT NOT NULL UNIQUE, byte_size INTEGER NOT NULL, compressed BLOB NOT NULL, saved_at TEXT, imported_at TEXT NOT NULL );

-- table stages
CREATE TABLE stages ( id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, position REAL NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, duration_minutes INTEGER, starts_at TEXT, time_zone TEXT, location TEXT, interviewers TEXT, status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'scheduled', 'done', 'passed', 'failed', 'cancelled')), prep_notes TEXT, checklist_json TEXT NOT NULL DEFAULT '[]', outcome_notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL );

-- table status_history
CREATE TABLE status_history ( id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, from_column_id INTEGER REFERENCES board_columns(id), to_column_id INTEGER NOT NULL REFERENCES board_columns(id), outcome TEXT, changed_at TEXT NOT NULL );

-- table sync_files
CREATE TABLE sync_files ( path TEXT PRIMARY KEY, size INTEGER NOT NULL, read_to INTEGER NOT NULL , head TEXT);

-- table sync_local
CREATE TABLE sync_local ( key TEXT PRIMARY KEY, value_json TEXT NOT NULL );

-- table sync_outbox
CREATE TABLE sync_outbox ( seq INTEGER PRIMARY KEY, dataset TEXT NOT NULL, local_id TEXT NOT NULL, col TEXT NOT NULL );

-- table sync_rows
CREATE TABLE sync_rows ( dataset TEXT NOT NULL, local_id TEXT NOT NULL, sync_id TEXT NOT NULL, PRIMARY KEY (dataset, local_id), UNIQUE (dataset, sync_id) );

-- table sync_stamps
CREATE TABLE sync_stamps ( dataset TEXT NOT NULL, sync_id TEXT NOT NULL, stamps_json TEXT NOT NULL, PRIMARY KEY (dataset, sync_id) ) WITHOUT ROWID;

-- table sync_waiting
CREATE TABLE sync_waiting ( dataset TEXT NOT NULL, sync_id TEXT NOT NULL, col TEXT NOT NULL, stamp TEXT NOT NULL, value_json TEXT NOT NULL, PRIMARY KEY (dataset, sync_id, col) ) WITHOUT ROWID;

-- trigger jobs_fts_delete
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN INSERT INTO jobs_fts (jobs_fts, rowid, title, company, description_text) VALUES ('delete', old.id, old.title, old.company, old.description_text); END;

-- trigger jobs_fts_insert
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN INSERT INTO jobs_fts (rowid, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text); END;

-- trigger jobs_fts_update
CREATE TRIGGER jobs_fts_update AFTER UPDATE OF title, company, description_text ON jobs BEGIN INSERT INTO jobs_fts (jobs_fts, rowid, title, company, description_text) VALUES ('delete', old.id, old.title, old.company, old.description_text); INSERT INTO jobs_fts (rowid, title, company, description_text) VALUES (new.id, new.title, new.company, new.description_text); END;
