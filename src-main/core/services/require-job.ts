import { QuarryError } from '../../../src-shared/errors';
import type { ReadableDb } from '../db/database';
import { findJob, type JobRow } from '../repos/jobs-repo';

/** The live job with this id (or a deleted one, when asked), else the not-found error a call answers with. */
export function requireJob(db: ReadableDb, jobId: number, includeDeleted = false): JobRow {
  const job = findJob(db, jobId, includeDeleted);
  if (!job) throw new QuarryError('not_found', `There is no job with id ${jobId}.`);
  return job;
}
