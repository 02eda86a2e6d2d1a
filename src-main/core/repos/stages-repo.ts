import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';
import type { StageFields, StageSummary, StageView } from '../../../src-shared/domain/job';
import type { ScheduledStage } from '../../../src-shared/domain/schedule';

export function listStageSummaries(db: ReadableDb, jobId: number): StageSummary[] {
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

export function insertPlannedStage(db: WritableDb, stage: NewStage, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO stages (job_id, position, kind, title, duration_minutes, status, created_at, updated_at)
       VALUES (@jobId, @position, @kind, @title, @durationMinutes, 'planned', @now, @now)`,
    ).run({ ...stage, now }).lastInsertRowid,
  );
}

const SELECT_STAGE = `
  SELECT id, job_id AS jobId, position, kind, title, duration_minutes AS durationMinutes, starts_at AS startsAt,
         time_zone AS timeZone, status, location, interviewers, prep_notes AS prepNotes, outcome_notes AS outcomeNotes,
         checklist_json AS checklistJson
  FROM stages`;

export type StageRow = StageView & { jobId: number; position: number };
type StoredStage = Omit<StageRow, 'checklist'> & { checklistJson: string };
const fromStored = ({ checklistJson, ...stage }: StoredStage): StageRow => ({
  ...stage,
  checklist: JSON.parse(checklistJson) as StageRow['checklist'],
});

export function listStages(db: ReadableDb, jobId: number): StageView[] {
  return (statement(db, `${SELECT_STAGE} WHERE job_id = ? ORDER BY position, id`).all(jobId) as StoredStage[]).map((row) => {
    const { jobId: _jobId, position: _position, ...stage } = fromStored(row);
    return stage;
  });
}

export function findStage(db: ReadableDb, id: number): StageRow | undefined {
  const row = statement(db, `${SELECT_STAGE} WHERE id = ?`).get(id) as StoredStage | undefined;
  return row && fromStored(row);
}

export function lastStagePosition(db: ReadableDb, jobId: number): number | null {
  return (
    statement(db, 'SELECT max(position) AS position FROM stages WHERE job_id = ?').get(jobId) as { position: number | null }
  ).position;
}

export function updateStage(db: WritableDb, id: number, fields: StageFields, now: string): void {
  statement(
    db,
    `UPDATE stages SET kind = @kind, title = @title, duration_minutes = @durationMinutes, starts_at = @startsAt,
       time_zone = @timeZone, status = @status, location = @location, interviewers = @interviewers,
       prep_notes = @prepNotes, checklist_json = @checklistJson, outcome_notes = @outcomeNotes, updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    now,
    kind: fields.kind,
    title: fields.title,
    durationMinutes: fields.durationMinutes,
    startsAt: fields.startsAt,
    timeZone: fields.timeZone,
    status: fields.status,
    location: fields.location,
    interviewers: fields.interviewers,
    prepNotes: fields.prepNotes,
    checklistJson: JSON.stringify(fields.checklist),
    outcomeNotes: fields.outcomeNotes,
  });
}

export function setStagePosition(db: WritableDb, id: number, position: number): void {
  statement(db, 'UPDATE stages SET position = ? WHERE id = ?').run(position, id);
}

export function deleteStageRow(db: WritableDb, id: number): void {
  statement(db, 'DELETE FROM stages WHERE id = ?').run(id);
}

/** Every stage of every live job, with what the agenda, reminders and calendar need. */
export function listScheduledStages(db: ReadableDb): ScheduledStage[] {
  return statement(
    db,
    `SELECT s.id, s.job_id AS jobId, s.kind, s.title, j.company, j.title AS jobTitle, j.url AS jobUrl,
            s.duration_minutes AS durationMinutes, s.starts_at AS startsAt, s.time_zone AS timeZone, s.status,
            s.location, s.prep_notes AS prepNotes, s.outcome_notes AS outcomeNotes
     FROM stages s JOIN jobs j ON j.id = s.job_id
     WHERE j.deleted_at IS NULL AND s.starts_at IS NOT NULL
     ORDER BY s.starts_at, s.id`,
  ).all() as ScheduledStage[];
}
