import type { Contact } from '../../../src-shared/domain/job';
import type { Person, PersonPage, PersonSummary } from '../../../src-shared/domain/people';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

const PERSON_COLUMNS = 'id, name, role, company, email, phone, link, notes';

/** The people on a job, as its contacts. */
export function listJobPeople(db: ReadableDb, jobId: number): Contact[] {
  return statement(
    db,
    `SELECT p.id, p.name, p.role, p.email, p.link FROM job_people l JOIN people p ON p.id = l.person_id
      WHERE l.job_id = ? ORDER BY l.added_at, p.id`,
  ).all(jobId) as Contact[];
}

export function findPersonByEmail(db: ReadableDb, email: string): { id: number } | undefined {
  return statement(db, 'SELECT id FROM people WHERE lower(email) = lower(?) ORDER BY id LIMIT 1').get(email) as
    { id: number } | undefined;
}

export function insertPerson(db: WritableDb, person: Omit<Person, 'id'>, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO people (name, role, company, email, phone, link, notes, created_at, updated_at)
       VALUES (@name, @role, @company, @email, @phone, @link, @notes, @now, @now)`,
    ).run({ ...person, now }).lastInsertRowid,
  );
}

export function updatePerson(db: WritableDb, id: number, person: Omit<Person, 'id'>, now: string): boolean {
  return (
    statement(
      db,
      `UPDATE people SET name = @name, role = @role, company = @company, email = @email, phone = @phone, link = @link,
         notes = @notes, updated_at = @now WHERE id = @id`,
    ).run({ ...person, id, now }).changes > 0
  );
}

export function linkPerson(db: WritableDb, jobId: number, personId: number, now: string): void {
  statement(db, 'INSERT OR IGNORE INTO job_people (job_id, person_id, added_at) VALUES (?, ?, ?)').run(jobId, personId, now);
}

export function unlinkPerson(db: WritableDb, jobId: number, personId: number): boolean {
  return statement(db, 'DELETE FROM job_people WHERE job_id = ? AND person_id = ?').run(jobId, personId).changes > 0;
}

export function findPerson(db: ReadableDb, id: number): Person | undefined {
  return statement(db, `SELECT ${PERSON_COLUMNS} FROM people WHERE id = ?`).get(id) as Person | undefined;
}

/**
 * Every live interview stage that names its interviewers, latest first: who
 * they are is decided in src-shared/domain/people.ts (case and accents aside),
 * which SQL's LIKE cannot.
 */
export function stagesWithInterviewers(db: ReadableDb): (PersonPage['interviews'][number] & { interviewers: string })[] {
  return statement(
    db,
    `SELECT s.job_id AS jobId, j.title AS jobTitle, s.title AS stage, s.starts_at AS startsAt, s.status, s.interviewers
       FROM stages s JOIN jobs j ON j.id = s.job_id
      WHERE j.deleted_at IS NULL AND s.interviewers IS NOT NULL
      ORDER BY coalesce(s.starts_at, s.updated_at) DESC, s.id DESC`,
  ).all() as (PersonPage['interviews'][number] & { interviewers: string })[];
}

export function personJobs(db: ReadableDb, id: number): PersonPage['jobs'] {
  return statement(
    db,
    `SELECT j.id, j.title, j.company, c.name AS "column", l.added_at AS addedAt
       FROM job_people l JOIN jobs j ON j.id = l.job_id JOIN board_columns c ON c.id = j.column_id
      WHERE l.person_id = ? AND j.deleted_at IS NULL ORDER BY l.added_at DESC, j.id DESC`,
  ).all(id) as PersonPage['jobs'];
}

/** Everyone, with how many live jobs they are on and when they were last part of something (an interview found by the name as typed). */
export function listPeopleSummaries(db: ReadableDb, now: string): PersonSummary[] {
  return statement(
    db,
    `SELECT p.id, p.name, p.role, p.company, p.email, p.phone, p.link,
            (SELECT count(*) FROM job_people l JOIN jobs j ON j.id = l.job_id
              WHERE l.person_id = p.id AND j.deleted_at IS NULL) AS jobs,
            max(p.updated_at,
                coalesce((SELECT max(l.added_at) FROM job_people l WHERE l.person_id = p.id), ''),
                coalesce((SELECT max(s.starts_at) FROM job_people l JOIN stages s ON s.job_id = l.job_id
                           WHERE l.person_id = p.id AND s.starts_at <= @now AND s.interviewers LIKE '%' || p.name || '%'), '')
            ) AS lastContactAt
       FROM people p`,
  ).all({ now }) as PersonSummary[];
}

/** Moves every job of `otherId` to `keptId` and removes `otherId`. */
export function moveJobsToPerson(db: WritableDb, otherId: number, keptId: number): void {
  statement(
    db,
    `INSERT OR IGNORE INTO job_people (job_id, person_id, added_at) SELECT job_id, ?, added_at FROM job_people WHERE person_id = ?`,
  ).run(keptId, otherId);
  statement(db, 'DELETE FROM people WHERE id = ?').run(otherId);
}
