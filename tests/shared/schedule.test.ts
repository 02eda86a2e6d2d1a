import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../src-shared/domain/icalendar';
import { buildAgenda, reminderSchedule, utcToZoned, zonedToUtc, type ScheduledStage } from '../../src-shared/domain/schedule';

const stage = (id: number, startsAt: string | null, extra: Partial<ScheduledStage> = {}): ScheduledStage => ({
  id,
  jobId: 1,
  kind: 'system_design',
  title: 'System design',
  company: 'Primer',
  jobTitle: 'Senior Backend Engineer',
  jobUrl: 'https://example.com/jobs/1',
  durationMinutes: 90,
  startsAt,
  timeZone: 'Europe/London',
  status: 'scheduled',
  location: null,
  prepNotes: null,
  outcomeNotes: null,
  ...extra,
});

describe('time zones across daylight-saving changes', () => {
  it.each([
    // New York springs forward on 8 March 2026: 14:00 is UTC-4 after, UTC-5 the day before.
    ['2026-03-07', '14:00', 'America/New_York', '2026-03-07T19:00:00.000Z'],
    ['2026-03-09', '14:00', 'America/New_York', '2026-03-09T18:00:00.000Z'],
    // London springs forward on 29 March 2026 and falls back on 25 October 2026.
    ['2026-03-28', '09:30', 'Europe/London', '2026-03-28T09:30:00.000Z'],
    ['2026-03-30', '09:30', 'Europe/London', '2026-03-30T08:30:00.000Z'],
    ['2026-10-26', '09:30', 'Europe/London', '2026-10-26T09:30:00.000Z'],
    // Sydney falls back on 5 April 2026 (UTC+11 → UTC+10).
    ['2026-04-04', '10:00', 'Australia/Sydney', '2026-04-03T23:00:00.000Z'],
    ['2026-04-06', '10:00', 'Australia/Sydney', '2026-04-06T00:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, utc) => {
    expect(zonedToUtc(date, time, zone)).toBe(utc);
    expect(utcToZoned(utc, zone)).toEqual({ date, time });
  });

  it('shows the same instant side by side in two zones', () => {
    const instant = zonedToUtc('2026-03-30', '16:00', 'Europe/Berlin');
    expect(utcToZoned(instant, 'America/New_York')).toEqual({ date: '2026-03-30', time: '10:00' });
    expect(utcToZoned(instant, 'Asia/Kolkata')).toEqual({ date: '2026-03-30', time: '19:30' });
  });
});

describe('agenda', () => {
  const now = new Date('2026-11-24T09:00:00Z');
  it('groups by day in the user’s zone, flags overlaps and past stages without an outcome', () => {
    const days = buildAgenda(
      [
        stage(1, '2026-11-24T14:00:00Z'),
        stage(2, '2026-11-24T15:00:00Z', { title: 'Values' }),
        stage(3, '2026-11-25T10:00:00Z'),
        stage(4, '2026-11-27T10:00:00Z'),
        stage(5, '2026-11-20T10:00:00Z'),
        stage(6, '2026-11-19T10:00:00Z', { status: 'passed' }),
        stage(7, '2026-11-28T10:00:00Z', { status: 'cancelled' }),
        stage(8, null),
      ],
      now,
      'Europe/London',
    );
    expect(days.map((day) => [day.label, day.items.map((item) => item.stage.id)])).toEqual([
      ['Fri 20 Nov', [5]],
      ['Today', [1, 2]],
      ['Tomorrow', [3]],
      ['Fri 27 Nov', [4]],
    ]);
    expect(days[1]!.items.map((item) => item.conflict)).toEqual([true, true]);
    expect(days[0]!.items[0]!.needsOutcome).toBe(true);
    expect(days[1]!.items[0]!.relative).toBe('in about 5 hours');
  });
});

describe('reminders', () => {
  it('arms each offset before upcoming stages, never for past, cancelled or finished ones', () => {
    const now = new Date('2026-11-24T09:00:00Z');
    const reminders = reminderSchedule(
      [
        stage(1, '2026-11-26T10:00:00Z'),
        stage(2, '2026-11-24T09:20:00Z'),
        stage(3, '2026-11-23T09:00:00Z'),
        stage(4, '2026-11-30T09:00:00Z', { status: 'cancelled' }),
        stage(5, '2026-11-30T09:00:00Z', { status: 'passed' }),
      ],
      now,
    );
    expect(reminders.map((reminder) => [reminder.stageId, reminder.at, reminder.minutesBefore])).toEqual([
      [1, '2026-11-25T10:00:00.000Z', 1440],
      [1, '2026-11-26T09:30:00.000Z', 30],
    ]);
    expect(reminders[0]!.title).toBe('System design tomorrow');
  });
});

describe('calendar export', () => {
  it('is valid iCalendar with stable UIDs, start times, durations and alarms', () => {
    const text = toICalendar(
      [
        stage(1, zonedToUtc('2026-03-09', '14:00', 'America/New_York'), {
          prepNotes: 'Review; caching, queues\nand rate limits',
        }),
        stage(2, zonedToUtc('2026-03-30', '09:30', 'Europe/London'), {
          title: 'Values, culture and “fit”',
          durationMinutes: 60,
          location: 'Zoom',
        }),
        stage(3, null),
      ],
      { now: new Date('2026-03-01T00:00:00Z') },
    );
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.uid)).toEqual(['quarry-stage-1@quarry.local', 'quarry-stage-2@quarry.local']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-03-09T18:00:00.000Z');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2026-03-30T08:30:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-03-09T19:30:00.000Z');
    expect(events[0]!.summary).toBe('System design: Primer');
    expect(events[1]!.summary).toBe('Values, culture and “fit”: Primer');
    expect(events[0]!.description).toContain('Review; caching, queues\nand rate limits');
    expect(events[0]!.description).toContain('https://example.com/jobs/1');
    expect(events[1]!.location).toBe('Zoom');
    const alarm = calendar.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT30M');
  });
});
