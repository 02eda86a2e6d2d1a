import { addDays, format } from 'date-fns';
import { sortActivity, type ActivityEntry, type ActivityReport } from '../../../src-shared/domain/activity-report';
import { outcomeWords, type CloseOutcome, type StageStatus } from '../../../src-shared/domain/job';
import { localDay, noonOf } from '../../../src-shared/domain/job-dates';
import { QuarryError } from '../../../src-shared/errors';
import type { Clock } from '../context';
import type { ReadableDb } from '../db/database';
import { closingsBetween, jobsByDay, stagesBetween } from '../repos/activity-repo';

const STAGE_RESULTS: Partial<Record<StageStatus, string>> = { passed: 'passed', failed: 'not passed', done: 'held' };

/** The instant a calendar day starts, in this computer's time zone. */
const startOf = (day: string): string => new Date(`${day}T00:00:00`).toISOString();

/**
 * Everything the user did between two calendar days, both included:
 * applications sent, interviews held (or booked), follow-up days reached and
 * outcomes. Follow-up days still ahead of today are plans, not activity.
 */
export function activityReport(db: ReadableDb, from: string, to: string, clock: Clock): ActivityReport {
  if (from > to) throw new QuarryError('invalid_argument', `The report starts (${from}) after it ends (${to}).`);
  const start = startOf(from);
  const end = startOf(format(addDays(noonOf(to), 1), 'yyyy-MM-dd'));
  const today = localDay(clock());
  const entries: ActivityEntry[] = [
    ...jobsByDay(db, 'applied_on', from, to).map((job): ActivityEntry => ({ ...job, kind: 'applied', time: null, detail: null })),
    ...jobsByDay(db, 'follow_up_on', from, to < today ? to : today).map((job): ActivityEntry => ({
      ...job,
      kind: 'follow_up',
      time: null,
      detail: null,
    })),
    ...stagesBetween(db, start, end).map(({ startsAt, stage, status, ...job }): ActivityEntry => {
      const at = new Date(startsAt);
      const result = STAGE_RESULTS[status as StageStatus];
      return {
        ...job,
        kind: 'interview',
        day: localDay(at),
        time: format(at, 'HH:mm'),
        detail: result ? `${stage} (${result})` : stage,
      };
    }),
    ...closingsBetween(db, start, end).map(({ changedAt, outcome, ...job }): ActivityEntry => ({
      ...job,
      kind: 'outcome',
      day: localDay(new Date(changedAt)),
      time: null,
      detail: outcome ? outcomeWords(outcome as CloseOutcome) : 'closed',
    })),
  ];
  return { from, to, entries: sortActivity(entries) };
}
