/** The days a user tracks on a job (applied, apply by, follow up): what is due, and how a card and the agenda say it. */
import { differenceInCalendarDays, format } from 'date-fns';
import type { BoardColumn, JobCard } from './job';

/** yyyy-MM-dd of an instant on the user's own calendar. */
export const localDay = (instant: Date): string => format(instant, 'yyyy-MM-dd');

/** Noon of a yyyy-MM-dd day, local time: safe from midnight and daylight-saving edges. */
export const noonOf = (day: string): Date => new Date(`${day}T12:00:00`);

/** "5 Dec", or "5 Dec 2027" when the year is not `now`'s. */
export const shortDate = (date: Date, now: Date): string =>
  format(date, date.getFullYear() === now.getFullYear() ? 'd MMM' : 'd MMM yyyy');

export type DateTaskKind = 'apply_by' | 'follow_up';

export const DATE_TASK_LABELS: Record<DateTaskKind, string> = { apply_by: 'Apply by', follow_up: 'Follow up' };

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

/** How close a day is: past, today, within three days, or later. */
export function urgencyOf(day: string, today: string): Urgency {
  const days = differenceInCalendarDays(noonOf(day), noonOf(today));
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= 3 ? 'soon' : 'later';
}

/** "today", "tomorrow", "5 Dec", "5 Dec 2027": a day as a card or the agenda says it. */
export function shortDay(day: string, today: string): string {
  const days = differenceInCalendarDays(noonOf(day), noonOf(today));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return shortDate(noonOf(day), noonOf(today));
}

export interface DateTask {
  kind: DateTaskKind;
  day: string;
  urgency: Urgency;
  card: JobCard;
}

/**
 * The dated things still to do for one job: its deadline while it has not
 * been applied to, its follow-up day; nothing once the job is closed.
 */
export function dateTasksOf(card: JobCard, column: BoardColumn | undefined, today: string): DateTask[] {
  if (!column || column.closes) return [];
  const tasks: DateTask[] = [];
  if (card.applyBy && !card.appliedOn)
    tasks.push({ kind: 'apply_by', day: card.applyBy, urgency: urgencyOf(card.applyBy, today), card });
  if (card.followUpOn) tasks.push({ kind: 'follow_up', day: card.followUpOn, urgency: urgencyOf(card.followUpOn, today), card });
  return tasks;
}

/** Every job's dated tasks, earliest day first, for the agenda. */
export function dateTasks(cards: readonly JobCard[], columns: readonly BoardColumn[], today: string): DateTask[] {
  const byId = new Map(columns.map((column) => [column.id, column]));
  return cards
    .flatMap((card) => dateTasksOf(card, byId.get(card.columnId), today))
    .sort((a, b) => a.day.localeCompare(b.day) || a.card.id - b.card.id);
}
