import { Notification } from 'electron';
import { jobName } from '../../src-shared/domain/job';
import type { CoreContext } from '../core/context';
import { dueFollowUps, upcomingReminders } from '../core/services/reminders-service';

/** setTimeout cannot wait longer than ~24.8 days; later reminders are armed when the schedule is next re-read. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;
const REARM_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Interview reminders as OS notifications. The schedule is the pure
 * `reminderSchedule`; this only turns its next entries into timers, and
 * re-arms them at start, whenever stages change and every few hours; and
 * nudges, once a day, about applications that have waited too long.
 */
export function armReminders(core: CoreContext, onClick: (jobId: number) => void): () => void {
  let timers: NodeJS.Timeout[] = [];
  const arm = () => {
    timers.forEach(clearTimeout);
    const now = core.clock();
    timers = upcomingReminders(core.db, core.clock)
      .map((reminder) => ({ reminder, wait: new Date(reminder.at).getTime() - now.getTime() }))
      .filter(({ wait }) => wait <= LONGEST_WAIT_MS)
      .map(({ reminder, wait }) =>
        setTimeout(() => {
          if (!Notification.isSupported()) return;
          const notification = new Notification({ title: reminder.title, body: reminder.body });
          notification.on('click', () => onClick(reminder.jobId));
          notification.show();
        }, wait),
      );
  };
  let nudgedOn = '';
  /** Once a day: one notification for every application waiting for a follow-up. */
  const nudge = () => {
    const now = core.clock();
    const today = now.toISOString().slice(0, 10);
    if (nudgedOn === today || !Notification.isSupported()) return;
    const due = dueFollowUps(core.db, core.clock);
    if (due.length === 0) return;
    nudgedOn = today;
    const notification = new Notification({
      title: due.length === 1 ? 'Time to follow up' : `${due.length} applications need a follow-up`,
      body: due
        .slice(0, 3)
        .map((card) => jobName(card))
        .join('\n'),
    });
    notification.on('click', () => onClick(due[0]!.id));
    notification.show();
  };
  arm();
  nudge();
  core.onJobsChanged(arm);
  const rearm = setInterval(() => {
    arm();
    nudge();
  }, REARM_EVERY_MS);
  return () => {
    clearInterval(rearm);
    timers.forEach(clearTimeout);
  };
}
