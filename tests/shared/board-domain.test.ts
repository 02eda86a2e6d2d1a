import { describe, expect, it } from 'vitest';
import { archivedJobIds, filterBoard, filterOptions, groupByColumn, isFiltering, NO_FILTER } from '../../src-shared/domain/board';
import { followUpDue, followUpsDue } from '../../src-shared/domain/follow-up';
import type { BoardColumn } from '../../src-shared/domain/job';
import { jobCard } from '../support/cards';
import { keyboardMove } from '../../src-renderer/src/lib/card-keys';

const columns: BoardColumn[] = [
  { id: 1, key: 'saved', name: 'Saved', position: 1, hidden: false, closes: false },
  { id: 2, key: 'applied', name: 'Applied', position: 2, hidden: false, closes: false },
  { id: 3, key: 'closed', name: 'Closed', position: 3, hidden: false, closes: true },
];
const card = jobCard;
const cards = [
  card(1, 1, 10, { tags: ['Go'], remote: 'remote' }),
  card(2, 1, 20, { company: 'Globex', location: 'Berlin' }),
  card(3, 2, 10, { tags: ['go', 'k8s'] }),
  card(4, 3, 10, { outcome: 'rejected' }),
];

describe('board filters', () => {
  it('filters by tag case-insensitively, company and place', () => {
    expect(filterBoard(columns, cards, { ...NO_FILTER, tag: 'GO' }).cards.map((c) => c.id)).toEqual([1, 3]);
    expect(filterBoard(columns, cards, { ...NO_FILTER, company: 'Globex' }).cards.map((c) => c.id)).toEqual([2]);
    expect(filterBoard(columns, cards, { ...NO_FILTER, place: 'remote' }).cards.map((c) => c.id)).toEqual([1]);
    expect(filterBoard(columns, cards, { ...NO_FILTER, place: 'berlin' }).cards.map((c) => c.id)).toEqual([2]);
  });

  it('hides the closing columns when closed jobs are hidden', () => {
    const shown = filterBoard(columns, cards, { ...NO_FILTER, showClosed: false });
    expect(groupByColumn(shown.columns, shown.cards).map((group) => group.column.key)).toEqual(['saved', 'applied']);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('offers tags and companies, most frequent first', () => {
    expect(filterOptions(cards)).toEqual({ tags: ['go', 'k8s'], companies: ['Acme', 'Globex'] });
    // Ties in alphabetical order, then the commoner first whatever the order they came in.
    const more = [card(5, 1, 1, { company: 'Initech', tags: ['rust'] }), card(6, 1, 2, { company: 'Initech', tags: ['Rust'] })];
    expect(filterOptions([...cards, ...more])).toEqual({ tags: ['go', 'rust', 'k8s'], companies: ['Acme', 'Initech', 'Globex'] });
    expect(filterOptions([...more, card(7, 1, 3, { company: 'Globex' })]).companies).toEqual(['Initech', 'Globex']);
    expect(filterOptions([card(7, 1, 3, { company: 'Zeta' }), card(8, 1, 4, { company: 'Alpha' })]).companies).toEqual([
      'Alpha',
      'Zeta',
    ]);
  });

  it('is filtering when any one filter is set', () => {
    const filters = [
      { tag: 'go' },
      { company: 'Acme' },
      { place: 'berlin' },
      { showClosed: false },
      { minPriority: 1 },
      { matching: new Set<number>() },
    ];
    for (const set of filters) expect(isFiltering({ ...NO_FILTER, ...set }), JSON.stringify(set)).toBe(true);
  });

  it('combines filters, each narrowing what the others let through', () => {
    const prioritised = [...cards, card(5, 1, 30, { priority: 2, tags: ['Go'], location: null })];
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      filterBoard(columns, prioritised, { ...NO_FILTER, ...filter }).cards.map((c) => c.id);
    expect(ids({ tag: 'go', minPriority: 1 })).toEqual([5]);
    expect(ids({ matching: new Set([2, 3]), tag: 'go' })).toEqual([3]);
    expect(ids({ matching: new Set([2, 3]) })).toEqual([2, 3]);
    // A card without a location is not "somewhere" for a place filter.
    expect(ids({ place: 'stryker' })).toEqual([]);
  });
});

describe('archive boundary', () => {
  it('archives a closed job only once it has been closed longer than the setting', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const closedAt = (lastMovedAt: string) => card(8, 3, 1, { lastMovedAt, outcome: 'rejected' });
    expect(archivedJobIds(columns, [closedAt('2026-11-10T12:00:00Z')], now, 30)).toEqual(new Set());
    expect(archivedJobIds(columns, [closedAt('2026-11-10T11:59:59Z')], now, 30)).toEqual(new Set([8]));
  });
});

describe('keyboard moves', () => {
  it('moves up, down, left and right, and stops at the edges', () => {
    const groups = groupByColumn(columns, cards);
    expect(keyboardMove(groups, cards[1]!, 'ArrowUp')).toEqual({ columnId: 1, beforeId: 1 });
    expect(keyboardMove(groups, cards[0]!, 'ArrowDown')).toEqual({ columnId: 1, beforeId: null });
    expect(keyboardMove(groups, cards[0]!, 'ArrowUp')).toBeNull();
    expect(keyboardMove(groups, cards[1]!, 'ArrowDown')).toBeNull();
    expect(keyboardMove(groups, cards[0]!, 'ArrowRight')).toEqual({ columnId: 2, beforeId: null });
    expect(keyboardMove(groups, cards[0]!, 'ArrowLeft')).toBeNull();
    expect(keyboardMove(groups, cards[0]!, 'Enter')).toBeNull();
  });
});

describe('follow-up nudge', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  it('is due for an open application untouched for a week, never for saved or closed jobs', () => {
    const stale = card(9, 2, 1, { lastMovedAt: '2026-12-01T12:00:00Z' });
    expect(followUpDue(stale, columns[1]!, now)).toBe(true);
    expect(followUpDue({ ...stale, lastMovedAt: '2026-12-05T12:00:00Z' }, columns[1]!, now)).toBe(false);
    expect(followUpDue(stale, columns[0]!, now)).toBe(false);
    expect(followUpDue(stale, columns[2]!, now)).toBe(false);
    expect(followUpDue({ ...stale, nextStage: { title: 'Call', startsAt: '2026-12-11T10:00:00Z' } }, columns[1]!, now)).toBe(
      false,
    );
    expect(followUpDue(stale, columns[1]!, now, 14)).toBe(false);
  });
});

describe('daily follow-up nudge', () => {
  it('lists the applications due, with the configured number of days', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const stale = [
      card(20, 2, 1, { lastMovedAt: '2026-12-01T12:00:00Z' }),
      card(21, 1, 1, { lastMovedAt: '2026-12-01T12:00:00Z' }),
    ];
    expect(followUpsDue(stale, columns, now).map((due) => due.id)).toEqual([20]);
    expect(followUpsDue(stale, columns, now, 10)).toEqual([]);
  });
});

describe('archive', () => {
  it('takes closed jobs off the board once they have been closed longer than the setting, and none when it is off', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const old = card(10, 3, 1, { lastMovedAt: '2026-10-01T00:00:00Z' });
    const recent = card(11, 3, 2, { lastMovedAt: '2026-11-25T00:00:00Z' });
    const openButOld = card(12, 1, 3, { lastMovedAt: '2026-01-01T00:00:00Z' });
    expect([...archivedJobIds(columns, [old, recent, openButOld], now, 30)]).toEqual([10]);
    expect([...archivedJobIds(columns, [old, recent, openButOld], now, 90)]).toEqual([]);
    expect([...archivedJobIds(columns, [old, recent, openButOld], now, null)]).toEqual([]);
  });
});
