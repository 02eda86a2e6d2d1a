/** The journey of every job, for Insights. */
import { computeInsights, type DateRange, type Insights, type JobJourney } from '../../../src-shared/domain/insights';
import { type CloseOutcome, type StageKind, type StageStatus } from '../../../src-shared/domain/job';
import type { ReadableDb } from '../db/database';
import { listColumns } from '../repos/columns-repo';
import { listAllMoves, listAllStages, listJourneyHeads } from '../repos/portability-repo';
import type { Clock } from '../context';

/** Every live job with its column, moves and stages. */
function journeys(db: ReadableDb): JobJourney[] {
  const columns = new Map(listColumns(db).map((column) => [column.id, column]));
  // Foreign keys name a column for every job and move, and columns are only ever hidden, never deleted.
  const columnOf = (id: number) => columns.get(id)!;
  const moves = Map.groupBy(listAllMoves(db), (move) => move.jobId);
  const stages = Map.groupBy(listAllStages(db), (stage) => stage.jobId);
  return listJourneyHeads(db).map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    current: { key: columnOf(row.columnId).key, closes: columnOf(row.columnId).closes },
    outcome: row.outcome as CloseOutcome | null,
    moves: (moves.get(row.id) ?? []).map((move) => ({
      toKey: columnOf(move.toColumnId).key,
      toCloses: columnOf(move.toColumnId).closes,
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

export function insights(db: ReadableDb, clock: Clock, range: DateRange): Insights {
  return computeInsights(journeys(db), range, clock());
}
