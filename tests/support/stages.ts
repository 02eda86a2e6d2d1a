import type { ScheduledStage } from '../../src-shared/domain/schedule';

/** A scheduled stage as the agenda receives it, with only what a test cares about changed. */
export const scheduledStage = (id: number, startsAt: string | null, overrides: Partial<ScheduledStage> = {}): ScheduledStage => ({
  id,
  jobId: id,
  kind: 'technical',
  title: `Stage ${id}`,
  company: 'Acme',
  jobTitle: 'Engineer',
  jobUrl: null,
  durationMinutes: 60,
  startsAt,
  timeZone: 'Europe/Berlin',
  status: 'scheduled',
  location: null,
  prepNotes: null,
  outcomeNotes: null,
  ...overrides,
});
