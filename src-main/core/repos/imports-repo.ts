import type { WritableDb } from '../db/database';
import { statement } from '../db/statements';

export interface ImportTotals {
  filesTotal: number;
  jobsImported: number;
  duplicates: number;
  failures: number;
}

export function startImport(db: WritableDb, origin: string, startedAt: string, filesTotal: number): number {
  return Number(
    statement(db, 'INSERT INTO imports (origin, started_at, files_total) VALUES (?, ?, ?)').run(origin, startedAt, filesTotal)
      .lastInsertRowid,
  );
}

export function finishImport(db: WritableDb, id: number, finishedAt: string, totals: ImportTotals, reportJson: string): void {
  statement(
    db,
    `UPDATE imports SET finished_at = @finishedAt, files_total = @filesTotal, jobs_imported = @jobsImported,
       duplicates = @duplicates, failures = @failures, report_json = @reportJson WHERE id = @id`,
  ).run({ id, finishedAt, reportJson, ...totals });
}
