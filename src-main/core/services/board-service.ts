import { format } from 'date-fns';
import type { CloseOutcome, JobCard, JobDates, JobDetail, JobEdit, Priority } from '../../../src-shared/domain/job';
import { evenPositions, needsRenumbering, positionBetween } from '../../../src-shared/domain/positions';
import { salaryFromText } from '../../../src-shared/domain/salary';
import { QuarryError } from '../../../src-shared/errors';
import type { Db } from '../db/database';
import { findColumn, listColumns } from '../repos/columns-repo';
import { listStatusChanges, recordStatusChange } from '../repos/history-repo';
import {
  lastPositionInColumn,
  markApplied,
  setJobDates,
  setPriority,
  setTags,
  findCard,
  placeJob,
  positionAbove,
  renumberColumn,
  remoteImagesAllowed,
  setDeleted,
  setRemoteImagesAllowed,
  updateJobFields,
} from '../repos/jobs-repo';
import { listJobPeople } from '../repos/people-repo';
import { listJobDocuments } from '../repos/documents-repo';
import { readNotes, writeNotes } from '../repos/notes-repo';
import { readSourceFileName } from '../repos/source-files-repo';
import { listStages } from '../repos/stages-repo';
import type { Clock } from '../context';
import { requireJob } from './require-job';

export interface MoveRequest {
  id: number;
  columnId: number;
  /** The card the moved card lands above; null for the bottom of the column. */
  beforeId: number | null;
  outcome?: CloseOutcome | undefined;
}

export function cardOf(db: Db, id: number, clock: Clock): JobCard {
  const card = findCard(db, id, clock().toISOString());
  if (!card) throw new QuarryError('not_found', `There is no job with id ${id}.`);
  return card;
}

function targetPosition(db: Db, request: MoveRequest): number {
  if (request.beforeId === null) return positionBetween(lastPositionInColumn(db, request.columnId, request.id), null);
  const before = requireJob(db, request.beforeId);
  if (before.columnId !== request.columnId) {
    throw new QuarryError('invalid_argument', `Job ${request.beforeId} is not in that column.`);
  }
  const above = positionAbove(db, request.columnId, before.position, request.id);
  if (needsRenumbering(above, before.position)) {
    renumberColumn(db, request.columnId, evenPositions);
    return targetPosition(db, request);
  }
  return positionBetween(above, before.position);
}

/**
 * Moves a card to a column, above another card or to the bottom: one row
 * written (two with the history entry). Landing in a closing column needs
 * the outcome; leaving it clears the outcome.
 */
export function moveJob(db: Db, request: MoveRequest, clock: Clock): JobCard {
  const now = clock().toISOString();
  db.transaction(() => {
    const job = requireJob(db, request.id);
    const column = findColumn(db, request.columnId);
    if (!column) throw new QuarryError('not_found', `There is no column with id ${request.columnId}.`);
    if (request.beforeId === request.id) throw new QuarryError('invalid_argument', 'A job cannot be placed above itself.');
    const outcome = column.closes ? (request.outcome ?? (job.columnId === column.id ? job.outcome : null)) : null;
    if (column.closes && !outcome) {
      throw new QuarryError(
        'invalid_argument',
        `Moving a job to ${column.name} needs an outcome (accepted, rejected, withdrawn, ghosted or no reply).`,
      );
    }
    placeJob(db, job.id, { columnId: column.id, position: targetPosition(db, request), outcome }, now);
    if (column.key === 'applied') markApplied(db, job.id, format(clock(), 'yyyy-MM-dd'));
    if (job.columnId !== column.id || job.outcome !== outcome) {
      recordStatusChange(db, { jobId: job.id, fromColumnId: job.columnId, toColumnId: column.id, outcome, changedAt: now });
    }
  })();
  return cardOf(db, request.id, clock);
}

/** Several moves in one transaction: all land, or none (a bulk move, or its undo putting every card back). */
export function moveJobs(db: Db, requests: readonly MoveRequest[], clock: Clock): JobCard[] {
  db.transaction(() => requests.forEach((request) => moveJob(db, request, clock)))();
  return requests.map((request) => cardOf(db, request.id, clock));
}

export function deleteJob(db: Db, id: number, clock: Clock): void {
  deleteJobs(db, [id], clock);
}

export function deleteJobs(db: Db, ids: readonly number[], clock: Clock): void {
  const now = clock().toISOString();
  db.transaction(() => {
    for (const id of ids) {
      requireJob(db, id);
      setDeleted(db, id, now);
    }
  })();
}

export function restoreJob(db: Db, id: number, clock: Clock): JobCard {
  return restoreJobs(db, [id], clock)[0]!;
}

export function restoreJobs(db: Db, ids: readonly number[], clock: Clock): JobCard[] {
  db.transaction(() => {
    for (const id of ids) {
      requireJob(db, id, true);
      setDeleted(db, id, null);
    }
  })();
  return ids.map((id) => cardOf(db, id, clock));
}

/** Adds a tag to jobs (or takes it off): the cards that changed. A tag is matched ignoring case, as the filter does. */
export function tagJobs(db: Db, ids: readonly number[], tag: string, present: boolean, clock: Clock): JobCard[] {
  const now = clock().toISOString();
  const changed = db.transaction(() =>
    ids.filter((id) => {
      const { tags } = requireJob(db, id);
      const has = tags.some((candidate) => candidate.toLowerCase() === tag.toLowerCase());
      if (has === present) return false;
      setTags(db, id, present ? [...tags, tag] : tags.filter((candidate) => candidate.toLowerCase() !== tag.toLowerCase()), now);
      return true;
    }),
  )();
  return changed.map((id) => cardOf(db, id, clock));
}

export function updateJobDates(db: Db, id: number, dates: JobDates, clock: Clock): JobCard {
  requireJob(db, id);
  setJobDates(db, id, dates, clock().toISOString());
  return cardOf(db, id, clock);
}

export function prioritise(db: Db, ids: readonly number[], priority: Priority, clock: Clock): JobCard[] {
  db.transaction(() => {
    for (const id of ids) requireJob(db, id);
    setPriority(db, ids, priority, clock().toISOString());
  })();
  return ids.map((id) => cardOf(db, id, clock));
}

export function getJobDetail(db: Db, id: number, clock: Clock): JobDetail {
  const job = requireJob(db, id);
  const columnNames = new Map(listColumns(db).map((column) => [column.id, column.name]));
  return {
    ...cardOf(db, id, clock),
    category: job.category,
    applyUrl: job.applyUrl,
    logoUrl: job.logoUrl,
    postedAt: job.postedAt,
    employmentType: job.employmentType,
    salary: job.salary,
    descriptionHtml: job.descriptionHtml,
    remoteImagesAllowed: remoteImagesAllowed(db, id),
    importedAt: job.importedAt,
    sourceFileName: job.sourceFileId === null ? null : (readSourceFileName(db, job.sourceFileId) ?? null),
    notes: readNotes(db, id),
    contacts: listJobPeople(db, id),
    documents: listJobDocuments(db, id),
    stages: listStages(db, id),
    history: listStatusChanges(db, id).map((change) => ({
      from: change.fromColumnId === null ? null : (columnNames.get(change.fromColumnId) ?? null),
      to: columnNames.get(change.toColumnId) ?? '',
      outcome: change.outcome,
      changedAt: change.changedAt,
    })),
  };
}

export function editJob(db: Db, id: number, edit: JobEdit, clock: Clock): JobCard {
  const { salaryText, ...fields } = edit;
  const job = requireJob(db, id);
  // An unchanged salary keeps what the import read (currency from the country, say), which the text alone may not say.
  const salary = salaryText === job.salary.text ? job.salary : salaryFromText(salaryText);
  updateJobFields(db, id, { ...job, ...fields, salary }, clock().toISOString());
  return cardOf(db, id, clock);
}

export function saveNotes(db: Db, jobId: number, body: string, clock: Clock): void {
  requireJob(db, jobId);
  writeNotes(db, jobId, body, clock().toISOString());
}

export function allowRemoteImages(db: Db, id: number, allowed: boolean): boolean {
  requireJob(db, id);
  setRemoteImagesAllowed(db, id, allowed);
  return allowed;
}
