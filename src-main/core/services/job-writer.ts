import type { CloseOutcome, StageKind } from '../../../src-shared/domain/job';
import { positionBetween, POSITION_STEP } from '../../../src-shared/domain/positions';
import type { Db } from '../db/database';
import { recordStatusChange } from '../repos/history-repo';
import { EMPTY_JOB_FIELDS, insertJob, lastPositionInColumn, markApplied, placeJob, type JobFields } from '../repos/jobs-repo';
import { insertPlannedStage } from '../repos/stages-repo';

export interface NewJobPlace {
  columnId: number;
  /** Set when the job arrives already closed (a spreadsheet row that says "Rejected"). */
  outcome?: CloseOutcome | null;
  /** When the job was saved and entered its column (a spreadsheet's Date Applied, or now). */
  at: string;
  /** The day the user applied (yyyy-MM-dd), when the source says. */
  appliedOn?: string | null;
}

export interface PlannedStep {
  kind: StageKind;
  title: string;
  durationMinutes: number | null;
}

/**
 * The one way a job comes into being, whether typed in, imported or read from
 * a spreadsheet: its fields stored at the bottom of its column, its first
 * status-history row, and the interview steps its listing planned. Runs in the
 * caller's transaction; returns the new job's id.
 */
export function writeNewJob(
  db: Db,
  fields: Partial<JobFields> & Pick<JobFields, 'title' | 'company'>,
  place: NewJobPlace,
  steps: readonly PlannedStep[] = [],
): number {
  const { columnId, at } = place;
  const outcome = place.outcome ?? null;
  const position = positionBetween(lastPositionInColumn(db, columnId), null);
  const jobId = insertJob(db, { ...EMPTY_JOB_FIELDS, ...fields }, { columnId, position }, at);
  if (outcome) placeJob(db, jobId, { columnId, position, outcome }, at);
  if (place.appliedOn) markApplied(db, jobId, place.appliedOn);
  recordStatusChange(db, { jobId, fromColumnId: null, toColumnId: columnId, outcome, changedAt: at });
  steps.forEach((step, index) => insertPlannedStage(db, { jobId, position: (index + 1) * POSITION_STEP, ...step }, at));
  return jobId;
}
