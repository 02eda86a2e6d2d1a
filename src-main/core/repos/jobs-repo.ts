import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';
import type { CloseOutcome, JobCard, JobDates, Priority, RemotePolicy, Salary } from '../../../src-shared/domain/job';
import { companyKey } from '../../../src-shared/domain/companies';
import { APPLIED_BEFORE_JSON } from './companies-repo';

/** Every stored field of a job, as the import and edit paths write it. */
export interface JobFields {
  title: string;
  company: string;
  location: string | null;
  remote: RemotePolicy | null;
  employmentType: string | null;
  salary: Salary;
  category: string | null;
  url: string | null;
  applyUrl: string | null;
  logoUrl: string | null;
  tags: string[];
  postedAt: string | null;
  descriptionHtml: string | null;
  descriptionText: string | null;
  sourceFileId: number | null;
  contentHash: string | null;
  importedAt: string | null;
}

export interface JobRow extends JobFields {
  id: number;
  columnId: number;
  position: number;
  outcome: CloseOutcome | null;
  createdAt: string;
  updatedAt: string;
}

export const EMPTY_JOB_FIELDS: Omit<JobFields, 'title' | 'company'> = {
  location: null,
  remote: null,
  employmentType: null,
  salary: { min: null, max: null, currency: null, period: null, text: null },
  category: null,
  url: null,
  applyUrl: null,
  logoUrl: null,
  tags: [],
  postedAt: null,
  descriptionHtml: null,
  descriptionText: null,
  sourceFileId: null,
  contentHash: null,
  importedAt: null,
};

const SALARY_COLUMNS = `salary_min AS salaryMin, salary_max AS salaryMax, salary_currency AS salaryCurrency,
         salary_period AS salaryPeriod, salary_text AS salaryText`;

const SELECT_JOB = `
  SELECT id, title, company, location, remote, employment_type AS employmentType,
         ${SALARY_COLUMNS}, category, url,
         apply_url AS applyUrl, logo_url AS logoUrl, tags_json AS tagsJson, posted_at AS postedAt,
         description_html AS descriptionHtml, description_text AS descriptionText,
         source_file_id AS sourceFileId, content_hash AS contentHash, imported_at AS importedAt,
         column_id AS columnId, position, outcome, created_at AS createdAt, updated_at AS updatedAt
  FROM jobs`;

/** The salary's five columns, as the statements name them. */
interface SalaryColumns {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: Salary['currency'];
  salaryPeriod: Salary['period'];
  salaryText: string | null;
}

type StoredJobRow = Omit<JobRow, 'tags' | 'salary'> & SalaryColumns & { tagsJson: string };

/** Splits a row into its salary and the rest. */
function withSalary<Row extends SalaryColumns>({
  salaryMin,
  salaryMax,
  salaryCurrency,
  salaryPeriod,
  salaryText,
  ...rest
}: Row): Omit<Row, keyof SalaryColumns> & { salary: Salary } {
  return {
    ...rest,
    salary: { min: salaryMin, max: salaryMax, currency: salaryCurrency, period: salaryPeriod, text: salaryText },
  };
}

function fromStored({ tagsJson, ...rest }: StoredJobRow): JobRow {
  return { ...withSalary(rest), tags: JSON.parse(tagsJson) as string[] };
}

const STORED_FIELDS = Object.keys(EMPTY_JOB_FIELDS).filter((key) => key !== 'tags' && key !== 'salary') as (keyof JobFields)[];

/** Exactly the named parameters the statements use (better-sqlite3 refuses extra ones); the one salary-to-columns mapping. */
function pickJobFields(fields: JobFields): Record<string, unknown> {
  const { min, max, currency, period, text } = fields.salary;
  const salary: SalaryColumns = {
    salaryMin: min,
    salaryMax: max,
    salaryCurrency: currency,
    salaryPeriod: period,
    salaryText: text,
  };
  const picked: Record<string, unknown> = {
    title: fields.title,
    company: fields.company,
    companyKey: companyKey(fields.company),
    ...salary,
  };
  for (const key of STORED_FIELDS) picked[key] = fields[key];
  return picked;
}

export interface Placement {
  columnId: number;
  position: number;
}

export function insertJob(db: WritableDb, fields: JobFields, placement: Placement, now: string): number {
  const result = statement(
    db,
    `INSERT INTO jobs (title, company, location, remote, employment_type, salary_min, salary_max,
         salary_currency, salary_period, salary_text, category, url, apply_url, logo_url, tags_json,
         posted_at, description_html, description_text, source_file_id, content_hash, imported_at,
         column_id, position, created_at, updated_at, company_key)
       VALUES (@title, @company, @location, @remote, @employmentType, @salaryMin, @salaryMax,
         @salaryCurrency, @salaryPeriod, @salaryText, @category, @url, @applyUrl, @logoUrl, @tagsJson,
         @postedAt, @descriptionHtml, @descriptionText, @sourceFileId, @contentHash, @importedAt,
         @columnId, @position, @now, @now, @companyKey)`,
  ).run({
    ...pickJobFields(fields),
    tagsJson: JSON.stringify(fields.tags),
    columnId: placement.columnId,
    position: placement.position,
    now,
  });
  return Number(result.lastInsertRowid);
}

export function findJob(db: ReadableDb, id: number, includeDeleted = false): JobRow | undefined {
  const row = statement(db, `${SELECT_JOB} WHERE id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'}`).get(id) as
    StoredJobRow | undefined;
  return row && fromStored(row);
}

export function listJobs(db: ReadableDb): JobRow[] {
  return (statement(db, `${SELECT_JOB} WHERE deleted_at IS NULL ORDER BY id`).all() as StoredJobRow[]).map(fromStored);
}

const SELECT_CARD = `
  SELECT id, title, company, location, remote, url, tags_json AS tagsJson, column_id AS columnId,
         position, outcome, created_at AS createdAt, updated_at AS updatedAt, ${SALARY_COLUMNS},
         applied_on AS appliedOn, apply_by AS applyBy, follow_up_on AS followUpOn, priority,
         coalesce((SELECT max(changed_at) FROM status_history h WHERE h.job_id = jobs.id), created_at) AS lastMovedAt,
         (SELECT max(max(s.updated_at, CASE WHEN s.starts_at <= @now THEN s.starts_at ELSE '' END)) FROM stages s
           WHERE s.job_id = jobs.id AND (s.status <> 'planned' OR s.updated_at > s.created_at)) AS lastHeardAt,
         ${APPLIED_BEFORE_JSON} AS appliedBeforeJson,
         (SELECT json_object('title', s.title, 'startsAt', s.starts_at) FROM stages s
           WHERE s.job_id = jobs.id AND s.starts_at >= @now AND s.status IN ('planned', 'scheduled')
           ORDER BY s.starts_at LIMIT 1) AS nextStageJson
  FROM jobs WHERE deleted_at IS NULL`;

type StoredCard = Omit<JobCard, 'tags' | 'nextStage' | 'salary' | 'appliedBefore'> &
  SalaryColumns & { tagsJson: string; nextStageJson: string | null; appliedBeforeJson: string | null };
const toCard = ({ tagsJson, nextStageJson, appliedBeforeJson, ...card }: StoredCard): JobCard => ({
  ...withSalary(card),
  tags: JSON.parse(tagsJson) as string[],
  nextStage: nextStageJson ? (JSON.parse(nextStageJson) as JobCard['nextStage']) : null,
  appliedBefore: appliedBeforeJson ? (JSON.parse(appliedBeforeJson) as JobCard['appliedBefore']) : null,
});

/** Every live card; `now` decides which interview stages are still ahead. */
export function listCards(db: ReadableDb, now: string): JobCard[] {
  return (statement(db, `${SELECT_CARD} ORDER BY column_id, position`).all({ now }) as StoredCard[]).map(toCard);
}

/**
 * The top `perColumn` cards of every column in the user's own order: what the
 * board paints first. The per-card lookups (last move, next stage) run only
 * for these rows, so the cost does not grow with the number of saved jobs.
 */
export function listFirstCards(db: ReadableDb, now: string, perColumn: number): JobCard[] {
  return (
    statement(
      db,
      `${SELECT_CARD} AND id IN (
         SELECT id FROM (
           SELECT id, row_number() OVER (PARTITION BY column_id ORDER BY position, id) AS place
             FROM jobs WHERE deleted_at IS NULL)
          WHERE place <= @perColumn)
       ORDER BY column_id, position`,
    ).all({ now, perColumn }) as StoredCard[]
  ).map(toCard);
}

export function listCardsInColumn(db: ReadableDb, now: string, columnId: number): JobCard[] {
  return (statement(db, `${SELECT_CARD} AND column_id = @columnId ORDER BY position`).all({ now, columnId }) as StoredCard[]).map(
    toCard,
  );
}

/** How many live jobs each column holds. */
export function countCardsByColumn(db: ReadableDb): Record<number, number> {
  const rows = statement(
    db,
    'SELECT column_id AS columnId, count(*) AS n FROM jobs WHERE deleted_at IS NULL GROUP BY column_id',
  ).all() as {
    columnId: number;
    n: number;
  }[];
  return Object.fromEntries(rows.map((row) => [row.columnId, row.n]));
}

export function findCard(db: ReadableDb, id: number, now: string): JobCard | undefined {
  const row = statement(db, `${SELECT_CARD} AND id = @id`).get({ id, now }) as StoredCard | undefined;
  return row && toCard(row);
}

export function listJobIdsInColumn(db: ReadableDb, columnId: number): number[] {
  return (
    statement(db, 'SELECT id FROM jobs WHERE column_id = ? AND deleted_at IS NULL ORDER BY id').all(columnId) as { id: number }[]
  ).map((row) => row.id);
}

export function lastPositionInColumn(db: ReadableDb, columnId: number, excludeId = 0): number | null {
  const row = statement(
    db,
    'SELECT max(position) AS position FROM jobs WHERE column_id = ? AND id != ? AND deleted_at IS NULL',
  ).get(columnId, excludeId) as { position: number | null };
  return row.position;
}

/** The position of the card just above `position` in a column, ignoring the card being moved. */
export function positionAbove(db: ReadableDb, columnId: number, position: number, excludeId: number): number | null {
  const row = statement(
    db,
    'SELECT max(position) AS position FROM jobs WHERE column_id = ? AND position < ? AND id != ? AND deleted_at IS NULL',
  ).get(columnId, position, excludeId) as { position: number | null };
  return row.position;
}

export function placeJob(db: WritableDb, id: number, placement: Placement & { outcome: CloseOutcome | null }, now: string): void {
  statement(db, 'UPDATE jobs SET column_id = ?, position = ?, outcome = ?, updated_at = ? WHERE id = ?').run(
    placement.columnId,
    placement.position,
    placement.outcome,
    now,
    id,
  );
}

/** Spreads a column's cards evenly again when repeated moves have left no room between two of them. */
export function renumberColumn(db: WritableDb, columnId: number, positions: (count: number) => number[]): void {
  const ids = (
    statement(db, 'SELECT id FROM jobs WHERE column_id = ? ORDER BY position, id').all(columnId) as { id: number }[]
  ).map((row) => row.id);
  const update = statement(db, 'UPDATE jobs SET position = ? WHERE id = ?');
  positions(ids.length).forEach((position, index) => update.run(position, ids[index]));
}

export function setDeleted(db: WritableDb, id: number, deletedAt: string | null): boolean {
  return statement(db, 'UPDATE jobs SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes > 0;
}

/** The jobs that came from one imported file, and whether each was deleted. */
export function listJobsFromSourceFile(db: ReadableDb, sourceFileId: number): { id: number; deleted: boolean }[] {
  return (
    statement(db, 'SELECT id, deleted_at IS NOT NULL AS deleted FROM jobs WHERE source_file_id = ? ORDER BY id').all(
      sourceFileId,
    ) as { id: number; deleted: number }[]
  ).map((row) => ({ id: row.id, deleted: row.deleted === 1 }));
}

/** An existing job that is the same listing: same canonical or apply URL, or same company and (non-empty) title. */
export function findDuplicateJob(
  db: ReadableDb,
  candidate: { url: string | null; applyUrl: string | null; company: string; title: string },
): { id: number; title: string; company: string } | undefined {
  const urls = [candidate.url, candidate.applyUrl].filter((url): url is string => !!url);
  for (const url of urls) {
    const match = statement(
      db,
      'SELECT id, title, company FROM jobs WHERE (url = ? OR apply_url = ?) AND deleted_at IS NULL LIMIT 1',
    ).get(url, url) as { id: number; title: string; company: string } | undefined;
    if (match) return match;
  }
  // Two untitled descriptions from one employer may well be two different jobs.
  if (!candidate.title) return undefined;
  return statement(
    db,
    'SELECT id, title, company FROM jobs WHERE company_key = ? AND lower(title) = lower(?) AND deleted_at IS NULL LIMIT 1',
  ).get(companyKey(candidate.company), candidate.title) as { id: number; title: string; company: string } | undefined;
}

export function updateJobFields(db: WritableDb, id: number, fields: JobFields, now: string): void {
  statement(
    db,
    `UPDATE jobs SET title = @title, company = @company, company_key = @companyKey, location = @location, remote = @remote,
       employment_type = @employmentType, salary_min = @salaryMin, salary_max = @salaryMax,
       salary_currency = @salaryCurrency, salary_period = @salaryPeriod, salary_text = @salaryText,
       category = @category, url = @url, apply_url = @applyUrl, logo_url = @logoUrl, tags_json = @tagsJson,
       posted_at = @postedAt, description_html = @descriptionHtml, description_text = @descriptionText,
       source_file_id = @sourceFileId, content_hash = @contentHash, imported_at = @importedAt, updated_at = @now
     WHERE id = @id`,
  ).run({ ...pickJobFields(fields), tagsJson: JSON.stringify(fields.tags), id, now });
}

export function setJobDates(db: WritableDb, id: number, dates: JobDates, now: string): void {
  statement(
    db,
    `UPDATE jobs SET applied_on = @appliedOn, apply_by = @applyBy, follow_up_on = @followUpOn, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ ...dates, id, now });
}

/** The day a job first reached Applied; a day already set (by the user, or an earlier pass) stays. */
export function markApplied(db: WritableDb, id: number, day: string): void {
  statement(db, 'UPDATE jobs SET applied_on = coalesce(applied_on, ?) WHERE id = ?').run(day, id);
}

export function setPriority(db: WritableDb, ids: readonly number[], priority: Priority, now: string): void {
  const update = statement(db, 'UPDATE jobs SET priority = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL');
  for (const id of ids) update.run(priority, now, id);
}

export function setTags(db: WritableDb, id: number, tags: readonly string[], now: string): void {
  statement(db, 'UPDATE jobs SET tags_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(tags), now, id);
}

/** Whether the user chose to load this listing's images from the web (off until they do). */
export function remoteImagesAllowed(db: ReadableDb, id: number): boolean {
  const row = statement(db, 'SELECT remote_images_allowed AS allowed FROM jobs WHERE id = ?').get(id) as
    { allowed: number } | undefined;
  return row?.allowed === 1;
}

export function setRemoteImagesAllowed(db: WritableDb, id: number, allowed: boolean): boolean {
  return (
    statement(db, 'UPDATE jobs SET remote_images_allowed = ? WHERE id = ? AND deleted_at IS NULL').run(allowed ? 1 : 0, id)
      .changes === 1
  );
}
