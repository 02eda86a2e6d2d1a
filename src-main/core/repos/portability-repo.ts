import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

/**
 * Every table that holds the user's data, parents before children, with the
 * order that makes a dump deterministic. The search table is left out: its
 * triggers rebuild it from `jobs`.
 */
export const DATA_TABLES = {
  board_columns: 'id',
  imports: 'id',
  source_files: 'id',
  jobs: 'id',
  stages: 'id',
  notes: 'id',
  status_history: 'id',
  people: 'id',
  job_people: 'job_id, person_id',
  documents: 'id',
  job_documents: 'job_id, document_id',
  settings: 'key',
} as const;
export type DataTable = keyof typeof DATA_TABLES;
export const DATA_TABLE_NAMES = Object.keys(DATA_TABLES) as DataTable[];

export type Cell = string | number | null | Buffer;
export type TableRow = Record<string, Cell>;

export function tableColumns(db: ReadableDb, table: DataTable): string[] {
  return (statement(db, `SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map(
    (column) => column.name,
  );
}

export function readTable(db: ReadableDb, table: DataTable): TableRow[] {
  return statement(db, `SELECT * FROM ${table} ORDER BY ${DATA_TABLES[table]}`).all() as TableRow[];
}

/** Rows with the named columns (a subset of the table's, checked by the caller); others take their defaults. */
export function insertRows(db: WritableDb, table: DataTable, columns: readonly string[], rows: readonly TableRow[]): void {
  if (rows.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(columns.map((column) => row[column] ?? null));
}

export function clearTable(db: WritableDb, table: DataTable): void {
  db.prepare(`DELETE FROM ${table}`).run();
}

export function listJobIds(db: ReadableDb, includeDeleted = true): number[] {
  const sql = `SELECT id FROM jobs${includeDeleted ? '' : ' WHERE deleted_at IS NULL'} ORDER BY id`;
  return (statement(db, sql).all() as { id: number }[]).map((row) => row.id);
}

export function countRows(db: ReadableDb, table: DataTable): number {
  return (statement(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export interface JourneyRow {
  id: number;
  title: string;
  company: string;
  location: string | null;
  remote: string | null;
  url: string | null;
  applyUrl: string | null;
  tagsJson: string;
  salaryText: string | null;
  employmentType: string | null;
  postedAt: string | null;
  createdAt: string;
  updatedAt: string;
  columnId: number;
  outcome: string | null;
  appliedOn: string | null;
}

/** Every live job with what the spreadsheet export and insights need, in board order. */
export function listJourneyRows(db: ReadableDb): JourneyRow[] {
  return statement(
    db,
    `SELECT j.id, j.title, j.company, j.location, j.remote, j.url, j.apply_url AS applyUrl, j.tags_json AS tagsJson,
            j.salary_text AS salaryText, j.employment_type AS employmentType, j.posted_at AS postedAt,
            j.created_at AS createdAt, j.updated_at AS updatedAt, j.column_id AS columnId, j.outcome,
            j.applied_on AS appliedOn
       FROM jobs j JOIN board_columns c ON c.id = j.column_id
      WHERE j.deleted_at IS NULL ORDER BY c.position, j.position`,
  ).all() as JourneyRow[];
}

/** What insights need of every live job (answered from the jobs_journey index alone). */
export function listJourneyHeads(db: ReadableDb): { id: number; createdAt: string; columnId: number; outcome: string | null }[] {
  return statement(
    db,
    'SELECT id, created_at AS createdAt, column_id AS columnId, outcome FROM jobs WHERE deleted_at IS NULL ORDER BY id',
  ).all() as { id: number; createdAt: string; columnId: number; outcome: string | null }[];
}

export function listAllMoves(db: ReadableDb): { jobId: number; toColumnId: number; outcome: string | null; changedAt: string }[] {
  return statement(
    db,
    `SELECT job_id AS jobId, to_column_id AS toColumnId, outcome, changed_at AS changedAt
       FROM status_history ORDER BY job_id, changed_at, id`,
  ).all() as { jobId: number; toColumnId: number; outcome: string | null; changedAt: string }[];
}

export function listAllStages(
  db: ReadableDb,
): { jobId: number; kind: string; title: string; status: string; startsAt: string | null }[] {
  return statement(
    db,
    `SELECT job_id AS jobId, kind, title, status, starts_at AS startsAt FROM stages ORDER BY job_id, position`,
  ).all() as { jobId: number; kind: string; title: string; status: string; startsAt: string | null }[];
}

export function listAllNotesAndContacts(db: ReadableDb): { jobId: number; notes: string | null; contacts: string | null }[] {
  return statement(
    db,
    `SELECT j.id AS jobId,
            (SELECT group_concat(body, char(10)) FROM notes n WHERE n.job_id = j.id) AS notes,
            (SELECT group_concat(name || coalesce(' (' || role || ')', '') || coalesce(' <' || email || '>', ''), '; ')
               FROM job_people l JOIN people c ON c.id = l.person_id WHERE l.job_id = j.id) AS contacts
       FROM jobs j WHERE j.deleted_at IS NULL`,
  ).all() as { jobId: number; notes: string | null; contacts: string | null }[];
}
