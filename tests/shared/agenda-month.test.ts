import { describe, expect, it } from 'vitest';
import { monthGrid, monthOf, shiftMonth } from '../../src-shared/domain/agenda-month';
import type { ScheduledStage } from '../../src-shared/domain/schedule';
import { scheduledStage } from '../support/stages';

const stage = (id: number, startsAt: string | null, status: ScheduledStage['status'] = 'scheduled') =>
  scheduledStage(id, startsAt, { status, timeZone: null });

describe('the agenda as a month', () => {
  it('lays a month out in whole weeks from Monday, marking the days around it and today', () => {
    const grid = monthGrid('2026-11', [], new Date('2026-11-24T12:00:00Z'), 'UTC');
    expect(grid.label).toBe('November 2026');
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]![0]).toMatchObject({ date: '2026-10-26', inMonth: false });
    expect(grid.weeks[0]![6]).toMatchObject({ date: '2026-11-01', day: 1, inMonth: true });
    expect(grid.weeks.at(-1)!.at(-1)).toMatchObject({ date: '2026-12-06', inMonth: false });
    expect(
      grid.weeks
        .flat()
        .filter((day) => day.today)
        .map((day) => day.date),
    ).toEqual(['2026-11-24']);
  });

  it('puts each stage on the day it starts in the user’s zone, earliest first, leaving out cancelled and unscheduled ones', () => {
    const stages = [
      stage(1, '2026-11-10T15:00:00Z'),
      stage(2, '2026-11-10T09:00:00Z'),
      stage(3, '2026-11-11T02:00:00Z'),
      stage(4, '2026-11-12T09:00:00Z', 'cancelled'),
      stage(5, null, 'planned'),
    ];
    const days = (zone: string) =>
      Object.fromEntries(
        monthGrid('2026-11', stages, new Date('2026-11-01T00:00:00Z'), zone)
          .weeks.flat()
          .filter((day) => day.stages.length > 0)
          .map((day) => [day.date, day.stages.map((found) => found.id)]),
      );
    expect(days('UTC')).toEqual({ '2026-11-10': [2, 1], '2026-11-11': [3] });
    // 02:00 UTC on the 11th is still the 10th in New York.
    expect(days('America/New_York')).toEqual({ '2026-11-10': [2, 1, 3] });
  });

  it('moves between months across years, and finds the month of an instant in a zone', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthOf(new Date('2026-12-01T02:00:00Z'), 'America/New_York')).toBe('2026-11');
  });
});
