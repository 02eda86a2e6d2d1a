import { format } from 'date-fns';
import { appliedBeforeWarning, companyKey, similarTitles, type CompanyPage } from '../../../src-shared/domain/companies';
import { QuarryError } from '../../../src-shared/errors';
import type { Clock } from '../context';
import type { ReadableDb } from '../db/database';
import { companyApplications, jobTitlesAt, pastApplicationsAt } from '../repos/companies-repo';
import { findJob } from '../repos/jobs-repo';

/**
 * What the user should know before saving a job at this company: the last
 * application they sent there, and saved jobs whose title is nearly the same.
 * Read before the job is written, so it never warns about itself.
 */
export function companyWarnings(db: ReadableDb, job: { company: string; title: string }, now: string): string[] {
  const key = companyKey(job.company);
  if (!key) return [];
  const warnings: string[] = [];
  const [latest] = pastApplicationsAt(db, key, now);
  if (latest) warnings.push(`${appliedBeforeWarning(latest)}.`);
  const similar = jobTitlesAt(db, key).find((saved) => saved.title !== job.title && similarTitles(saved.title, job.title));
  if (similar) {
    warnings.push(
      `A similar job at ${job.company} is saved: “${similar.title}” (${format(new Date(similar.createdAt), 'd MMM yyyy')}).`,
    );
  }
  return warnings;
}

/** Every application at the company of a job, with dates and outcomes. */
export function companyPageOf(db: ReadableDb, jobId: number, clock: Clock): CompanyPage {
  const job = findJob(db, jobId);
  if (!job) throw new QuarryError('not_found', `There is no job ${jobId}.`);
  const applications = companyApplications(db, companyKey(job.company), clock().toISOString());
  return { name: job.company, applications };
}
