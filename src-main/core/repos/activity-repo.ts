import type { ReadableDb } from '../db/database';
import { statement } from '../db/statements';

interface JobOfRow {
  jobId: number;
  title: string;
  company: string;
}

/** Jobs whose calendar-day column (applied_on, follow_up_on) falls in [from, to]. */
export function jobsByDay(
  db: ReadableDb,
  column: 'applied_on' | 'follow_up_on',
  from: string,
  to: string,
): (JobOfRow & { day: string })[] {
  return statement(
    db,
    `SELECT id AS jobId, title, company, ${column} AS day FROM jobs
      WHERE ${column} BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY ${column}, id`,
  ).all(from, to) as (JobOfRow & { day: string })[];
}

/** Interview stages that start in [start, end) (instants), not cancelled. */
export function stagesBetween(
  db: ReadableDb,
  start: string,
  end: string,
): (JobOfRow & { startsAt: string; stage: string; status: string })[] {
  return statement(
    db,
    `SELECT j.id AS jobId, j.title, j.company, s.starts_at AS startsAt, s.title AS stage, s.status
       FROM stages s JOIN jobs j ON j.id = s.job_id
      WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status <> 'cancelled' AND j.deleted_at IS NULL
      ORDER BY s.starts_at, s.id`,
  ).all(start, end) as (JobOfRow & { startsAt: string; stage: string; status: string })[];
}

/** Moves into a closing column in [start, end) (instants), with the outcome given. */
export function closingsBetween(
  db: ReadableDb,
  start: string,
  end: string,
): (JobOfRow & { changedAt: string; outcome: string | null })[] {
  return statement(
    db,
    `SELECT j.id AS jobId, j.title, j.company, h.changed_at AS changedAt, coalesce(h.outcome, j.outcome) AS outcome
       FROM status_history h JOIN jobs j ON j.id = h.job_id JOIN board_columns c ON c.id = h.to_column_id
      WHERE c.closes = 1 AND h.changed_at >= ? AND h.changed_at < ? AND j.deleted_at IS NULL
      ORDER BY h.changed_at, h.id`,
  ).all(start, end) as (JobOfRow & { changedAt: string; outcome: string | null })[];
}
