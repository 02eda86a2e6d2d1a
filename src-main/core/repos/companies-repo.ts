import { companyKey, type PastApplication } from '../../../src-shared/domain/companies';
import type { CompanyApplication } from '../../../src-shared/domain/companies';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

/** Sets the matching key of every job that has none (after migration 8, or rows restored from an older export). */
export function fillCompanyKeys(db: WritableDb): void {
  const rows = db.prepare('SELECT id, company FROM jobs WHERE company_key IS NULL').all() as { id: number; company: string }[];
  const update = db.prepare('UPDATE jobs SET company_key = ? WHERE id = ?');
  for (const row of rows) update.run(companyKey(row.company), row.id);
}

/** The last interview stage held for a job, as SQL over `owner`. */
const LAST_STAGE_HELD = (owner: string) => `(
  SELECT s.title FROM stages s
   WHERE s.job_id = ${owner}.id AND s.starts_at IS NOT NULL AND s.starts_at <= @now AND s.status <> 'cancelled'
   ORDER BY s.starts_at DESC LIMIT 1)`;

/**
 * For a card's query: the latest application sent at the same company, as
 * JSON, while the card's own job is not sent yet.
 */
export const APPLIED_BEFORE_JSON = `
  CASE WHEN jobs.applied_on IS NULL THEN (
    SELECT json_object('jobId', o.id, 'title', o.title, 'appliedOn', o.applied_on, 'outcome', o.outcome,
                       'lastStage', ${LAST_STAGE_HELD('o')})
      FROM jobs o
     WHERE o.company_key = jobs.company_key AND o.id <> jobs.id AND o.applied_on IS NOT NULL AND o.deleted_at IS NULL
     ORDER BY o.applied_on DESC, o.id DESC LIMIT 1)
  END`;

/** The latest application sent at a company (by its key). */
export function latestApplicationAt(db: ReadableDb, key: string, now: string): PastApplication | undefined {
  return statement(
    db,
    `SELECT o.id AS jobId, o.title, o.applied_on AS appliedOn, o.outcome, ${LAST_STAGE_HELD('o')} AS lastStage
       FROM jobs o
      WHERE o.company_key = @key AND o.applied_on IS NOT NULL AND o.deleted_at IS NULL
      ORDER BY o.applied_on DESC, o.id DESC LIMIT 1`,
  ).get({ key, now }) as PastApplication | undefined;
}

/** The titles of the jobs saved at a company (by its key), in title order, each with when it was first saved: for near-duplicates. */
export function savedTitlesAt(db: ReadableDb, key: string): { title: string; firstSavedAt: string }[] {
  return statement(
    db,
    `SELECT title, min(created_at) AS firstSavedAt FROM jobs
      WHERE company_key = ? AND deleted_at IS NULL GROUP BY title ORDER BY title`,
  ).all(key) as { title: string; firstSavedAt: string }[];
}

/** Every job at a company (by its key), with where it stands: the company page. */
export function companyApplications(db: ReadableDb, key: string, now: string): CompanyApplication[] {
  return statement(
    db,
    `SELECT o.id AS jobId, o.title, o.company, c.name AS columnName, c.closes AS closed, o.applied_on AS appliedOn,
            o.outcome, o.created_at AS savedAt, ${LAST_STAGE_HELD('o')} AS lastStage
       FROM jobs o JOIN board_columns c ON c.id = o.column_id
      WHERE o.company_key = @key AND o.deleted_at IS NULL
      ORDER BY coalesce(o.applied_on, substr(o.created_at, 1, 10)) DESC, o.id DESC`,
  )
    .all({ key, now })
    .map((row) => ({ ...(row as CompanyApplication), closed: Boolean((row as { closed: number }).closed) }));
}
