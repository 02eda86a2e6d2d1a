import type { BoardColumn, JobCard } from '../../src-shared/domain/job';

/** The edit dialog's fields left empty: spread under the title, company and id an edit names. */
export const EMPTY_JOB_EDIT = {
  location: null,
  remote: null,
  url: null,
  tags: [],
  employmentType: null,
  salaryText: null,
};

/** A card as the board holds it, with only what a test cares about set. */
export const jobCard = (id: number, columnId: number, position: number, extra: Partial<JobCard> = {}): JobCard => ({
  id,
  title: `Job ${id}`,
  company: 'Acme',
  location: null,
  remote: null,
  url: null,
  tags: [],
  columnId,
  position,
  outcome: null,
  createdAt: '2026-11-24T00:00:00Z',
  updatedAt: '2026-11-24T00:00:00Z',
  lastMovedAt: '2026-11-24T00:00:00Z',
  lastHeardAt: null,
  appliedBefore: null,
  nextStage: null,
  appliedOn: null,
  applyBy: null,
  followUpOn: null,
  priority: 0,
  salary: { min: null, max: null, currency: null, period: null, text: null },
  ...extra,
});

/** A board column named after its key ("saved" -> "Saved"), placed by its id unless told otherwise. */
export const boardColumn = (id: number, key: string, closes = false, position = id): BoardColumn => ({
  id,
  key,
  name: key[0]!.toUpperCase() + key.slice(1),
  position,
  hidden: false,
  closes,
});
