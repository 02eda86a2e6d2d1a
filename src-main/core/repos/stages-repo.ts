import type { Db } from '../db/database';
import { statement } from '../db/statements';
import type { StageSummary, StageView } from '../../../src-shared/domain/job';

export function listStageSummaries(db: Db, jobId: number): StageSummary[] {
  return statement(
    db,
    `SELECT kind, title, duration_minutes AS durationMinutes, starts_at AS startsAt,
              time_zone AS timeZone, status
       FROM stages WHERE job_id = ? ORDER BY position, id`,
  ).all(jobId) as StageSummary[];
}

export interface NewStage {
  jobId: number;
  position: number;
  kind: string;
  title: string;
  durationMinutes: number | null;
}

export function insertPlannedStage(db: Db, stage: NewStage, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO stages (job_id, position, kind, title, duration_minutes, status, created_at, updated_at)
         VALUES (@jobId, @position, @kind, @title, @durationMinutes, 'planned', @now, @now)`,
    ).run({ ...stage, now }).lastInsertRowid,
  );
}

export function listStages(db: Db, jobId: number): StageView[] {
  return statement(
    db,
    `SELECT id, kind, title, duration_minutes AS durationMinutes, starts_at AS startsAt, time_zone AS timeZone, status
     FROM stages WHERE job_id = ? ORDER BY position, id`,
  ).all(jobId) as StageView[];
}
