import type { ActivityReport } from '../domain/activity-report';
import type { CompanyPage } from '../domain/companies';
import { call, day, fields, id } from './schemas';

/** The story of a search across jobs: employers and what the user did when. */
export const historyCalls = {
  /** Every application at the company of this job (names matched across case, accents and legal forms). */
  getCompany: call<CompanyPage>()(fields({ jobId: id })),
  /** Applications sent, interviews, follow-ups and outcomes between two calendar days, both included. */
  getActivityReport: call<ActivityReport>()(fields({ from: day('From'), to: day('To') })),
} as const;
