import { describe, expect, it } from 'vitest';
import { cardDateLabel, filterBoard, groupByColumn, NO_FILTER, sortCards } from '../../src-shared/domain/board';
import { followUpDue } from '../../src-shared/domain/follow-up';
import { dateTasks, shortDay, urgencyOf } from '../../src-shared/domain/job-dates';
import { cellText, nextTableSort, sortTableRows, visibleRowRange } from '../../src-shared/domain/job-table';
import type { BoardColumn } from '../../src-shared/domain/job';
import { yearlyTop } from '../../src-shared/domain/salary';
import { jobCard } from '../support/cards';

const column = (id: number, key: string, closes = false): BoardColumn => ({
  id,
  key,
  name: key[0]!.toUpperCase() + key.slice(1),
  position: id,
  hidden: false,
  closes,
});
const COLUMNS = [column(1, 'saved'), column(2, 'applied'), column(3, 'interviewing'), column(4, 'closed', true)];
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

describe('the table view', () => {
  const cards = [
    jobCard(1, 3, 1, { title: 'beta', company: 'Zed', nextStage: { title: 'Call', startsAt: '2026-12-05T10:00:00Z' } }),
    jobCard(2, 1, 2, { title: 'Alpha', company: 'Acme', priority: 2 }),
    jobCard(3, 4, 1, { title: 'Gamma', company: 'Acme', outcome: 'no_reply' }),
    jobCard(4, 1, 1, { title: '', company: 'Bee' }),
  ];
  const ids = (list: readonly { id: number }[]) => list.map((card) => card.id);

  it('starts in board order and sorts by any column, either way, empty cells last', () => {
    expect(ids(sortTableRows(cards, COLUMNS, { column: 'status', descending: false }))).toEqual([4, 2, 1, 3]);
    expect(ids(sortTableRows(cards, COLUMNS, { column: 'title', descending: false }))).toEqual([2, 1, 3, 4]);
    expect(ids(sortTableRows(cards, COLUMNS, { column: 'title', descending: true }))).toEqual([3, 1, 2, 4]);
    expect(ids(sortTableRows(cards, COLUMNS, { column: 'company', descending: false }))).toEqual([2, 3, 4, 1]);
    expect(ids(sortTableRows(cards, COLUMNS, { column: 'next', descending: false }))).toEqual([1, 4, 2, 3]);
  });

  it('flips the direction on a second click, and starts dates and stars with the highest', () => {
    expect(nextTableSort({ column: 'title', descending: false }, 'title')).toEqual({ column: 'title', descending: true });
    expect(nextTableSort({ column: 'title', descending: false }, 'company')).toEqual({ column: 'company', descending: false });
    expect(nextTableSort({ column: 'title', descending: false }, 'priority')).toEqual({ column: 'priority', descending: true });
  });

  it('says each cell in words', () => {
    const now = new Date('2026-12-02T10:00:00');
    expect(cellText('status', cards[2]!, 'Closed', now)).toBe('Closed · no reply');
    expect(cellText('priority', cards[1]!, 'Saved', now)).toBe('★★');
    expect(cellText('applied', jobCard(9, 2, 1, { appliedOn: '2025-12-30' }), 'Applied', now)).toBe('30 Dec 2025');
  });

  it('renders only the rows in view, with a few either side', () => {
    expect(visibleRowRange(0, 720, 36, 10_000)).toEqual({ start: 0, end: 28 });
    expect(visibleRowRange(36_000, 720, 36, 10_000)).toEqual({ start: 992, end: 1028 });
    expect(visibleRowRange(359_000, 720, 36, 10_000)).toEqual({ start: 9964, end: 10_000 });
    expect(visibleRowRange(0, 720, 36, 3)).toEqual({ start: 0, end: 3 });
  });
});
