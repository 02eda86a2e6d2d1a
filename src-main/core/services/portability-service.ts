/**
 * The user's data in and out: a lossless JSON export that restores into an
 * empty data folder, a one-row-per-job CSV for spreadsheets, and jobs brought
 * in from someone's own spreadsheet.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as v from 'valibot';
import { parseCsv, CsvError, toCsv } from '../../../src-shared/domain/csv';
import { computeInsights, type DateRange, type Insights, type JobJourney } from '../../../src-shared/domain/insights';
import { outcomeWords, type CloseOutcome, type StageKind, type StageStatus } from '../../../src-shared/domain/job';
import { salaryFromText } from '../../../src-shared/domain/salary';
import { writeNewJob } from './job-writer';
import {
  mappingIsComplete,
  sheetRowToJob,
  suggestMapping,
  type SheetColumnRef,
  type SheetField,
} from '../../../src-shared/domain/spreadsheet';
import type { DataSummary, ExportFormat, SpreadsheetPreview, SpreadsheetReport } from '../../../src-shared/domain/portability';
import { QuarryError } from '../../../src-shared/errors';
import type { CoreContext } from '../context';
import type { Db } from '../db/database';
import { schemaVersion } from '../db/database';
import { toStorageError } from '../db/storage-errors';
import { decodeBytes } from '../import/decode';
import { listColumns } from '../repos/columns-repo';
import { findDuplicateJob } from '../repos/jobs-repo';
import { writeNotes } from '../repos/notes-repo';
import {
  clearTable,
  countRows,
  DATA_TABLE_NAMES,
  insertRows,
  listJobIds,
  listAllMoves,
  listAllNotesAndContacts,
  listAllStages,
  listJourneyHeads,
  listJourneyRows,
  readTable,
  tableColumns,
  type Cell,
  type TableRow,
} from '../repos/portability-repo';
import type { Clock } from '../context';
import { sanitiseHtml } from '../import/sanitize';

/** Rows keyed by their job (Map.groupBy needs Node 21). */
function groupByJob<T extends { jobId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.jobId);
    if (group) group.push(row);
    else groups.set(row.jobId, [row]);
  }
  return groups;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** The name an export is offered under, dated. */
export function exportFileName(clock: Clock, format: ExportFormat): string {
  const stamp = clock().toISOString().slice(0, 10);
  return format === 'json' ? `quarry-export-${stamp}.json` : `quarry-jobs-${stamp}.csv`;
}

/** An export as a file: its suggested name, type and text. */
export function exportFile(db: Db, clock: Clock, appVersion: string, format: ExportFormat): ExportFile {
  const fileName = exportFileName(clock, format);
  return format === 'json'
    ? { fileName, mimeType: 'application/json', content: exportJson(db, clock, appVersion) }
    : { fileName, mimeType: 'text/csv', content: exportCsv(db) };
}

/**
 * Writes an export where the user chose, through a temporary file renamed
 * into place: a full disk never leaves half an export under that name (nor
 * replaces a good older one). Returns the bytes written.
 */
export function writeExportFile(path: string, content: string): number {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, content);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw toStorageError(error, `Could not save ${basename(path)}`);
  }
  return Buffer.byteLength(content);
}

export const EXPORT_FORMAT = 'quarry-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Bytes (the original files) travel as base64 in an object no text value can be mistaken for. */
const toJsonCell = (cell: Cell) => (Buffer.isBuffer(cell) ? { $base64: cell.toString('base64') } : cell);

export function exportJson(db: Db, clock: Clock, appVersion: string): string {
  const tables = Object.fromEntries(
    DATA_TABLE_NAMES.map((table) => [
      table,
      readTable(db, table).map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, toJsonCell(cell)]))),
    ]),
  );
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: schemaVersion(db),
      app: `Quarry ${appVersion}`,
      exportedAt: clock().toISOString(),
      tables,
    },
    null,
    1,
  )}\n`;
}

const cellSchema = v.union([v.string(), v.number(), v.null(), v.strictObject({ $base64: v.pipe(v.string(), v.base64()) })]);
const exportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tables: v.record(v.string(), v.array(v.record(v.string(), cellSchema), 'each table must be a list of rows')),
});

export type ExportData = v.InferOutput<typeof exportSchema>;

/** Reads and checks an export without touching the data: valid JSON, a Quarry export, not from a newer Quarry. */
export function readExport(db: Db, text: string): ExportData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new QuarryError('unsupported_file', `This file is not valid JSON: ${(error as Error).message}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new QuarryError('unsupported_file', 'Not a Quarry export: choose a file made by Export everything (JSON).');
  }
  const result = v.safeParse(exportSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new QuarryError('unsupported_file', `Not a Quarry export${where ? ` (at ${where})` : ''}: ${issue.message}.`);
  }
  const data = result.output;
  if (data.formatVersion > EXPORT_FORMAT_VERSION || data.schemaVersion > schemaVersion(db)) {
    throw new QuarryError('unsupported_file', 'This export comes from a newer Quarry: update Quarry, then import it.');
  }
  const unknownTable = Object.keys(data.tables).find((table) => !(DATA_TABLE_NAMES as string[]).includes(table));
  if (unknownTable) throw new QuarryError('unsupported_file', `Not a Quarry export: unknown table “${unknownTable}”.`);
  return data;
}

/**
 * Restores an export, ids and all, so the state is the same as where it was
 * exported. Into an empty data folder only, so two histories never mix,
 * unless `replace` is set: then what the folder held is replaced (the caller
 * backs it up first). One transaction either way: a bad row leaves the data
 * as it was.
 */
export function restoreExport(db: Db, data: ExportData, { replace = false } = {}): DataSummary {
  const held = countRows(db, 'jobs');
  if (!replace && (held > 0 || countRows(db, 'imports') > 0)) {
    const live = listJobIds(db, false).length;
    const what =
      live > 0 ? 'Quarry already has jobs here' : `This data folder still keeps ${held} deleted jobs (so deletes can be undone)`;
    throw new QuarryError(
      'conflict',
      `${what}. Restore an export into an empty Quarry, or choose to replace everything (your data is backed up first).`,
    );
  }
  db.transaction(() => {
    // Children first, for the foreign keys; an empty folder still holds its default columns and settings.
    for (const table of [...DATA_TABLE_NAMES].reverse()) clearTable(db, table);
    for (const table of DATA_TABLE_NAMES) {
      const rows = data.tables[table] ?? [];
      const known = new Set(tableColumns(db, table));
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      const unknown = columns.find((column) => !known.has(column));
      if (unknown) throw new QuarryError('unsupported_file', `Not a Quarry export: ${table} has an unknown field “${unknown}”.`);
      const stored: TableRow[] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, cell]) => [
            key,
            cell !== null && typeof cell === 'object'
              ? Buffer.from(cell.$base64, 'base64')
              : table === 'jobs' && key === 'description_html' && typeof cell === 'string'
                ? // An export is a file anyone can edit: its descriptions pass the import sanitiser like any page.
                  sanitiseHtml(cell).html || null
                : cell,
          ]),
        ),
      );
      insertRows(db, table, columns, stored);
    }
    if (countRows(db, 'board_columns') === 0) {
      throw new QuarryError('unsupported_file', 'Not a Quarry export: it has no board columns.');
    }
  })();
  return summarise(db);
}

/**
 * Restores an export from its text. With `replace`, what the folder holds is
 * backed up first; the export is read and checked before that, so a wrong
 * file costs no backup and changes nothing.
 */
export async function restoreExportText(ctx: CoreContext, text: string, replace: boolean): Promise<DataSummary> {
  const data = readExport(ctx.db, text);
  if (replace) await ctx.backUp('replaced');
  return restoreExport(ctx.db, data, { replace });
}

export function summarise(db: Db): DataSummary {
  return {
    jobs: countRows(db, 'jobs'),
    stages: countRows(db, 'stages'),
    files: countRows(db, 'source_files'),
    contacts: countRows(db, 'contacts'),
  };
}

/** Every live job with its column, moves and stages. */
function journeys(db: Db): JobJourney[] {
  const columns = new Map(listColumns(db).map((column) => [column.id, column]));
  const moves = groupByJob(listAllMoves(db));
  const stages = groupByJob(listAllStages(db));
  return listJourneyHeads(db).map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    current: { key: columns.get(row.columnId)?.key ?? '', closes: columns.get(row.columnId)?.closes ?? false },
    outcome: row.outcome as CloseOutcome | null,
    moves: (moves.get(row.id) ?? []).map((move) => ({
      toKey: columns.get(move.toColumnId)?.key ?? '',
      toCloses: columns.get(move.toColumnId)?.closes ?? false,
      outcome: move.outcome as CloseOutcome | null,
      at: move.changedAt,
    })),
    stages: (stages.get(row.id) ?? []).map((stage) => ({
      kind: stage.kind as StageKind,
      status: stage.status as StageStatus,
      startsAt: stage.startsAt,
    })),
  }));
}

export function insights(db: Db, clock: Clock, range: DateRange): Insights {
  return computeInsights(journeys(db), range, clock());
}

const CSV_HEADERS = [
  'Title',
  'Company',
  'Status',
  'Outcome',
  'Location',
  'Workplace',
  'Employment type',
  'Salary',
  'Tags',
  'URL',
  'Apply URL',
  'Posted',
  'Saved',
  'Last change',
  'Interview stages',
  'Notes',
  'Contacts',
];

export function exportCsv(db: Db): string {
  const columnNames = new Map(listColumns(db).map((column) => [column.id, column.name]));
  const extras = new Map(listAllNotesAndContacts(db).map((row) => [row.jobId, row]));
  const stages = groupByJob(listAllStages(db));
  const day = (instant: string | null) => instant?.slice(0, 10) ?? '';
  const rows = listJourneyRows(db).map((job) => [
    job.title,
    job.company,
    columnNames.get(job.columnId) ?? '',
    job.outcome ? outcomeWords(job.outcome as CloseOutcome) : '',
    job.location ?? '',
    job.remote ?? '',
    job.employmentType ?? '',
    job.salaryText ?? '',
    (JSON.parse(job.tagsJson) as string[]).join(', '),
    job.url ?? '',
    job.applyUrl ?? '',
    day(job.postedAt),
    day(job.createdAt),
    day(job.updatedAt),
    (stages.get(job.id) ?? []).map((stage) => `${stage.title} (${stage.status})`).join('; '),
    extras.get(job.id)?.notes ?? '',
    extras.get(job.id)?.contacts ?? '',
  ]);
  return toCsv([CSV_HEADERS, ...rows]);
}

export const MAX_SHEET_ROWS = 5000;

export function readSpreadsheet(bytes: Uint8Array): SpreadsheetPreview {
  let rows: string[][];
  try {
    rows = parseCsv(decodeBytes(bytes).text);
  } catch (error) {
    if (error instanceof CsvError) throw new QuarryError('unsupported_file', `This CSV cannot be read: ${error.message}`);
    throw error;
  }
  const [headers, ...body] = rows;
  if (!headers || body.length === 0) {
    throw new QuarryError('unsupported_file', 'This CSV has no rows below its header line.');
  }
  if (body.length > MAX_SHEET_ROWS) {
    throw new QuarryError(
      'unsupported_file',
      `This CSV has ${body.length} rows; split it into files of at most ${MAX_SHEET_ROWS}.`,
    );
  }
  return { headers, rows: body, suggested: suggestMapping(headers) };
}

/** Each row in its own transaction: a bad row is reported, the rest still come in. */
export function importSpreadsheet(
  db: Db,
  clock: Clock,
  rows: readonly string[][],
  mapping: readonly SheetField[],
): SpreadsheetReport {
  if (!mappingIsComplete(mapping)) {
    throw new QuarryError('invalid_argument', 'Choose which columns hold the job title and the company.');
  }
  const columns: SheetColumnRef[] = listColumns(db).map(({ id, key, name, closes }) => ({ id, key, name, closes }));
  const report: SpreadsheetReport = { imported: 0, duplicates: 0, failed: 0, rows: [] };
  rows.forEach((cells, index) => {
    const line = index + 2;
    const result = sheetRowToJob(cells, mapping, columns);
    if (!result.ok) {
      report.failed += 1;
      report.rows.push({ line, status: 'failed', title: null, jobId: null, messages: [result.reason] });
      return;
    }
    const { job } = result;
    const duplicate = findDuplicateJob(db, { url: job.url, applyUrl: null, company: job.company, title: job.title });
    if (duplicate) {
      report.duplicates += 1;
      report.rows.push({ line, status: 'duplicate', title: job.title, jobId: duplicate.id, messages: ['Already on the board.'] });
      return;
    }
    const now = clock().toISOString();
    // A row's Date Applied is when the job was saved and moved to its column, as far as Quarry can tell.
    const at = job.appliedAt ?? now;
    const jobId = db.transaction(() => {
      const id = writeNewJob(
        db,
        {
          title: job.title,
          company: job.company,
          url: job.url,
          location: job.location,
          tags: job.tags,
          salary: salaryFromText(job.salaryText),
        },
        { columnId: job.status.columnId, outcome: job.status.outcome, at },
      );
      if (job.notes) writeNotes(db, id, job.notes, now);
      return id;
    })();
    report.imported += 1;
    report.rows.push({ line, status: 'imported', title: job.title, jobId, messages: result.warnings });
  });
  return report;
}
