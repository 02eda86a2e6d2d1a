import { describe, expect, it } from 'vitest';
import { addJob, getBoard } from '../../../src-main/core/services/jobs-service';
import { deleteJob } from '../../../src-main/core/services/board-service';
import { exportJson } from '../../../src-main/core/services/export-service';
import { readExport, restoreExport, withPeople } from '../../../src-main/core/services/restore-service';
import { startImport } from '../../../src-main/core/repos/imports-repo';
import { testCore } from '../../support/helpers';

/** An export of a folder holding one job, as an object to bend. */
async function anExport() {
  const core = await testCore();
  addJob(core.db, { title: 'Data Engineer', company: 'Globex' }, core.clock);
  return JSON.parse(exportJson(core.db, core.clock, '0.0.0-test')) as {
    formatVersion: number;
    schemaVersion: number;
    tables: Record<string, Record<string, unknown>[]>;
  };
}

describe('reading an export', () => {
  it('says where a file breaks the export’s shape', async () => {
    const { db } = await testCore();
    const exported = await anExport();
    const read = (changed: object) => () => readExport(db, JSON.stringify({ ...exported, ...changed }));
    expect(read({ formatVersion: 0 })).toThrow(/^Not a Quarry export \(at formatVersion\): .+\.$/u);
    expect(read({ tables: { jobs: 'none' } })).toThrow(
      'Not a Quarry export (at tables.jobs): each table must be a list of rows.',
    );
    expect(read({ tables: { jobs: [{ title: { html: 'x' } }] } })).toThrow(
      /^Not a Quarry export \(at tables\.jobs\.0\.title\): /u,
    );
    expect(read({ tables: { jobs: [], secrets: [] } })).toThrow('Not a Quarry export: unknown table “secrets”.');
    expect(read({ formatVersion: 2 })).toThrow('This export comes from a newer Quarry: update Quarry, then import it.');
    expect(read({})().tables.jobs).toHaveLength(1);
  });
});

describe('an export from before people', () => {
  it('leaves tables without contacts as they are', () => {
    const tables = { jobs: [{ id: 1 }] };
    expect(withPeople(tables)).toBe(tables);
  });

  it('makes one person per email, one per contact without one, and links each job to a person once', () => {
    const tables = withPeople({
      contacts: [
        { id: 3, job_id: 1, name: 'Ana', email: null, created_at: '2026-01-01' },
        { id: 4, job_id: 1, name: 'Ana', email: null, created_at: '2026-01-02' },
        { id: 5, job_id: 1, name: 'Bo', email: 'bo@x.example', created_at: '2026-02-01' },
        { id: 6, job_id: 1, name: 'Bo again', email: 'BO@x.example', created_at: '2026-01-15' },
        { id: 8, email: 'cy@x.example' },
      ],
    });
    expect(tables.people).toEqual([
      {
        id: 3,
        name: 'Ana',
        role: null,
        company: null,
        email: null,
        link: null,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
      },
      {
        id: 4,
        name: 'Ana',
        role: null,
        company: null,
        email: null,
        link: null,
        created_at: '2026-01-02',
        updated_at: '2026-01-02',
      },
      {
        id: 5,
        name: 'Bo',
        role: null,
        company: null,
        email: 'bo@x.example',
        link: null,
        created_at: '2026-02-01',
        updated_at: '2026-02-01',
      },
      { id: 8, name: '', role: null, company: null, email: 'cy@x.example', link: null, created_at: null, updated_at: null },
    ]);
    expect(tables.job_people).toEqual([
      { job_id: 1, person_id: 3, added_at: '2026-01-01' },
      { job_id: 1, person_id: 4, added_at: '2026-01-02' },
      { job_id: 1, person_id: 5, added_at: '2026-02-01' },
      { job_id: null, person_id: 8, added_at: null },
    ]);
  });
});

describe('restoring an export', () => {
  it('refuses a folder that holds anything, saying what it holds', async () => {
    const exported = await anExport();
    const data = (db: Parameters<typeof readExport>[0]) => readExport(db, JSON.stringify(exported));
    const advice = '. Restore an export into an empty Quarry, or choose to replace everything (your data is backed up first).';

    const withJobs = await testCore();
    addJob(withJobs.db, { title: 'Designer', company: 'Initech' }, withJobs.clock);
    expect(() => restoreExport(withJobs.db, data(withJobs.db))).toThrow(`Quarry already has jobs here${advice}`);

    const withDeleted = await testCore();
    const { id } = addJob(withDeleted.db, { title: 'Designer', company: 'Initech' }, withDeleted.clock);
    deleteJob(withDeleted.db, id, withDeleted.clock);
    expect(() => restoreExport(withDeleted.db, data(withDeleted.db))).toThrow(
      `This data folder still keeps a deleted job (so deletes can be undone)${advice}`,
    );
    const second = addJob(withDeleted.db, { title: 'Writer', company: 'Initech' }, withDeleted.clock);
    deleteJob(withDeleted.db, second.id, withDeleted.clock);
    expect(() => restoreExport(withDeleted.db, data(withDeleted.db))).toThrow(/^This data folder still keeps 2 deleted jobs /u);

    const withImports = await testCore();
    startImport(withImports.db, 'files', '2026-11-01T00:00:00.000Z', 1);
    expect(() => restoreExport(withImports.db, data(withImports.db))).toThrow(
      `This data folder already keeps the record of earlier imports${advice}`,
    );
    expect(restoreExport(withImports.db, data(withImports.db), { replace: true }).jobs).toBe(1);
  });

  it('refuses an export without board columns, or with a row that points nowhere, and leaves the folder as it was', async () => {
    const exported = await anExport();
    const { db, clock } = await testCore();
    const restore = (tables: object) => () => restoreExport(db, readExport(db, JSON.stringify({ ...exported, tables })));
    expect(restore({ ...exported.tables, board_columns: [] })).toThrow('Not a Quarry export: it has no board columns.');
    const astray = exported.tables.jobs!.map((job) => ({ ...job, column_id: 404 }));
    expect(restore({ ...exported.tables, jobs: astray })).toThrow(
      'Not a Quarry export: a row of jobs does not fit (FOREIGN KEY constraint failed).',
    );
    const twice = [...exported.tables.board_columns!, exported.tables.board_columns![0]!];
    expect(restore({ ...exported.tables, board_columns: twice })).toThrow(
      /^Not a Quarry export: a row of board_columns does not fit \(UNIQUE constraint failed: /u,
    );
    expect(getBoard(db, clock)).toMatchObject({ cards: [], columns: { length: 5 } });
  });
});
