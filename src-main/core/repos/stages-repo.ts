import type { Db } from '../db/database';
import type { StageSummary } from '../../../src-shared/domain/job';

export function listStageSummaries(db: Db, jobId: number): StageSummary[] {
  return db
    .prepare(
      `SELECT kind, title, duration_minutes AS durationMinutes, starts_at AS startsAt,
              time_zone AS timeZone, status
       FROM stages WHERE job_id = ? ORDER BY position, id`,
    )
    .all(jobId) as StageSummary[];
}
