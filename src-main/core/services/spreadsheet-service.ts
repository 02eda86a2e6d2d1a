/** Jobs brought in from the user's own spreadsheet (CSV), one transaction per row. */
import { parseCsv, CsvError } from '../../../src-shared/domain/csv';
import { salaryFromText } from '../../../src-shared/domain/salary';
import { writeNewJob } from './job-writer';
import {
  appliedDateTexts,
  mappingIsComplete,
  sheetRowToJob,
  slashedDateOrder,
  type DateOrder,
  suggestMapping,
  type SheetColumnRef,
  type SheetField,
} from '../../../src-shared/domain/spreadsheet';
import type { SpreadsheetPreview, SpreadsheetReport } from '../../../src-shared/domain/portability';
import { QuarryError } from '../../../src-shared/errors';
import type { Db } from '../db/database';
import { decodeBytes } from '../import/decode';
import { listColumns } from '../repos/columns-repo';
import { findDuplicateJob } from '../repos/jobs-repo';
import { writeNotes } from '../repos/notes-repo';
import type { Clock } from '../context';

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
  dateOrder: DateOrder = slashedDateOrder(appliedDateTexts(rows, mapping)).order,
): SpreadsheetReport {
  if (!mappingIsComplete(mapping)) {
    throw new QuarryError('invalid_argument', 'Choose which columns hold the job title and the company.');
  }
  const columns: SheetColumnRef[] = listColumns(db).map(({ id, key, name, closes }) => ({ id, key, name, closes }));
  const report: SpreadsheetReport = { imported: 0, duplicates: 0, failed: 0, rows: [] };
  rows.forEach((cells, index) => {
    const line = index + 2;
    const result = sheetRowToJob(cells, mapping, columns, dateOrder);
    if (!result.ok) {
      report.failed += 1;
      report.rows.push({ line, status: 'failed', title: null, jobId: null, messages: [result.reason] });
      return;
    }
    const { job } = result;
    const duplicate = findDuplicateJob(db, { url: job.url, applyUrl: null, company: job.company, title: job.title });
    if (duplicate) {
      report.duplicates += 1;
      report.rows.push({ line, status: 'duplicate', title: job.title, jobId: duplicate.id, messages: [] });
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
        { columnId: job.status.columnId, outcome: job.status.outcome, at, appliedOn: job.appliedAt?.slice(0, 10) ?? null },
      );
      if (job.notes) writeNotes(db, id, job.notes, now);
      return id;
    })();
    report.imported += 1;
    report.rows.push({ line, status: 'imported', title: job.title, jobId, messages: result.warnings });
  });
  return report;
}
