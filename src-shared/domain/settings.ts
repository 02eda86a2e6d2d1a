import type { CardSort } from './board';
import { DEFAULT_FOLLOW_UP_DAYS } from './follow-up';
import { DEFAULT_GHOST_DAYS } from './ghosting';
import type { TableColumn } from './job-table';
import { DEFAULT_REMINDER_OFFSETS } from './schedule';

/** Light or dark: as the system says, or always one of them. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** Minutes before each interview stage to be reminded. */
  reminderOffsetsMinutes: number[];
  /** Days without change after which an application gets a follow-up nudge. */
  followUpDays: number;
  /** Days without a move or an interview after which an application is offered for closing as ghosted. */
  ghostAfterDays: number;
  theme: Theme;
  /** Days after which a closed job leaves the board (still searchable and in Insights); null: never. */
  archiveClosedAfterDays: number | null;
  /** Columns (by id) the user sorted by something other than their own order. */
  columnSorts: Record<string, CardSort>;
  /** Table columns the user resized, in pixels. */
  tableColumnWidths: Partial<Record<TableColumn, number>>;
}

export const DEFAULT_SETTINGS: Settings = {
  reminderOffsetsMinutes: [...DEFAULT_REMINDER_OFFSETS],
  followUpDays: DEFAULT_FOLLOW_UP_DAYS,
  ghostAfterDays: DEFAULT_GHOST_DAYS,
  theme: 'system',
  archiveClosedAfterDays: null,
  columnSorts: {},
  tableColumnWidths: {},
};

/** Archive choices offered in Settings. */
export const ARCHIVE_CHOICES = [
  { days: null, label: 'Never' },
  { days: 30, label: 'After 30 days' },
  { days: 90, label: 'After 90 days' },
  { days: 180, label: 'After 180 days' },
] as const;

/** Reminder choices offered in Settings. */
export const REMINDER_CHOICES = [
  { minutes: 7 * 24 * 60, label: '1 week before' },
  { minutes: 24 * 60, label: '1 day before' },
  { minutes: 120, label: '2 hours before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 10, label: '10 minutes before' },
] as const;
