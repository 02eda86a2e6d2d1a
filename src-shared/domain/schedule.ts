import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInCalendarDays, format, formatDistance } from 'date-fns';
import { jobName, type StageKind, type StageStatus } from './job';

/** An interview stage with what the agenda, reminders and calendar export need. */
export interface ScheduledStage {
  id: number;
  jobId: number;
  kind: StageKind;
  title: string;
  company: string;
  jobTitle: string;
  jobUrl: string | null;
  durationMinutes: number | null;
  /** ISO-8601 UTC instant, or null while unscheduled. */
  startsAt: string | null;
  /** IANA zone the stage was scheduled in (the interviewer's, usually). */
  timeZone: string | null;
  status: StageStatus;
  location: string | null;
  prepNotes: string | null;
  outcomeNotes: string | null;
}

export const DEFAULT_DURATION_MINUTES = 60;
const FINISHED: readonly StageStatus[] = ['done', 'passed', 'failed', 'cancelled'];

/** A wall-clock date and time in a zone ("2026-03-08", "14:00", "America/New_York") to the UTC instant it names. */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, timeZone).getTime()).toISOString();
}

/** A UTC instant as the wall-clock date and time in a zone. */
export function utcToZoned(instant: string, timeZone: string): { date: string; time: string } {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** "Thu 27 Nov, 14:00 (GMT+1)" in a zone. */
export function formatInZone(instant: string, timeZone: string): string {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone);
  return `${format(zoned, 'EEE d MMM, HH:mm')} ${format(zoned, '(zzz)')}`;
}

export function endOf(stage: Pick<ScheduledStage, 'startsAt' | 'durationMinutes'>): Date | null {
  return stage.startsAt ? addMinutes(new Date(stage.startsAt), stage.durationMinutes ?? DEFAULT_DURATION_MINUTES) : null;
}

export interface AgendaItem {
  stage: ScheduledStage;
  /** "in 2 hours", "3 days ago". */
  relative: string;
  /** Overlaps another scheduled stage. */
  conflict: boolean;
  /** Over, but nobody recorded how it went. */
  needsOutcome: boolean;
}

export interface AgendaDay {
  /** "Today", "Tomorrow", "Yesterday" or "Thu 27 Nov", in the user's zone. */
  label: string;
  date: string;
  items: AgendaItem[];
}

function dayLabel(instant: Date, now: Date, timeZone: string): { label: string; date: string } {
  const day = new TZDate(instant.getTime(), timeZone);
  const today = new TZDate(now.getTime(), timeZone);
  const offset = differenceInCalendarDays(day, today);
  const label = offset === 0 ? 'Today' : offset === 1 ? 'Tomorrow' : offset === -1 ? 'Yesterday' : format(day, 'EEE d MMM');
  return { label, date: format(day, 'yyyy-MM-dd') };
}

/**
 * Scheduled stages by day in the user's zone: upcoming ones, and past ones
 * still waiting for an outcome. Overlapping stages are flagged.
 */
export function buildAgenda(stages: readonly ScheduledStage[], now: Date, timeZone: string): AgendaDay[] {
  const scheduled = stages
    .filter((stage) => stage.startsAt && stage.status !== 'cancelled')
    .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!) || a.id - b.id);
  const items: AgendaItem[] = scheduled
    .map((stage, index) => {
      const start = new Date(stage.startsAt!);
      const end = endOf(stage)!;
      const conflict = scheduled.some(
        (other, otherIndex) => otherIndex !== index && new Date(other.startsAt!) < end && endOf(other)! > start,
      );
      const needsOutcome = end < now && !FINISHED.includes(stage.status);
      return { stage, relative: formatDistance(start, now, { addSuffix: true }), conflict, needsOutcome };
    })
    .filter((item) => endOf(item.stage)! >= now || item.needsOutcome);
  const days = new Map<string, AgendaDay>();
  for (const item of items) {
    const { label, date } = dayLabel(new Date(item.stage.startsAt!), now, timeZone);
    const day = days.get(date) ?? { label, date, items: [] };
    day.items.push(item);
    days.set(date, day);
  }
  return [...days.values()];
}

export const DEFAULT_REMINDER_OFFSETS = [24 * 60, 30] as const;

export interface Reminder {
  stageId: number;
  /** The job to show when the reminder is clicked. */
  jobId: number;
  /** When to notify (ISO UTC). */
  at: string;
  minutesBefore: number;
  title: string;
  body: string;
}

/**
 * Every reminder still to come, soonest first: one per offset before each
 * scheduled stage. Never for cancelled or finished stages, never in the past.
 */
export function reminderSchedule(
  stages: readonly ScheduledStage[],
  now: Date,
  offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS,
): Reminder[] {
  const reminders: Reminder[] = [];
  for (const stage of stages) {
    // Cancelled is among the finished statuses; a stage already begun has only past reminders, skipped below.
    if (!stage.startsAt || FINISHED.includes(stage.status)) continue;
    const start = new Date(stage.startsAt);
    for (const minutesBefore of offsets) {
      const at = addMinutes(start, -minutesBefore);
      if (at <= now) continue;
      const when = minutesBefore >= 60 * 24 ? 'tomorrow' : `in ${minutesBefore} minutes`;
      reminders.push({
        stageId: stage.id,
        jobId: stage.jobId,
        at: at.toISOString(),
        minutesBefore,
        title: `${stage.title} ${when}`,
        body: `${jobName({ title: stage.jobTitle, company: stage.company })}${stage.location ? ` · ${stage.location}` : ''}`,
      });
    }
  }
  return reminders.sort((a, b) => a.at.localeCompare(b.at) || a.stageId - b.stageId);
}
