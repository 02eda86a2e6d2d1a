/**
 * The one IPC contract. Every call the renderer can make is declared here
 * once: its name, a runtime schema for its argument, and its result type.
 * The preload and the browser host expose exactly these names; the main side
 * validates each argument against the schema before any service sees it.
 */
import * as v from 'valibot';
import { BACKUP_NAME_PATTERN, type BackupInfo } from './domain/backups';
import type { Insights } from './domain/insights';
import { EXPORT_FORMATS, type DataSummary, type SpreadsheetPreview, type SpreadsheetReport } from './domain/portability';
import { SHEET_FIELDS } from './domain/spreadsheet';
import type { ImportProgress, ImportReport } from './domain/import-report';
import type { SearchHit } from './domain/search-hit';
import type { Reminder, ScheduledStage } from './domain/schedule';
import type { Settings } from './domain/settings';
import {
  CLOSE_OUTCOMES,
  REMOTE_POLICIES,
  STAGE_KINDS,
  STAGE_STATUSES,
  type Board,
  type BoardColumn,
  type Contact,
  type JobCard,
  type JobDetail,
  type JobRecord,
  type StageView,
} from './domain/job';
import type { CallResult } from './errors';
import { normaliseLine } from './domain/text';

export interface CallSpec<Args extends v.GenericSchema, Result> {
  readonly args: Args;
  /** Type-only marker: never set at run time. */
  readonly result?: Result;
}

function call<Result>() {
  return <Args extends v.GenericSchema>(args: Args): CallSpec<Args, Result> => ({ args });
}

const MAX_LINE = 500;
const MAX_URL = 2048;

const requiredLine = (label: string) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.transform(normaliseLine),
    v.nonEmpty(`${label} is required`),
    v.maxLength(MAX_LINE, `${label} must be at most ${MAX_LINE} characters`),
  );

const webUrl = v.pipe(
  v.string('URL must be text'),
  v.trim(),
  v.maxLength(MAX_URL, `URL must be at most ${MAX_URL} characters`),
  v.url('URL must be a full address such as https://example.com/job'),
  v.check((value) => /^https?:/iu.test(value), 'URL must start with http:// or https://'),
);

const optionalLine = (label: string) =>
  v.nullable(
    v.pipe(
      v.string(`${label} must be text`),
      v.transform(normaliseLine),
      v.maxLength(MAX_LINE, `${label} must be at most ${MAX_LINE} characters`),
      v.transform((value) => value || null),
    ),
  );

const optionalUrl = v.optional(v.union([v.literal(''), webUrl], 'URL must be a full address such as https://example.com/job'));

const id = v.pipe(v.number('id must be a number'), v.integer('id must be a whole number'), v.minValue(1, 'id must be positive'));

/** An argument object with exactly these fields: arrays and unknown keys (such as __proto__) are refused. */
function fields<const Entries extends v.ObjectEntries>(entries: Entries) {
  const shape = v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? `unexpected field "${String(issue.path?.at(-1)?.key)}"` : 'expected an object of named fields',
  );
  return v.pipe(
    v.custom<v.InferInput<typeof shape>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      'expected an object of named fields',
    ),
    shape,
  );
}

const noArgs = v.optional(fields({}));

const stageKind = v.picklist(STAGE_KINDS, `kind must be one of ${STAGE_KINDS.join(', ')}`);
const duration = v.nullable(
  v.pipe(v.number('duration must be a number'), v.integer('duration must be whole minutes'), v.minValue(5), v.maxValue(24 * 60)),
);
const optionalText = (label: string, max: number) =>
  v.nullable(v.pipe(v.string(`${label} must be text`), v.maxLength(max, `${label} must be at most ${max} characters`)));
const timeZone = v.pipe(
  v.string('time zone must be text'),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'time zone must be an IANA name such as Europe/London'),
);
/** Every editable field of an interview stage. */
const stageFields = {
  kind: stageKind,
  title: requiredLine('Stage title'),
  durationMinutes: duration,
  startsAt: v.nullable(v.pipe(v.string(), v.isoTimestamp('start must be an ISO-8601 instant'))),
  timeZone: v.nullable(timeZone),
  status: v.picklist(STAGE_STATUSES, `status must be one of ${STAGE_STATUSES.join(', ')}`),
  location: optionalText('Location', 2000),
  interviewers: optionalText('Interviewers', 2000),
  prepNotes: optionalText('Prep notes', 100_000),
  checklist: v.pipe(
    v.array(
      fields({ text: requiredLine('Checklist item'), done: v.boolean('done must be true or false') }),
      'checklist must be a list',
    ),
    v.maxLength(100, 'at most 100 checklist items'),
  ),
  outcomeNotes: optionalText('Outcome notes', 100_000),
};

const MAX_IMPORT_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;
const fileContent = v.pipe(
  v.string('file content must be base64 text'),
  v.maxLength(MAX_IMPORT_BASE64 * 10, 'file is larger than 500 MB'),
  v.base64('file content must be base64 text'),
);
const isoInstant = v.pipe(v.string('dates must be text'), v.isoTimestamp('dates must be ISO timestamps'));

export const contract = {
  getAppInfo: call<AppInfo>()(noArgs),
  getBoard: call<Board>()(noArgs),
  getJob: call<JobRecord>()(fields({ id })),
  addJob: call<JobCard>()(
    fields({
      title: requiredLine('Title'),
      company: requiredLine('Company'),
      url: optionalUrl,
    }),
  ),
  getJobDetail: call<JobDetail>()(fields({ id })),
  moveJob: call<JobCard>()(
    fields({
      id,
      columnId: id,
      beforeId: v.nullable(id),
      outcome: v.optional(v.picklist(CLOSE_OUTCOMES, `outcome must be one of ${CLOSE_OUTCOMES.join(', ')}`)),
    }),
  ),
  editJob: call<JobCard>()(
    fields({
      id,
      title: requiredLine('Title'),
      company: requiredLine('Company'),
      location: optionalLine('Location'),
      remote: v.nullable(v.picklist(REMOTE_POLICIES, `remote must be one of ${REMOTE_POLICIES.join(', ')}`)),
      url: v.nullable(webUrl),
      tags: v.pipe(v.array(requiredLine('Tag'), 'tags must be a list'), v.maxLength(50, 'at most 50 tags')),
      employmentType: optionalLine('Employment type'),
      salaryText: optionalLine('Salary'),
    }),
  ),
  deleteJob: call<null>()(fields({ id })),
  restoreJob: call<JobCard>()(fields({ id })),
  saveNotes: call<null>()(
    fields({
      jobId: id,
      body: v.pipe(v.string('notes must be text'), v.maxLength(200_000, 'notes are limited to 200,000 characters')),
    }),
  ),
  addContact: call<Contact>()(
    fields({
      jobId: id,
      name: requiredLine('Name'),
      role: optionalLine('Role'),
      email: v.nullable(
        v.pipe(v.string('email must be text'), v.trim(), v.email('Email must look like name@example.com'), v.maxLength(320)),
      ),
      link: v.nullable(webUrl),
    }),
  ),
  removeContact: call<Contact & { jobId: number }>()(fields({ id })),
  addStage: call<StageView>()(
    fields({ jobId: id, kind: stageKind, title: requiredLine('Stage title'), durationMinutes: duration }),
  ),
  updateStage: call<StageView & { jobId: number }>()(fields({ id, ...stageFields })),
  deleteStage: call<StageView & { jobId: number }>()(fields({ id })),
  restoreStage: call<StageView>()(fields({ jobId: id, ...stageFields })),
  moveStage: call<StageView[]>()(fields({ id, direction: v.picklist(['up', 'down'], 'direction must be up or down') })),
  getSchedule: call<ScheduledStage[]>()(noArgs),
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
    }),
  ),
  getReminders: call<Reminder[]>()(noArgs),
  exportCalendar: call<string>()(fields({ stageId: v.optional(id) })),
  search: call<SearchHit[]>()(
    fields({
      query: v.pipe(v.string('query must be text'), v.maxLength(500, 'query must be at most 500 characters')),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50_000, 'limit must be at most 50,000')), 20),
    }),
  ),
  addColumn: call<BoardColumn>()(fields({ name: requiredLine('Column name') })),
  renameColumn: call<BoardColumn>()(fields({ id, name: requiredLine('Column name') })),
  moveColumn: call<BoardColumn[]>()(fields({ id, beforeId: v.nullable(id) })),
  setColumnHidden: call<BoardColumn>()(fields({ id, hidden: v.boolean('hidden must be true or false') })),
  /** Files the page read itself (drag-and-drop, file picker in the browser host), as base64. */
  importFiles: call<ImportReport>()(
    fields({
      files: v.pipe(
        v.array(
          fields({
            name: v.pipe(
              v.string('file name must be text'),
              v.nonEmpty('file name is required'),
              v.maxLength(1024, 'file name is too long'),
            ),
            contentBase64: v.pipe(
              v.string('file content must be base64 text'),
              v.maxLength(MAX_IMPORT_BASE64, 'file is larger than 50 MB'),
              v.base64('file content must be base64 text'),
            ),
            lastModified: v.optional(v.pipe(v.number('lastModified must be a number'), v.integer(), v.minValue(0))),
          }),
          'files must be a list',
        ),
        v.minLength(1, 'choose at least one file'),
        v.maxLength(5000, 'at most 5000 files at once'),
      ),
    }),
  ),
  /** Opens the system's file (or folder) picker and imports what the user chose; null when they cancel. */
  importWithDialog: call<ImportReport | null>()(fields({ folders: v.boolean('folders must be true or false') })),
  cancelImport: call<boolean>()(fields({ importId: id })),
  /** Imports the jobs ticked in a list page's preview (`token` from the import report). */
  importListJobs: call<ImportReport>()(
    fields({
      token: id,
      picks: v.pipe(
        v.array(
          v.pipe(v.number('picks must be numbers'), v.integer('picks must be whole numbers'), v.minValue(0)),
          'picks must be a list',
        ),
        v.minLength(1, 'tick at least one job'),
        v.maxLength(50_000, 'at most 50,000 jobs at once'),
      ),
    }),
  ),
  /** Loads (or stops loading) a listing's images from the web, for this job only. */
  setRemoteImages: call<boolean>()(fields({ id, allowed: v.boolean('allowed must be true or false') })),
  getInsights: call<Insights>()(
    fields({ from: v.optional(v.nullable(isoInstant), null), to: v.optional(v.nullable(isoInstant), null) }),
  ),
  /** The whole data folder as JSON (lossless) or one CSV row per job. */
  exportData: call<{ fileName: string; mimeType: string; content: string }>()(
    fields({ format: v.picklist(EXPORT_FORMATS, 'format must be json or csv') }),
  ),
  /**
   * Asks where to save (the desktop app's save dialog) and writes the export
   * there from the main process, so a large one never crosses to the page;
   * null when the user cancels.
   */
  saveExport: call<{ path: string; bytes: number } | null>()(
    fields({ format: v.picklist(EXPORT_FORMATS, 'format must be json or csv') }),
  ),
  /**
   * Restores a Quarry JSON export into this data folder: an empty one, or
   * with `replace`, in place of everything it holds (backed up first).
   */
  importQuarryExport: call<DataSummary>()(
    fields({ contentBase64: fileContent, replace: v.optional(v.boolean('replace must be true or false'), false) }),
  ),
  readSpreadsheet: call<SpreadsheetPreview>()(fields({ contentBase64: fileContent })),
  importSpreadsheet: call<SpreadsheetReport>()(
    fields({
      rows: v.pipe(
        v.array(
          v.pipe(
            v.array(v.pipe(v.string('cells must be text'), v.maxLength(20_000, 'a cell is longer than 20,000 characters'))),
            v.maxLength(200, 'a row has more than 200 cells'),
          ),
          'rows must be a list',
        ),
        v.minLength(1, 'there are no rows to import'),
        v.maxLength(5000, 'at most 5,000 rows at once'),
      ),
      mapping: v.pipe(v.array(v.picklist(SHEET_FIELDS, 'unknown field in the mapping')), v.maxLength(200)),
    }),
  ),
  listBackups: call<BackupInfo[]>()(noArgs),
  createBackup: call<BackupInfo>()(noArgs),
  /** Replaces all data with a backup; the data it replaces is kept as a backup first. */
  restoreBackup: call<BackupInfo>()(
    fields({
      name: v.pipe(
        v.string('backup name must be text'),
        v.maxLength(200, 'backup name is too long'),
        v.regex(BACKUP_NAME_PATTERN, 'backup name must be a file name from the backups list'),
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

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallArgs<N extends CallName> = v.InferInput<Contract[N]['args']>;
export type ParsedArgs<N extends CallName> = v.InferOutput<Contract[N]['args']>;
export type CallValue<N extends CallName> = Contract[N] extends CallSpec<v.GenericSchema, infer Result> ? Result : never;

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** Messages the main side pushes to the renderer. */
export const MENU_COMMANDS = [
  'new-job',
  'find',
  'settings',
  'show-shortcuts',
  'export',
  'import-data',
  'show-board',
  'show-agenda',
  'show-insights',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface QuarryEvents {
  menuCommand: MenuCommand;
  /** Data changed behind the renderer's back (another window, the CLI, an import). */
  dataChanged: { reason: string };
  importProgress: ImportProgress;
  /** An import finished, whoever started it (menu, dialog, files opened with the app). */
  importFinished: ImportReport;
  /** Show this job (a reminder was clicked). */
  openJob: { jobId: number };
}
export type EventName = keyof QuarryEvents;
export const EVENT_NAMES: readonly EventName[] = ['menuCommand', 'dataChanged', 'importProgress', 'importFinished', 'openJob'];

export type ArgsTuple<N extends CallName> = undefined extends CallArgs<N> ? [args?: CallArgs<N>] : [args: CallArgs<N>];

/** What `window.quarry` is, in the Electron preload and in the browser host alike. */
export type QuarryBridge = {
  [N in CallName]: (...args: ArgsTuple<N>) => Promise<CallResult<CallValue<N>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: QuarryEvents[E]) => void): () => void;
};

/** Channel names shared by preload and main. */
export const IPC_CALL_CHANNEL = 'quarry:call';
export const IPC_EVENT_CHANNEL = 'quarry:event';
