/** The user's data out: a lossless JSON export and a one-row-per-job CSV for spreadsheets, written to a file safely. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toCsv } from '../../../src-shared/domain/csv';
import { outcomeWords, type CloseOutcome } from '../../../src-shared/domain/job';
import type { ExportFormat } from '../../../src-shared/domain/portability';
import type { ReadableDb } from '../db/database';
import { schemaVersion } from '../db/database';
import { toStorageError } from '../db/storage-errors';
import { listColumns } from '../repos/columns-repo';
import {
  DATA_TABLE_NAMES,
  listAllNotesAndContacts,
  listAllStages,
  listJourneyRows,
  readTable,
  type Cell,
} from '../repos/portability-repo';
import type { Clock } from '../context';

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
export function exportFile(db: ReadableDb, clock: Clock, appVersion: string, format: ExportFormat): ExportFile {
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

export function exportJson(db: ReadableDb, clock: Clock, appVersion: string): string {
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

const CSV_HEADERS = [
  'Title',
  'Company',
  'Status',
  'Outcome',
  // The spreadsheet import reads it back as the date applied.
  'Date applied',
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

export function exportCsv(db: ReadableDb): string {
  const columns = listColumns(db);
  const columnNames = new Map(columns.map((column) => [column.id, column.name]));
  const extras = new Map(listAllNotesAndContacts(db).map((row) => [row.jobId, row]));
  const stages = Map.groupBy(listAllStages(db), (stage) => stage.jobId);
  const day = (instant: string | null) => instant?.slice(0, 10) ?? '';
  const rows = listJourneyRows(db).map((job) => [
    job.title,
    job.company,
    // Foreign keys name a column for every job, and columns are only ever hidden, never deleted.
    columnNames.get(job.columnId)!,
    job.outcome ? outcomeWords(job.outcome as CloseOutcome) : '',
    job.appliedOn ?? '',
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
