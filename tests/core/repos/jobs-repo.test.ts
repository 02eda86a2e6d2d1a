import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ReadableDb } from '../../../src-main/core/db/database';
import { migrate } from '../../../src-main/core/db/database';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { EMPTY_JOB_FIELDS, findJob, insertJob, updateJobFields } from '../../../src-main/core/repos/jobs-repo';

function database() {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  return db;
}

describe('jobs repository', () => {
  it('stores a salary in its five columns and reads it back whole', () => {
    const db = database();
    const salary = { min: 70_000, max: 80_000, currency: 'EUR', period: 'year' as const, text: '€70k–€80k' };
    const id = insertJob(
      db,
      { ...EMPTY_JOB_FIELDS, title: 'Data Engineer', company: 'Acme', salary },
      { columnId: 1, position: 1024 },
      'now',
    );
    expect(db.prepare('SELECT salary_min, salary_max, salary_currency, salary_period, salary_text FROM jobs').get()).toEqual({
      salary_min: 70_000,
      salary_max: 80_000,
      salary_currency: 'EUR',
      salary_period: 'year',
      salary_text: '€70k–€80k',
    });
    expect(findJob(db, id)!.salary).toEqual(salary);
    updateJobFields(db, id, { ...findJob(db, id)!, salary: { ...EMPTY_JOB_FIELDS.salary } }, 'later');
    expect(findJob(db, id)!.salary).toEqual(EMPTY_JOB_FIELDS.salary);
    db.close();
  });

  it('gives code holding a read-only connection no way to write', () => {
    const db = database();
    const readOnly: ReadableDb = db;
    expect(findJob(readOnly, 1)).toBeUndefined();
    const fields = { ...EMPTY_JOB_FIELDS, title: 'x', company: 'y' };
    // @ts-expect-error insertJob needs a WritableDb: `npm run typecheck` fails if a ReadableDb is accepted.
    const write = () => insertJob(readOnly, fields, { columnId: 99, position: 1 }, 'now');
    expect(write).toThrow(/FOREIGN KEY/u);
    db.close();
  });
});
