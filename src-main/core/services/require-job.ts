import { QuarryError } from '../../../src-shared/errors';
import type { ReadableDb } from '../db/database';
import { findJob, type JobRow } from '../repos/jobs-repo';

/** The live job with this id, or the not-found error a call answers with. */
export function requireJob(db: ReadableDb, jobId: number): JobRow {
  const job = findJob(db, jobId);
  if (!job) throw new QuarryError('not_found', `There is no job ${jobId}.`);
  return job;
}
