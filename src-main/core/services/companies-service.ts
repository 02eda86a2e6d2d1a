import { format } from 'date-fns';
import { appliedBeforeWarning, companyKey, similarTitles, type CompanyPage } from '../../../src-shared/domain/companies';
import type { Clock } from '../context';
import type { ReadableDb } from '../db/database';
import { companyApplications, latestApplicationAt, savedTitlesAt } from '../repos/companies-repo';
import { requireJob } from './require-job';

/**
 * What the user should know before saving a job at this company: the last
 * application they sent there, and saved jobs whose title is nearly the same.
 * Read before the job is written, so it never warns about itself.
 */
export function companyWarnings(db: ReadableDb, job: { company: string; title: string }, now: string): string[] {
  const key = companyKey(job.company);
  if (!key) return [];
  const warnings: string[] = [];
  const latest = latestApplicationAt(db, key, now);
  if (latest) warnings.push(`${appliedBeforeWarning(latest)}.`);
  // The same title is not "similar": it is the same job again, which the import's duplicate check handles.
  const similar = savedTitlesAt(db, key).find(({ title }) => title !== job.title && similarTitles(title, job.title));
  if (similar) {
    const savedOn = format(new Date(similar.firstSavedAt), 'd MMM yyyy');
    warnings.push(`A similar job at ${job.company} is saved: “${similar.title}” (${savedOn}).`);
  }
  return warnings;
}

/** Every application at the company of a job, with dates and outcomes. */
export function companyPageOf(db: ReadableDb, jobId: number, clock: Clock): CompanyPage {
  const job = requireJob(db, jobId);
  const applications = companyApplications(db, companyKey(job.company), clock().toISOString());
  return { name: job.company, applications };
}
