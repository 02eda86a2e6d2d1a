import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';
import type { CloseOutcome } from '../../../src-shared/domain/job';

export interface StatusChange {
  jobId: number;
  fromColumnId: number | null;
  toColumnId: number;
  outcome: CloseOutcome | null;
  changedAt: string;
}

export function recordStatusChange(db: WritableDb, change: StatusChange): void {
  statement(
    db,
    `INSERT INTO status_history (job_id, from_column_id, to_column_id, outcome, changed_at)
     VALUES (@jobId, @fromColumnId, @toColumnId, @outcome, @changedAt)`,
  ).run(change);
}

export function listStatusChanges(db: ReadableDb, jobId: number): StatusChange[] {
  return statement(
    db,
    `SELECT job_id AS jobId, from_column_id AS fromColumnId, to_column_id AS toColumnId, outcome,
              changed_at AS changedAt
       FROM status_history WHERE job_id = ? ORDER BY changed_at, id`,
  ).all(jobId) as StatusChange[];
}
