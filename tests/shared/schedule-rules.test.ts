import { describe, expect, it } from 'vitest';
import { buildAgenda, endOf, formatInZone, reminderSchedule, utcToZoned, zonedToUtc } from '../../src-shared/domain/schedule';
import { scheduledStage } from '../support/stages';

const stage = scheduledStage;

const now = new Date('2026-11-26T12:00:00.000Z');

describe('times in zones', () => {
  it('writes a wall-clock time with its zone, and converts both ways across a DST change', () => {
    expect(formatInZone('2026-11-27T13:00:00.000Z', 'Europe/Berlin')).toBe('Fri 27 Nov, 14:00 (GMT+1)');
    expect(formatInZone('2026-07-01T12:30:00.000Z', 'America/New_York')).toBe('Wed 1 Jul, 08:30 (GMT-4)');
    expect(zonedToUtc('2026-03-08', '14:00', 'America/New_York')).toBe('2026-03-08T18:00:00.000Z');
    expect(zonedToUtc('2026-03-07', '14:00', 'America/New_York')).toBe('2026-03-07T19:00:00.000Z');
    expect(utcToZoned('2026-03-08T18:00:00.000Z', 'America/New_York')).toEqual({ date: '2026-03-08', time: '14:00' });
    expect(endOf(stage(1, '2026-11-27T13:00:00.000Z', { durationMinutes: null }))?.toISOString()).toBe(
      '2026-11-27T14:00:00.000Z',
    );
    expect(endOf(stage(1, null))).toBeNull();
  });
});

describe('the agenda', () => {
  it('labels days in the user’s zone: Yesterday, Today, Tomorrow, then the date', () => {
    const days = buildAgenda(
      [
        stage(1, '2026-11-25T15:00:00.000Z'),
        stage(2, '2026-11-26T15:00:00.000Z'),
        stage(3, '2026-11-27T15:00:00.000Z'),
        stage(4, '2026-11-28T15:00:00.000Z'),
      ],
      now,
      'Europe/Berlin',
    );
    expect(days.map((day) => [day.label, day.date])).toEqual([
      ['Yesterday', '2026-11-25'],
      ['Today', '2026-11-26'],
      ['Tomorrow', '2026-11-27'],
      ['Sat 28 Nov', '2026-11-28'],
    ]);
  });

  it('flags stages that overlap, not those that only touch, and orders same-time stages by id', () => {
    const [day] = buildAgenda(
      [
        stage(5, '2026-11-27T10:00:00.000Z'),
        stage(3, '2026-11-27T10:30:00.000Z'),
        stage(4, '2026-11-27T11:30:00.000Z'),
        stage(2, '2026-11-27T13:00:00.000Z'),
        stage(1, '2026-11-27T13:00:00.000Z', { durationMinutes: 30 }),
        stage(6, '2026-11-27T16:00:00.000Z'),
        stage(7, '2026-11-27T17:00:00.000Z'),
      ],
      now,
      'UTC',
    );
    expect(day!.items.map((item) => [item.stage.id, item.conflict])).toEqual([
      [5, true],
      [3, true],
      [4, false],
      [1, true],
      [2, true],
      [6, false],
      [7, false],
    ]);
  });

  it('keeps past stages only while their outcome is missing, and leaves cancelled ones out', () => {
    const days = buildAgenda(
      [
        stage(1, '2026-11-26T09:00:00.000Z'),
        stage(2, '2026-11-26T08:00:00.000Z', { status: 'passed' }),
        stage(3, '2026-11-26T11:30:00.000Z'),
        stage(4, '2026-11-27T09:00:00.000Z', { status: 'cancelled' }),
        stage(5, null),
        // Ends exactly now: still on the agenda, not yet waiting for an outcome.
        stage(6, '2026-11-26T11:00:00.000Z'),
      ],
      now,
      'UTC',
    );
    expect(days.flatMap((day) => day.items.map((item) => [item.stage.id, item.needsOutcome]))).toEqual([
      [1, true],
      [6, false],
      [3, false],
    ]);
    expect(days[0]!.items[0]!.relative).toBe('about 3 hours ago');
  });
});

describe('reminders', () => {
  it('one per offset, soonest first (same time: by stage), never past, cancelled or finished', () => {
    const reminders = reminderSchedule(
      [
        stage(2, '2026-11-28T12:00:00.000Z', { location: 'Zoom' }),
        stage(1, '2026-11-28T12:00:00.000Z'),
        stage(3, '2026-11-26T12:20:00.000Z'),
        stage(4, '2026-11-29T12:00:00.000Z', { status: 'cancelled' }),
        stage(5, '2026-11-29T12:00:00.000Z', { status: 'done' }),
        stage(6, '2026-11-26T11:00:00.000Z'),
        // Its half-hour reminder would be right now: already too late to remind.
        stage(7, '2026-11-26T12:30:00.000Z'),
        stage(8, null),
      ],
      now,
    );
    expect(
      reminders.map((reminder) => [reminder.stageId, reminder.at, reminder.minutesBefore, reminder.title, reminder.body]),
    ).toEqual([
      [1, '2026-11-27T12:00:00.000Z', 1440, 'Stage 1 tomorrow', 'Engineer at Acme'],
      [2, '2026-11-27T12:00:00.000Z', 1440, 'Stage 2 tomorrow', 'Engineer at Acme · Zoom'],
      [1, '2026-11-28T11:30:00.000Z', 30, 'Stage 1 in 30 minutes', 'Engineer at Acme'],
      [2, '2026-11-28T11:30:00.000Z', 30, 'Stage 2 in 30 minutes', 'Engineer at Acme · Zoom'],
    ]);
  });
});
