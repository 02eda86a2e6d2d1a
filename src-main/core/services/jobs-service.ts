import type { Db } from '../db/database';
import type { Board, JobCard, JobRecord, NewJob } from '../../../src-shared/domain/job';
import { positionBetween } from '../../../src-shared/domain/positions';
import { QuarryError } from '../../../src-shared/errors';
import { findColumn, firstOpenColumn, listColumns } from '../repos/columns-repo';
import { EMPTY_JOB_FIELDS, findJob, insertJob, listCards, listJobs, lastPositionInColumn, type JobRow } from '../repos/jobs-repo';
import { recordStatusChange } from '../repos/history-repo';
import { cardOf } from './board-service';
import { listStageSummaries } from '../repos/stages-repo';

export type Clock = () => Date;

export function getBoard(db: Db, clock: Clock): Board {
  return { columns: listColumns(db), cards: listCards(db, clock().toISOString()) };
}

/** Adds a job typed in by hand at the bottom of the first open column. */
export function addJob(db: Db, job: NewJob, clock: Clock): JobCard {
  const now = clock().toISOString();
  const id = db.transaction(() => {
    const column = firstOpenColumn(db);
    const position = positionBetween(lastPositionInColumn(db, column.id), null);
    const jobId = insertJob(
      db,
      { ...EMPTY_JOB_FIELDS, title: job.title, company: job.company, url: job.url ? job.url : null },
      { columnId: column.id, position },
      now,
    );
    recordStatusChange(db, { jobId, fromColumnId: null, toColumnId: column.id, outcome: null, changedAt: now });
    return jobId;
  })();
  return cardOf(db, id, clock);
}

export function getJobRecord(db: Db, id: number): JobRecord {
  const row = findJob(db, id);
  if (!row) throw new QuarryError('not_found', `There is no job with id ${id}.`);
  return toRecord(db, row, new Map());
}

export function listJobRecords(db: Db): JobRecord[] {
  const columnNames = new Map(listColumns(db).map((column) => [column.id, column.name]));
  return listJobs(db).map((row) => toRecord(db, row, columnNames));
}

function toRecord(db: Db, row: JobRow, columnNames: Map<number, string>): JobRecord {
  const column = columnNames.get(row.columnId) ?? findColumn(db, row.columnId)?.name ?? '';
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    location: row.location,
    remote: row.remote,
    url: row.url,
    tags: row.tags,
    postedAt: row.postedAt,
    salary: {
      min: row.salaryMin,
      max: row.salaryMax,
      currency: row.salaryCurrency,
      period: row.salaryPeriod,
      text: row.salaryText,
    },
    employmentType: row.employmentType,
    column,
    stages: listStageSummaries(db, row.id),
    descriptionText: row.descriptionText,
  };
}
