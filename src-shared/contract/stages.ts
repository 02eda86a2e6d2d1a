import * as v from 'valibot';
import { STAGE_KINDS, STAGE_STATUSES, type StageView } from '../domain/job';
import type { Reminder, ScheduledStage } from '../domain/schedule';
import { call, fields, id, noArgs, requiredLine } from './schemas';

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

/** Interview stages, the agenda, reminders and calendar files. */
export const stagesCalls = {
  addStage: call<StageView>()(
    fields({ jobId: id, kind: stageKind, title: requiredLine('Stage title'), durationMinutes: duration }),
  ),
  updateStage: call<StageView & { jobId: number }>()(fields({ id, ...stageFields })),
  deleteStage: call<StageView & { jobId: number }>()(fields({ id })),
  restoreStage: call<StageView>()(fields({ jobId: id, ...stageFields })),
  moveStage: call<StageView[]>()(fields({ id, direction: v.picklist(['up', 'down'], 'direction must be up or down') })),
  getSchedule: call<ScheduledStage[]>()(noArgs),
  getReminders: call<Reminder[]>()(noArgs),
  exportCalendar: call<string>()(fields({ stageId: v.optional(id) })),
} as const;
