import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { dispatch } from '../../../src-main/core/dispatch';
import { createHandlers } from '../../../src-main/core/handlers';
import { zonedToUtc } from '../../../src-shared/domain/schedule';
import type { StageView } from '../../../src-shared/domain/job';
import { fakeClock, tempDir, testCore } from '../../support/helpers';

async function setup() {
  const clock = fakeClock('2026-11-24T09:00:00.000Z');
  const core = await testCore({ clock });
  const handlers = createHandlers(core, { emit: () => undefined });
  const call = async <T>(name: string, args?: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const job = await call<{ id: number }>('addJob', {
    title: 'Senior Backend Engineer',
    company: 'Primer',
    url: 'https://example.com/job',
  });
  return { core, call, jobId: job.id };
}

const schedule = (stage: StageView, startsAt: string, timeZone: string) => ({
  ...stage,
  startsAt,
  timeZone,
  status: 'scheduled',
});

describe('interview stages', () => {
  it('adds stages from templates, reorders, schedules and exports them', async () => {
    const { call, jobId } = await setup();
    const call1 = await call<StageView>('addStage', {
      jobId,
      kind: 'recruiter_call',
      title: 'Recruiter call',
      durationMinutes: 30,
    });
    const design = await call<StageView>('addStage', {
      jobId,
      kind: 'system_design',
      title: 'System design',
      durationMinutes: 90,
    });
    expect((await call<StageView[]>('moveStage', { id: design.id, direction: 'up' })).map((stage) => stage.id)).toEqual([
      design.id,
      call1.id,
    ]);
    const { jobId: _jobId, ...scheduled } = await call<StageView & { jobId: number }>(
      'updateStage',
      schedule(design, zonedToUtc('2026-11-27', '15:00', 'Europe/Berlin'), 'Europe/Berlin'),
    );
    expect(scheduled).toMatchObject({ startsAt: '2026-11-27T14:00:00.000Z', timeZone: 'Europe/Berlin', status: 'scheduled' });
    const ics = await call<string>('exportCalendar', {});
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(event!.summary).toBe('System design: Primer');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-11-27T14:00:00.000Z');
    const reminders = await call<{ stageId: number; minutesBefore: number }[]>('getReminders');
    expect(reminders.map((reminder) => reminder.minutesBefore)).toEqual([1440, 30]);
  });

  it('refuses a schedule without a time zone, an unknown zone, and exporting an unscheduled stage', async () => {
    const { call, jobId } = await setup();
    const stage = await call<StageView>('addStage', { jobId, kind: 'values', title: 'Values', durationMinutes: 60 });
    await expect(call('updateStage', { ...stage, startsAt: '2026-11-27T14:00:00.000Z', timeZone: null })).rejects.toThrow(
      /needs a time zone/,
    );
    await expect(
      call('updateStage', { ...stage, startsAt: '2026-11-27T14:00:00.000Z', timeZone: 'Mars/Olympus' }),
    ).rejects.toThrow(/IANA/);
    await expect(call('exportCalendar', { stageId: stage.id })).rejects.toThrow(/no date yet/);
  });

  it('exports every upcoming stage (from this minute on, not cancelled), or one stage whatever its date', async () => {
    const { call, jobId } = await setup();
    const scheduledAt = async (title: string, startsAt: string, status = 'scheduled') => {
      const stage = await call<StageView>('addStage', { jobId, kind: 'other', title, durationMinutes: 60 });
      await call('updateStage', { ...schedule(stage, startsAt, 'UTC'), status });
      return stage.id;
    };
    const past = await scheduledAt('Held yesterday', '2026-11-23T09:00:00.000Z', 'passed');
    await scheduledAt('Starting now', '2026-11-24T09:00:00.000Z');
    await scheduledAt('Next week', '2026-12-01T09:00:00.000Z');
    await scheduledAt('Called off', '2026-12-02T09:00:00.000Z', 'cancelled');
    await call<StageView>('addStage', { jobId, kind: 'other', title: 'Not yet dated', durationMinutes: 60 });
    const summaries = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries(await call<string>('exportCalendar', {}))).toEqual(['Starting now: Primer', 'Next week: Primer']);
    expect(summaries(await call<string>('exportCalendar', { stageId: past }))).toEqual(['Held yesterday: Primer']);
  });

  it('deletes a stage and brings it back whole', async () => {
    const { call, jobId } = await setup();
    const stage = await call<StageView>('addStage', { jobId, kind: 'take_home', title: 'Take-home', durationMinutes: 240 });
    await call('updateStage', { ...stage, prepNotes: 'Timebox it', location: 'GitHub' });
    const removed = await call<StageView & { jobId: number }>('deleteStage', { id: stage.id });
    const { id: _id, ...fields } = removed;
    const restored = await call<StageView>('restoreStage', fields);
    expect(restored).toMatchObject({ title: 'Take-home', prepNotes: 'Timebox it', location: 'GitHub', durationMinutes: 240 });
  });

  it('lists stages in the CLI JSON and exports upcoming ones with `ics`', async () => {
    const dir = tempDir();
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined, env: {} };
    await runCli(['add', '--data-dir', dir, '--title', 'T', '--company', 'C'], io);
    out.length = 0;
    expect(await runCli(['ics', '--data-dir', dir], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR$/u);
  });
});

describe('settings and prep checklists', () => {
  it('keeps a checklist with each stage', async () => {
    const { call, jobId } = await setup();
    const stage = await call<StageView>('addStage', {
      jobId,
      kind: 'system_design',
      title: 'System design',
      durationMinutes: 90,
    });
    expect(stage.checklist).toEqual([]);
    const checklist = [
      { text: 'Read their engineering blog', done: true },
      { text: 'Practise capacity estimates', done: false },
    ];
    expect((await call<StageView>('updateStage', { ...stage, checklist })).checklist).toEqual(checklist);
  });

  it('stores reminder offsets and follow-up days, and reminders follow the offsets', async () => {
    const { call, jobId } = await setup();
    expect(await call('getSettings')).toEqual({
      reminderOffsetsMinutes: [1440, 30],
      followUpDays: 7,
      ghostAfterDays: 21,
      theme: 'system',
      archiveClosedAfterDays: null,
      columnSorts: {},
      tableColumnWidths: {},
    });
    expect(await call('updateSettings', { reminderOffsetsMinutes: [10080, 120], followUpDays: 10, theme: 'dark' })).toEqual({
      reminderOffsetsMinutes: [10080, 120],
      followUpDays: 10,
      ghostAfterDays: 21,
      theme: 'dark',
      archiveClosedAfterDays: null,
      columnSorts: {},
      tableColumnWidths: {},
    });
    expect(await call('updateSettings', { columnSorts: { 2: 'priority' }, tableColumnWidths: { title: 320 } })).toMatchObject({
      columnSorts: { 2: 'priority' },
      tableColumnWidths: { title: 320 },
    });
    await expect(call('updateSettings', { columnSorts: { 2: 'alphabet' } })).rejects.toThrow(/a column sorts by one of/);
    await expect(call('updateSettings', { tableColumnWidths: { title: 10 } })).rejects.toThrow(/invalid_argument/);
    await expect(call('updateSettings', { tableColumnWidths: { colour: 100 } })).rejects.toThrow(/table columns are/);
    expect(await call('updateSettings', { archiveClosedAfterDays: 90 })).toMatchObject({ archiveClosedAfterDays: 90 });
    await expect(call('updateSettings', { archiveClosedAfterDays: 0 })).rejects.toThrow(/invalid_argument/);
    await expect(call('updateSettings', { theme: 'sepia' })).rejects.toThrow(/theme must be system, light or dark/);
    const stage = await call<StageView>('addStage', { jobId, kind: 'onsite', title: 'Onsite', durationMinutes: 240 });
    await call('updateStage', { ...stage, startsAt: '2026-12-10T09:00:00.000Z', timeZone: 'Europe/London', status: 'scheduled' });
    const reminders = await call<{ at: string }[]>('getReminders');
    expect(reminders.map((reminder) => reminder.at)).toEqual(['2026-12-03T09:00:00.000Z', '2026-12-10T07:00:00.000Z']);
    await expect(call('updateSettings', { followUpDays: 0 })).rejects.toThrow(/invalid_argument/);
  });
});
