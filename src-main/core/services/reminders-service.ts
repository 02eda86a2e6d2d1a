import { followUpsDue } from '../../../src-shared/domain/follow-up';
import type { JobCard } from '../../../src-shared/domain/job';
import { reminderSchedule, type Reminder } from '../../../src-shared/domain/schedule';
import type { Clock } from '../context';
import type { Db } from '../db/database';
import { listColumns } from '../repos/columns-repo';
import { listCards } from '../repos/jobs-repo';
import { readSettings } from '../repos/settings-repo';
import { listScheduledStages } from '../repos/stages-repo';

/** Every interview reminder still to come, at the offsets the user chose. */
export function upcomingReminders(db: Db, clock: Clock): Reminder[] {
  return reminderSchedule(listScheduledStages(db), clock(), readSettings(db).reminderOffsetsMinutes);
}

/** Applications that have waited longer than the user's follow-up days. */
export function dueFollowUps(db: Db, clock: Clock): JobCard[] {
  const now = clock();
  return followUpsDue(listCards(db, now.toISOString()), listColumns(db), now, readSettings(db).followUpDays);
}
