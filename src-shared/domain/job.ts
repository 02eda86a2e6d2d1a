import type { JobDocument } from './documents';
export const REMOTE_POLICIES = ['remote', 'hybrid', 'onsite'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const STAGE_KINDS = [
  'recruiter_call',
  'hiring_manager',
  'technical',
  'pair_programming',
  'system_design',
  'take_home',
  'values',
  'onsite',
  'final',
  'offer_call',
  'other',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_STATUSES = ['planned', 'scheduled', 'done', 'passed', 'failed', 'cancelled'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** How keen the user is on a job: 0 (not said) to 3 stars. */
export const PRIORITIES = [0, 1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CLOSE_OUTCOMES = ['accepted', 'rejected', 'withdrawn', 'ghosted', 'no_reply'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** What a job is called where it has no title yet (a description saved without its page). */
export const UNTITLED_JOB = 'Untitled job';

export const shownTitle = (title: string): string => title.trim() || UNTITLED_JOB;

/** "Senior Engineer at Acme", as a sentence or a notification names a job. */
export const jobName = (job: { title: string; company: string }): string => `${shownTitle(job.title)} at ${job.company}`;

/** An outcome as it reads in a sentence or a spreadsheet cell: "no reply", "ghosted". */
export const outcomeWords = (outcome: CloseOutcome): string => outcome.replace('_', ' ');

export interface Salary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  text: string | null;
}

export interface StageSummary {
  kind: StageKind;
  title: string;
  durationMinutes: number | null;
  /** ISO-8601 instant in UTC, or null while unscheduled. */
  startsAt: string | null;
  /** IANA zone the stage was scheduled in. */
  timeZone: string | null;
  status: StageStatus;
}

/**
 * The public JSON shape of a job (CLI `list --json`, exports). Field names
 * are a stable format: add fields, never rename them.
 */
export interface JobRecord {
  id: number;
  title: string;
  company: string;
  location: string | null;
  remote: RemotePolicy | null;
  url: string | null;
  tags: string[];
  postedAt: string | null;
  salary: Salary;
  employmentType: string | null;
  column: string;
  stages: StageSummary[];
  descriptionText: string | null;
}

export interface BoardColumn {
  id: number;
  key: string;
  name: string;
  position: number;
  hidden: boolean;
  /** Cards that land here are closed and need an outcome. */
  closes: boolean;
}

export interface JobCard {
  id: number;
  title: string;
  company: string;
  location: string | null;
  remote: RemotePolicy | null;
  url: string | null;
  tags: string[];
  columnId: number;
  position: number;
  outcome: CloseOutcome | null;
  createdAt: string;
  updatedAt: string;
  /** When the job last changed column (or was added). */
  lastMovedAt: string;
  /** The latest interview stage held, added or changed: news from the employer, as far as Quarry knows. */
  lastHeardAt: string | null;
  /** Another application at the same company, sent before, while this one is not sent yet. */
  appliedBefore: PastApplication | null;
  /** The earliest upcoming scheduled interview stage, if any. */
  nextStage: { title: string; startsAt: string } | null;
  salary: Salary;
  /** Calendar days (yyyy-MM-dd) the user tracks: when they applied (set on the first move to Applied), the deadline to apply, the day to follow up. */
  appliedOn: string | null;
  applyBy: string | null;
  followUpOn: string | null;
  priority: Priority;
}

/** An application the user sent before, as a warning about the company recalls it. */
export interface PastApplication {
  jobId: number;
  title: string;
  /** The calendar day it was sent (yyyy-MM-dd). */
  appliedOn: string;
  outcome: CloseOutcome | null;
  /** The last interview stage held, if any. */
  lastStage: string | null;
}

/** The dates of a job the user sets by hand. */
export type JobDates = Pick<JobCard, 'appliedOn' | 'applyBy' | 'followUpOn'>;

export interface Board {
  columns: BoardColumn[];
  cards: JobCard[];
}

/** The top of each column, for the first paint, and how many jobs each column (by id) holds in all. */
export interface BoardStart extends Board {
  counts: Record<number, number>;
}

export interface NewJob {
  title: string;
  company: string;
  url?: string | undefined;
}

export interface StatusChangeView {
  from: string | null;
  to: string;
  outcome: CloseOutcome | null;
  changedAt: string;
}

export interface StageView extends StageSummary {
  id: number;
  location: string | null;
  interviewers: string | null;
  prepNotes: string | null;
  /** Things to prepare, ticked off as they are done. */
  checklist: ChecklistItem[];
  outcomeNotes: string | null;
}

export interface ChecklistItem {
  text: string;
  done: boolean;
}

/** Everything about a stage that the user edits. */
export type StageFields = Omit<StageView, 'id'>;

/** The card a job's detail includes (a stage change alters its "Next:" line, say). */
export function cardFieldsOf(detail: JobCard): JobCard {
  const { id, title, company, location, remote, url, tags, columnId, position, outcome } = detail;
  const { createdAt, updatedAt, lastMovedAt, lastHeardAt, appliedBefore, nextStage, salary } = detail;
  const { appliedOn, applyBy, followUpOn, priority } = detail;
  return {
    id,
    title,
    company,
    location,
    remote,
    url,
    tags,
    columnId,
    position,
    outcome,
    createdAt,
    updatedAt,
    lastMovedAt,
    lastHeardAt,
    appliedBefore,
    nextStage,
    salary,
    appliedOn,
    applyBy,
    followUpOn,
    priority,
  };
}

/** Everything the detail panel shows about one job. */
export interface JobDetail extends JobCard {
  category: string | null;
  applyUrl: string | null;
  logoUrl: string | null;
  postedAt: string | null;
  employmentType: string | null;
  salary: Salary;
  descriptionHtml: string | null;
  /** The user chose to load this listing's images from the web; off by default for privacy. */
  remoteImagesAllowed: boolean;
  importedAt: string | null;
  sourceFileName: string | null;
  notes: string;
  contacts: Contact[];
  /** Files sent with this application. */
  documents: JobDocument[];
  stages: StageView[];
  history: StatusChangeView[];
}

/** What the edit form changes: the listing's own fields, salary as typed. */
export type JobEdit = Pick<JobRecord, 'title' | 'company' | 'location' | 'remote' | 'url' | 'tags' | 'employmentType'> & {
  salaryText: string | null;
};

export interface Contact {
  id: number;
  name: string;
  role: string | null;
  email: string | null;
  link: string | null;
}
