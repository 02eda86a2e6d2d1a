import type { StageFields, StageKind, StageView } from '../../../src-shared/domain/job';
import { POSITION_STEP } from '../../../src-shared/domain/positions';
import { toICalendar } from '../../../src-shared/domain/icalendar';
import type { ScheduledStage } from '../../../src-shared/domain/schedule';
import { QuarryError } from '../../../src-shared/errors';
import type { Db } from '../db/database';
import {
  deleteStageRow,
  findStage,
  insertPlannedStage,
  lastStagePosition,
  listScheduledStages,
  listStages,
  setStagePosition,
  updateStage,
  type StageRow,
} from '../repos/stages-repo';
import type { Clock } from '../context';
import { requireJob } from './require-job';

function requireStage(db: Db, id: number): StageRow {
  const stage = findStage(db, id);
  if (!stage) throw new QuarryError('not_found', `There is no interview stage with id ${id}.`);
  return stage;
}

const viewOf = ({ jobId: _jobId, position: _position, ...view }: StageRow): StageView => view;

/** A new stage at the end of a job's plan; `fields` fills in the rest (used by undo to bring a stage back). */
export function addStage(
  db: Db,
  jobId: number,
  stage: { kind: StageKind; title: string; durationMinutes: number | null },
  clock: Clock,
  fields?: StageFields,
): StageView {
  requireJob(db, jobId);
  const now = clock().toISOString();
  return db.transaction(() => {
    const position = (lastStagePosition(db, jobId) ?? 0) + POSITION_STEP;
    const id = insertPlannedStage(db, { jobId, position, ...stage }, now);
    if (fields) updateStage(db, id, fields, now);
    return viewOf(requireStage(db, id));
  })();
}

export function editStage(db: Db, id: number, fields: StageFields, clock: Clock): StageView & { jobId: number } {
  requireStage(db, id);
  if (fields.startsAt && !fields.timeZone) throw new QuarryError('invalid_argument', 'A scheduled stage needs a time zone.');
  updateStage(db, id, fields, clock().toISOString());
  const stage = requireStage(db, id);
  return { ...viewOf(stage), jobId: stage.jobId };
}

export function removeStage(db: Db, id: number): StageView & { jobId: number } {
  const stage = requireStage(db, id);
  deleteStageRow(db, id);
  return { ...viewOf(stage), jobId: stage.jobId };
}

/** Swaps a stage with its neighbour above or below. */
export function shiftStage(db: Db, id: number, direction: 'up' | 'down'): StageView[] {
  const stage = requireStage(db, id);
  const stages = listStages(db, stage.jobId);
  const index = stages.findIndex((candidate) => candidate.id === id);
  const neighbour = stages[index + (direction === 'up' ? -1 : 1)];
  if (neighbour) {
    db.transaction(() => {
      const neighbourPosition = requireStage(db, neighbour.id).position;
      setStagePosition(db, neighbour.id, stage.position);
      setStagePosition(db, id, neighbourPosition);
    })();
  }
  return listStages(db, stage.jobId);
}

export function scheduledStages(db: Db): ScheduledStage[] {
  return listScheduledStages(db);
}

/** One stage, or every upcoming one, as an .ics calendar. */
export function exportCalendar(db: Db, clock: Clock, stageId?: number): string {
  const now = clock();
  if (stageId !== undefined) requireStage(db, stageId);
  const stages = listScheduledStages(db).filter((stage) =>
    stageId === undefined ? new Date(stage.startsAt!) >= now && stage.status !== 'cancelled' : stage.id === stageId,
  );
  if (stageId !== undefined && stages.length === 0) {
    throw new QuarryError('invalid_argument', 'This stage has no date yet: schedule it before exporting it.');
  }
  return toICalendar(stages, { now });
}
