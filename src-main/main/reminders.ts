import { Notification } from 'electron';
import { reminderSchedule } from '../../src-shared/domain/schedule';
import type { CoreContext } from '../core/context';
import { scheduledStages } from '../core/services/stages-service';

/** setTimeout cannot wait longer than ~24.8 days; later reminders are armed when the schedule is next re-read. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;
const REARM_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Interview reminders as OS notifications. The schedule is the pure
 * `reminderSchedule`; this only turns its next entries into timers, and
 * re-arms them at start, whenever stages change and every few hours.
 */
export function armReminders(core: CoreContext, onClick: (jobId: number) => void): () => void {
  let timers: NodeJS.Timeout[] = [];
  const arm = () => {
    timers.forEach(clearTimeout);
    const stages = scheduledStages(core.db);
    const now = core.clock();
    timers = reminderSchedule(stages, now)
      .map((reminder) => ({ reminder, wait: new Date(reminder.at).getTime() - now.getTime() }))
      .filter(({ wait }) => wait <= LONGEST_WAIT_MS)
      .map(({ reminder, wait }) =>
        setTimeout(() => {
          if (!Notification.isSupported()) return;
          const notification = new Notification({ title: reminder.title, body: reminder.body });
          const stage = stages.find((candidate) => candidate.id === reminder.stageId);
          if (stage) notification.on('click', () => onClick(stage.jobId));
          notification.show();
        }, wait),
      );
  };
  arm();
  core.onJobsChanged(arm);
  const rearm = setInterval(arm, REARM_EVERY_MS);
  return () => {
    clearInterval(rearm);
    timers.forEach(clearTimeout);
  };
}
