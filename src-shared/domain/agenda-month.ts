/** The agenda as a month: weeks of days, Monday first, each with the stages that start on it in the user's zone. */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, startOfMonth, startOfWeek } from 'date-fns';
import type { ScheduledStage } from './schedule';

export interface MonthDay {
  /** yyyy-MM-dd in the user's zone. */
  date: string;
  /** The day of the month, as the grid shows it. */
  day: number;
  /** False for the days of the weeks around the month that fill the grid. */
  inMonth: boolean;
  today: boolean;
  stages: ScheduledStage[];
}

export interface MonthGrid {
  /** "November 2026" */
  label: string;
  /** yyyy-MM, for moving to the month before or after. */
  month: string;
  weeks: MonthDay[][];
}

/** "14:30": when an instant falls on the clock in `timeZone`. */
export function clockTime(instant: string, timeZone: string): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'HH:mm');
}

/** The yyyy-MM `months` away from `month`. */
export function shiftMonth(month: string, months: number): string {
  return format(addMonths(new Date(`${month}-01T12:00:00`), months), 'yyyy-MM');
}

/** The month (yyyy-MM) an instant falls in, in `timeZone`. */
export function monthOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM');
}

/**
 * The month as whole weeks, Monday to Sunday, with every scheduled stage (not
 * cancelled) on the day it starts in `timeZone`, earliest first.
 */
export function monthGrid(month: string, stages: readonly ScheduledStage[], now: Date, timeZone: string): MonthGrid {
  const first = new Date(`${month}-01T12:00:00`);
  const byDay = new Map<string, ScheduledStage[]>();
  for (const stage of [...stages].sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))) {
    if (!stage.startsAt || stage.status === 'cancelled') continue;
    const day = format(new TZDate(new Date(stage.startsAt).getTime(), timeZone), 'yyyy-MM-dd');
    byDay.set(day, [...(byDay.get(day) ?? []), stage]);
  }
  const today = format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
  const weeks: MonthDay[][] = [];
  let cursor = startOfWeek(startOfMonth(first), { weekStartsOn: 1 });
  do {
    const week: MonthDay[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = format(cursor, 'yyyy-MM-dd');
      week.push({
        date,
        day: cursor.getDate(),
        inMonth: date.startsWith(month),
        today: date === today,
        stages: byDay.get(date) ?? [],
      });
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  } while (format(cursor, 'yyyy-MM') === month);
  return { label: format(first, 'MMMM yyyy'), month, weeks };
}
