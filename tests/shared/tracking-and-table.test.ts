import { describe, expect, it } from 'vitest';
import { cardDateLabel, filterBoard, groupByColumn, NO_FILTER, sortCards } from '../../src-shared/domain/board';
import { followUpDue } from '../../src-shared/domain/follow-up';
import { dateTasks, shortDay, urgencyOf } from '../../src-shared/domain/job-dates';
import { yearlyTop } from '../../src-shared/domain/salary';
import { boardColumn, jobCard } from '../support/cards';

const COLUMNS = [
  boardColumn(1, 'saved'),
  boardColumn(2, 'applied'),
  boardColumn(3, 'interviewing'),
  boardColumn(4, 'closed', true),
];
const salary = (max: number | null, period: 'hour' | 'year' | null = 'year') => ({
  min: null,
  max,
  currency: 'USD',
  period,
  text: null,
});

describe('dates a user tracks', () => {
  it('says how close a day is, and names it as a card does', () => {
    expect(['2026-12-01', '2026-12-02', '2026-12-05', '2026-12-06'].map((day) => urgencyOf(day, '2026-12-02'))).toEqual([
      'overdue',
      'today',
      'soon',
      'later',
    ]);
    expect(
      ['2026-12-02', '2026-12-03', '2026-12-01', '2026-12-24', '2027-01-04'].map((day) => shortDay(day, '2026-12-02')),
    ).toEqual(['today', 'tomorrow', 'yesterday', '24 Dec', '4 Jan 2027']);
  });

  it('lists deadlines until the job is applied to, follow-ups until it closes, earliest first', () => {
    const cards = [
      jobCard(1, 1, 1, { applyBy: '2026-12-10' }),
      jobCard(2, 2, 1, { applyBy: '2026-12-04', appliedOn: '2026-12-01', followUpOn: '2026-12-08' }),
      jobCard(3, 4, 1, { outcome: 'rejected', followUpOn: '2026-12-03' }),
      jobCard(4, 3, 1, { followUpOn: '2026-11-30' }),
    ];
    expect(dateTasks(cards, COLUMNS, '2026-12-02').map((task) => [task.card.id, task.kind, task.urgency])).toEqual([
      [4, 'follow_up', 'overdue'],
      [2, 'follow_up', 'later'],
      [1, 'apply_by', 'later'],
    ]);
  });

  it('nudges on the follow-up day the user set, even with an interview ahead, and never for a closed job', () => {
    const now = new Date('2026-12-02T10:00:00');
    const ahead = { title: 'Call', startsAt: '2026-12-20T10:00:00Z' };
    expect(followUpDue(jobCard(1, 3, 1, { followUpOn: '2026-12-02', nextStage: ahead }), COLUMNS[2]!, now)).toBe(true);
    expect(
      followUpDue(jobCard(1, 3, 1, { followUpOn: '2026-12-03', lastMovedAt: '2026-10-01T00:00:00Z' }), COLUMNS[2]!, now),
    ).toBe(false);
    expect(followUpDue(jobCard(1, 1, 1, { followUpOn: '2026-12-01' }), COLUMNS[0]!, now)).toBe(true);
    expect(followUpDue(jobCard(1, 4, 1, { followUpOn: '2026-12-01' }), COLUMNS[3]!, now)).toBe(false);
  });

  it('shows the day the user applied on a card in Applied', () => {
    const card = jobCard(1, 2, 1, { appliedOn: '2026-11-20', lastMovedAt: '2026-12-01T10:00:00Z' });
    expect(cardDateLabel(card, COLUMNS[1], 1, new Date('2026-12-02T10:00:00'))).toBe('Applied 20 Nov');
    expect(cardDateLabel({ ...card, appliedOn: null }, COLUMNS[1], 1, new Date('2026-12-02T10:00:00'))).toBe('Applied 1 Dec');
  });
});

describe('priority and column sorts', () => {
  const cards = [
    jobCard(1, 1, 1, { priority: 1, salary: salary(40, 'hour'), appliedOn: '2026-11-01', updatedAt: '2026-12-01T00:00:00Z' }),
    jobCard(2, 1, 2, { priority: 3, salary: salary(90_000), appliedOn: null, updatedAt: '2026-11-01T00:00:00Z' }),
    jobCard(3, 1, 3, { priority: 0, salary: salary(null), appliedOn: '2026-11-20', updatedAt: '2026-11-15T00:00:00Z' }),
    jobCard(4, 1, 4, { priority: 3, salary: salary(70_000), appliedOn: '2026-10-01', updatedAt: '2026-10-01T00:00:00Z' }),
  ];
  const ids = (list: readonly { id: number }[]) => list.map((card) => card.id);

  it('sorts by stars, yearly pay, date applied or last change, highest first; ties and unknowns keep the user order', () => {
    expect(ids(sortCards(cards, 'manual'))).toEqual([1, 2, 3, 4]);
    expect(ids(sortCards(cards, 'priority'))).toEqual([2, 4, 1, 3]);
    expect(ids(sortCards(cards, 'salary'))).toEqual([2, 1, 4, 3]);
    expect(ids(sortCards(cards, 'applied'))).toEqual([3, 1, 4, 2]);
    expect(ids(sortCards(cards, 'changed'))).toEqual([1, 3, 2, 4]);
    expect(yearlyTop(salary(40, 'hour'))).toBe(83_200);
    expect(ids(groupByColumn(COLUMNS, cards, { 1: 'priority' })[0]!.cards)).toEqual([2, 4, 1, 3]);
  });

  it('filters to jobs with at least the chosen stars', () => {
    expect(ids(filterBoard(COLUMNS, cards, { ...NO_FILTER, minPriority: 3 }).cards)).toEqual([2, 4]);
    expect(ids(filterBoard(COLUMNS, cards, { ...NO_FILTER, minPriority: 1 }).cards)).toEqual([1, 2, 4]);
  });
});
