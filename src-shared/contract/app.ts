import * as v from 'valibot';
import { CARD_SORTS } from '../domain/board';
import { MIN_COLUMN_WIDTH, TABLE_COLUMNS } from '../domain/job-table';
import { THEMES, type Settings } from '../domain/settings';
import { call, fields, noArgs } from './schemas';

/** The app itself and its settings. */
export const appCalls = {
  getAppInfo: call<AppInfo>()(noArgs),
  getSettings: call<Settings>()(noArgs),
  updateSettings: call<Settings>()(
    fields({
      reminderOffsetsMinutes: v.optional(
        v.pipe(
          v.array(
            v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30 * 24 * 60)),
            'reminders must be a list of minutes',
          ),
          v.maxLength(10, 'at most 10 reminders'),
        ),
      ),
      followUpDays: v.optional(v.pipe(v.number('follow-up days must be a number'), v.integer(), v.minValue(1), v.maxValue(365))),
      ghostAfterDays: v.optional(
        v.pipe(
          v.number('ghosting days must be a number'),
          v.integer(),
          v.minValue(1, 'ghosting days must be 1 or more'),
          v.maxValue(365),
        ),
      ),
      theme: v.optional(v.picklist(THEMES, 'theme must be system, light or dark')),
      archiveClosedAfterDays: v.optional(
        v.nullable(v.pipe(v.number('archive days must be a number'), v.integer(), v.minValue(1), v.maxValue(3650))),
      ),
      columnSorts: v.optional(
        v.pipe(
          v.record(
            v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/u, 'column sorts are keyed by column id')),
            v.picklist(CARD_SORTS, `a column sorts by one of ${CARD_SORTS.join(', ')}`),
          ),
          v.check((sorts) => Object.keys(sorts).length <= 100, 'at most 100 column sorts'),
        ),
      ),
      tableColumnWidths: v.optional(
        v.record(
          v.picklist(TABLE_COLUMNS, `table columns are ${TABLE_COLUMNS.join(', ')}`),
          v.pipe(v.number('a column width must be a number'), v.integer(), v.minValue(MIN_COLUMN_WIDTH), v.maxValue(2000)),
        ),
      ),
    }),
  ),
} as const;

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  /** 'electron' for the desktop app, 'browser' for the development host, 'cli' for the command line. */
  host: 'electron' | 'browser' | 'cli';
}
