import type { Clock } from '../context';
import type { Db } from '../db/database';
import type { Board, BoardStart, JobCard, JobRecord, NewJob } from '../../../src-shared/domain/job';
import { sortCards } from '../../../src-shared/domain/board';
import { writeNewJob } from './job-writer';
import { findColumn, firstOpenColumn, listColumns } from '../repos/columns-repo';
import { countCardsByColumn, listCards, listCardsInColumn, listFirstCards, listJobs, type JobRow } from '../repos/jobs-repo';
import { readSettings } from '../repos/settings-repo';
import { cardOf } from './board-service';
import { requireJob } from './require-job';
import { listStageSummaries } from '../repos/stages-repo';
import { listJobIds } from '../repos/portability-repo';

export function getBoard(db: Db, clock: Clock): Board {
  return { columns: listColumns(db), cards: listCards(db, clock().toISOString()) };
}

/**
 * The top of every column, in the order the column shows (the user's own, or
 * the sort they chose), with each column's count: a first paint that costs the
 * same at 100 saved jobs as at 10,000. The whole board follows with getBoard.
 */
export function getBoardStart(db: Db, clock: Clock, perColumn: number): BoardStart {
  const now = clock().toISOString();
  const columns = listColumns(db);
  const { columnSorts } = readSettings(db);
  const sorted = columns.filter((column) => (columnSorts[column.id] ?? 'manual') !== 'manual');
  const sortedIds = new Set(sorted.map((column) => column.id));
  const cards = [
    ...listFirstCards(db, now, perColumn).filter((card) => !sortedIds.has(card.columnId)),
    // A sorted column's top is known only once all its cards are read.
    ...sorted.flatMap((column) => sortCards(listCardsInColumn(db, now, column.id), columnSorts[column.id]!).slice(0, perColumn)),
  ];
  return { columns, cards, counts: countCardsByColumn(db) };
}

/** Adds a job typed in by hand at the bottom of the first open column. */
export function addJob(db: Db, job: NewJob, clock: Clock): JobCard {
  const at = clock().toISOString();
  const id = db.transaction(() =>
    writeNewJob(db, { title: job.title, company: job.company, url: job.url || null }, { columnId: firstOpenColumn(db).id, at }),
  )();
  return cardOf(db, id, clock);
}

// Foreign keys name a column for every job, and columns are only ever hidden, never deleted: a job's column is found.
export function getJobRecord(db: Db, id: number): JobRecord {
  const row = requireJob(db, id);
  return toRecord(db, row, findColumn(db, row.columnId)!.name);
}

/** Every job, deleted ones too (they are still searchable for undo): what to refresh after the data was replaced. */
export function everyJobId(db: Db): number[] {
  return listJobIds(db);
}

export function listJobRecords(db: Db): JobRecord[] {
  const columnNames = new Map(listColumns(db).map((column) => [column.id, column.name]));
  return listJobs(db).map((row) => toRecord(db, row, columnNames.get(row.columnId)!));
}

function toRecord(db: Db, row: JobRow, column: string): JobRecord {
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    location: row.location,
    remote: row.remote,
    url: row.url,
    tags: row.tags,
    postedAt: row.postedAt,
    salary: row.salary,
    employmentType: row.employmentType,
    column,
    stages: listStageSummaries(db, row.id),
    descriptionText: row.descriptionText,
  };
}
