import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, migrate, openDataDir, schemaVersion } from '../../../src-main/core/db/database';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { fillCompanyKeys } from '../../../src-main/core/repos/companies-repo';
import { openFilesUnder, tempDir } from '../../support/helpers';

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );
}

describe('migrations', () => {
  it('numbers migrations 1..n without gaps', async () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('opens a data folder with WAL, foreign keys and the latest schema, and reopens it unchanged', async () => {
    const dir = tempDir();
    const first = await openDataDir(dir);
    expect(first.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(first)).toBe(MIGRATIONS.length);
    first.close();
    const second = await openDataDir(dir);
    expect(schemaVersion(second)).toBe(MIGRATIONS.length);
    expect(second.prepare('SELECT count(*) AS n FROM board_columns').get()).toEqual({ n: 5 });
    second.close();
  });

  it('applies pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'good', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO missing VALUES (1);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no such table: missing/);
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer version', async () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    await expect(openDataDir(dir)).rejects.toMatchObject({ code: 'storage' });
    // The refused connection is closed: nothing holds the file.
    expect(openFilesUnder(dir)).toEqual([]);
    await expect(openDataDir(dir)).rejects.toThrow(
      `This data folder was written by a newer Quarry (schema ${MIGRATIONS.length + 1}; this version knows ${MIGRATIONS.length}). Update Quarry to open it.`,
    );
  });

  it('rejects misnumbered migrations', async () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'skipped one', sql: '' }])).toThrow(
      'Migration "skipped one" is numbered 2, expected 1',
    );
    db.close();
  });

  it('backs up before migrating only a folder that has data at an older schema', async () => {
    const dir = tempDir();
    const seen: number[] = [];
    const beforeMigrating = async (db: Database.Database) => void seen.push(schemaVersion(db));
    (await openDataDir(dir, { migrations: MIGRATIONS.slice(0, 2), beforeMigrating })).close();
    expect(seen).toEqual([]);
    (await openDataDir(dir, { beforeMigrating })).close();
    expect(seen).toEqual([2]);
    (await openDataDir(dir, { beforeMigrating })).close();
    expect(seen).toEqual([2]);
  });

  it('brings an older folder up to date without a backup step too (the CLI and tests open that way)', async () => {
    const dir = tempDir();
    (await openDataDir(dir, { migrations: MIGRATIONS.slice(0, 2) })).close();
    const db = await openDataDir(dir);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('writes nothing when opening a folder that is up to date', async () => {
    const dir = tempDir();
    (await openDataDir(dir)).close();
    const db = await openDataDir(dir);
    expect(statSync(join(dir, `${DATABASE_FILE}-wal`)).size).toBe(0);
    db.close();
  });

  it('names the database when a migration fails on it, and lets go of the file', async () => {
    const dir = tempDir();
    const broken = [{ version: 1, name: 'bad', sql: 'INSERT INTO missing VALUES (1);' }];
    await expect(openDataDir(dir, { migrations: broken })).rejects.toThrow(
      expect.objectContaining({
        code: 'storage',
        message: `Cannot prepare the database ${join(dir, DATABASE_FILE)}: no such table: missing`,
      }),
    );
    expect(openFilesUnder(dir)).toEqual([]);
  });

  it('says which version a migration run leaves, and that nothing was pending', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('says so when the data folder cannot be made, or the database file cannot be opened', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    await expect(openDataDir(join(file, 'inside'))).rejects.toThrow(/^Cannot create the data folder .+a-file\/inside: /u);
    await expect(openDataDir(join(file, 'inside'))).rejects.toMatchObject({ code: 'storage' });
    const dir = tempDir();
    mkdirSync(join(dir, DATABASE_FILE));
    await expect(openDataDir(dir)).rejects.toThrow(/^Cannot (open|prepare) the database .+quarry\.db/u);
  });

  it('explains a file that is not a database', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, DATABASE_FILE), 'this is not sqlite'.repeat(100));
    await expect(openDataDir(dir)).rejects.toThrow(/not a Quarry database/);
  });
});

describe('migration 1', () => {
  it('creates the first schema with the default columns', async () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual([
      'board_columns',
      'contacts',
      'imports',
      'jobs',
      'notes',
      'source_files',
      'stages',
      'status_history',
    ]);
    const columns = db.prepare('SELECT key, name, closes FROM board_columns ORDER BY position').all();
    expect(columns).toEqual([
      { key: 'saved', name: 'Saved', closes: 0 },
      { key: 'applied', name: 'Applied', closes: 0 },
      { key: 'interviewing', name: 'Interviewing', closes: 0 },
      { key: 'offer', name: 'Offer', closes: 0 },
      { key: 'closed', name: 'Closed', closes: 1 },
    ]);
    db.close();
  });
});

describe('migration 2', () => {
  it('adds soft delete to existing version-1 databases without losing jobs', async () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('T', 'C', 1, 1024, 'now', 'now')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT title, deleted_at AS deletedAt FROM jobs').all()).toEqual([{ title: 'T', deletedAt: null }]);
    db.close();
  });
});

/** A database at `version`, with one job saved before the next migration runs. */
function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare(
    "INSERT INTO jobs (title, company, description_text, column_id, position, created_at, updated_at) VALUES ('Data Engineer', 'Acme', 'Build pipelines in Kotlin', 1, 1024, 'now', 'now')",
  ).run();
  return db;
}

describe('migration 3', () => {
  it('indexes the descriptions already saved, and keeps the index in step with every later change', () => {
    const db = databaseAt(2);
    migrate(db, MIGRATIONS.slice(0, 3));
    const matches = (query: string) =>
      (db.prepare('SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?').all(query) as { rowid: number }[]).map((row) => row.rowid);
    expect(matches('kotlin')).toEqual([1]);
    db.prepare("UPDATE jobs SET description_text = 'Build pipelines in Scala' WHERE id = 1").run();
    expect(matches('kotlin')).toEqual([]);
    expect(matches('scala')).toEqual([1]);
    db.prepare('DELETE FROM jobs WHERE id = 1').run();
    expect(matches('scala')).toEqual([]);
    db.close();
  });
});

describe('migration 4', () => {
  it('adds a settings table holding one JSON value per key', () => {
    const db = databaseAt(3);
    migrate(db, MIGRATIONS.slice(0, 4));
    db.prepare("INSERT INTO settings (key, value_json) VALUES ('followUpDays', '7')").run();
    expect(() => db.prepare("INSERT INTO settings (key, value_json) VALUES ('followUpDays', '9')").run()).toThrow(/UNIQUE/u);
    db.close();
  });
});

describe('migration 5', () => {
  it('keeps remote images off for every job saved before it', () => {
    const db = databaseAt(4);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.prepare('SELECT remote_images_allowed AS allowed FROM jobs').all()).toEqual([{ allowed: 0 }]);
    db.close();
  });
});

describe('migration 6', () => {
  it('lets Insights read every live job from an index instead of the rows holding descriptions', () => {
    const db = databaseAt(5);
    migrate(db, MIGRATIONS.slice(0, 6));
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id, column_id, outcome, created_at FROM jobs WHERE deleted_at IS NULL')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/COVERING INDEX jobs_journey/u);
    db.close();
  });
});

describe('migration 7', () => {
  it('keeps the day each job first reached Applied, and refuses a priority outside 0-3', () => {
    const db = databaseAt(6);
    db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('Never applied', 'Acme', 1, 2048, 'now', 'now')",
    ).run();
    const move = db.prepare('INSERT INTO status_history (job_id, from_column_id, to_column_id, changed_at) VALUES (1, ?, ?, ?)');
    move.run(1, 2, '2026-03-03T09:00:00.000Z');
    move.run(2, 3, '2026-03-10T09:00:00.000Z');
    move.run(3, 2, '2026-04-01T09:00:00.000Z');
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(db.prepare('SELECT id, applied_on AS appliedOn, priority FROM jobs ORDER BY id').all()).toEqual([
      { id: 1, appliedOn: '2026-03-03', priority: 0 },
      { id: 2, appliedOn: null, priority: 0 },
    ]);
    expect(() => db.prepare('UPDATE jobs SET priority = 4 WHERE id = 1').run()).toThrow(/CHECK/u);
    db.close();
  });
});

describe('migration 8', () => {
  it('adds the indexed key a company matches under; opening the folder fills it for every job', () => {
    const db = databaseAt(7);
    const insert = db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('Engineer', ?, 1, ?, 'now', 'now')",
    );
    insert.run('Acme Inc.', 1024);
    insert.run('ACME', 2048);
    insert.run('Société Générale S.A.', 3072);
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(db.prepare('SELECT count(*) AS n FROM jobs WHERE company_key IS NOT NULL').get()).toEqual({ n: 0 });
    fillCompanyKeys(db);
    expect(db.prepare("SELECT company_key AS key FROM jobs WHERE title = 'Engineer' ORDER BY id").all()).toEqual([
      { key: 'acme' },
      { key: 'acme' },
      { key: 'societe generale' },
    ]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE company_key = 'acme'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/jobs_by_company_key/u);
    db.close();
  });
});

describe('migration 9', () => {
  it('keeps each document once, tied to jobs; removing a job drops only its links', () => {
    const db = databaseAt(8);
    db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES ('Engineer', 'Acme', 1, 1024, 'now', 'now')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 9));
    const insert = db.prepare(
      "INSERT INTO documents (content_hash, file_name, media_type, kind, byte_size, content, created_at) VALUES (?, 'cv.pdf', 'application/pdf', ?, ?, x'00', 'now')",
    );
    insert.run('hash', 'resume', 1);
    expect(() => insert.run('hash', 'resume', 1)).toThrow(/UNIQUE/u);
    expect(() => insert.run('other', 'photo', 1)).toThrow(/CHECK/u);
    expect(() => insert.run('empty', 'resume', 0)).toThrow(/CHECK/u);
    const jobId = (db.prepare('SELECT max(id) AS id FROM jobs').get() as { id: number }).id;
    db.prepare("INSERT INTO job_documents (job_id, document_id, attached_at) VALUES (?, 1, 'now')").run(jobId);
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM jobs WHERE id = ?').run(jobId);
    expect(db.prepare('SELECT count(*) AS n FROM job_documents').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 10', () => {
  it('makes each contact a person, one per email across jobs, and drops the per-job contacts', () => {
    const db = databaseAt(9);
    const job = db.prepare(
      "INSERT INTO jobs (title, company, column_id, position, created_at, updated_at) VALUES (?, ?, 1, ?, 'now', 'now')",
    );
    const first = Number(job.run('Engineer', 'Acme', 1024).lastInsertRowid);
    const second = Number(job.run('Platform Engineer', 'Globex', 2048).lastInsertRowid);
    const contact = db.prepare('INSERT INTO contacts (job_id, name, role, email, link, created_at) VALUES (?, ?, ?, ?, NULL, ?)');
    contact.run(first, 'Sam Rivera', 'Recruiter', 'sam@agency.example', '2026-03-01T09:00:00.000Z');
    contact.run(second, 'Samantha Rivera', null, 'SAM@agency.example', '2026-04-01T09:00:00.000Z');
    contact.run(first, 'Alex Kim', 'Hiring manager', null, '2026-03-02T09:00:00.000Z');
    contact.run(second, 'Alex Kim', 'Hiring manager', null, '2026-04-02T09:00:00.000Z');
    migrate(db, MIGRATIONS.slice(0, 10));
    expect(tableNames(db)).not.toContain('contacts');
    expect(
      db
        .prepare('SELECT name, role, company, email, created_at AS createdAt, updated_at AS updatedAt FROM people ORDER BY id')
        .all(),
    ).toEqual([
      {
        name: 'Sam Rivera',
        role: 'Recruiter',
        company: 'Acme',
        email: 'sam@agency.example',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-04-01T09:00:00.000Z',
      },
      {
        name: 'Alex Kim',
        role: 'Hiring manager',
        company: 'Acme',
        email: null,
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
      },
      {
        name: 'Alex Kim',
        role: 'Hiring manager',
        company: 'Globex',
        email: null,
        createdAt: '2026-04-02T09:00:00.000Z',
        updatedAt: '2026-04-02T09:00:00.000Z',
      },
    ]);
    expect(db.prepare('SELECT job_id AS jobId, person_id AS personId FROM job_people ORDER BY job_id, person_id').all()).toEqual([
      { jobId: first, personId: 1 },
      { jobId: first, personId: 3 },
      { jobId: second, personId: 1 },
      { jobId: second, personId: 4 },
    ]);
    db.close();
  });
});

describe('migration 11', () => {
  it('adds sync’s bookkeeping, empty, and leaves every job as it was', () => {
    const db = databaseAt(10);
    migrate(db, MIGRATIONS.slice(0, 11));
    for (const table of ['sync_local', 'sync_outbox', 'sync_rows', 'sync_cells', 'sync_waiting', 'sync_files']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT title, company FROM jobs').all()).toEqual([{ title: 'Data Engineer', company: 'Acme' }]);
    // Capture exists only while sync is on: a new database has no trigger writing to the outbox.
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'sync_capture_%'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 12', () => {
  it('keeps each synced row’s cell stamps as one record, losing none', () => {
    const db = databaseAt(11);
    const stamp = db.prepare('INSERT INTO sync_cells (dataset, sync_id, col, stamp) VALUES (?, ?, ?, ?)');
    stamp.run('jobs', 'listing:abc', 'title', '2026-12-01T10:00:00.000Z-0000-00000000000000AA');
    stamp.run('jobs', 'listing:abc', '_deleted', '2026-12-01T09:00:00.000Z-0000-00000000000000AA');
    stamp.run('notes', 'content:1', 'body', '2026-12-01T11:00:00.000Z-0001-00000000000000BB');
    migrate(db, MIGRATIONS.slice(0, 12));
    expect(tableNames(db)).not.toContain('sync_cells');
    const records = db
      .prepare('SELECT dataset, sync_id AS syncId, stamps_json AS json FROM sync_stamps ORDER BY dataset')
      .all() as {
      dataset: string;
      syncId: string;
      json: string;
    }[];
    expect(records.map((record) => ({ ...record, json: JSON.parse(record.json) as unknown }))).toEqual([
      {
        dataset: 'jobs',
        syncId: 'listing:abc',
        json: {
          title: '2026-12-01T10:00:00.000Z-0000-00000000000000AA',
          _deleted: '2026-12-01T09:00:00.000Z-0000-00000000000000AA',
        },
      },
      { dataset: 'notes', syncId: 'content:1', json: { body: '2026-12-01T11:00:00.000Z-0001-00000000000000BB' } },
    ]);
    db.close();
  });
});

describe('migration 13', () => {
  it('keeps how far each file was read, with no first-line checksum yet (the next pass takes the file as it is)', () => {
    const db = databaseAt(12);
    db.prepare('INSERT INTO sync_files (path, size, read_to) VALUES (?, ?, ?)').run('AAAA/messages/000001.jsonl', 900, 869);
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(db.prepare('SELECT path, size, read_to AS readTo, head FROM sync_files').all()).toEqual([
      { path: 'AAAA/messages/000001.jsonl', size: 900, readTo: 869, head: null },
    ]);
    db.close();
  });
});

describe('the schema', () => {
  it('matches the committed snapshot: a change to it is a new migration and a reviewed snapshot', async () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const schema = (
      db.prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name').all() as {
        type: string;
        name: string;
        sql: string;
      }[]
    )
      .map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/\s+/gu, ' ').trim()};`)
      .join('\n\n');
    db.close();
    await expect(`${schema}\n`).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('has a test for every migration', () => {
    const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    for (const migration of MIGRATIONS) expect(source).toMatch(new RegExp(`describe\\('migration ${migration.version}'`, 'u'));
  });
});
