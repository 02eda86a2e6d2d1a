import { describe, expect, it } from 'vitest';
import {
  cellText,
  nextTableSort,
  sortTableRows,
  TABLE_COLUMNS,
  visibleRowRange,
  type TableColumn,
} from '../../src-shared/domain/job-table';
import type { Salary } from '../../src-shared/domain/job';
import { boardColumn, jobCard } from '../support/cards';

const COLUMNS = [
  boardColumn(1, 'saved'),
  boardColumn(2, 'applied'),
  boardColumn(3, 'interviewing'),
  boardColumn(4, 'closed', true),
];
const pay = (max: number, period: Salary['period']): Salary => ({ min: null, max, currency: 'USD', period, text: null });

/** Board order is 4, 2 (Saved), 1 (Interviewing), 3 (Closed); each column has ties, and empty cells. */
const CARDS = [
  jobCard(1, 3, 1, {
    title: 'beta',
    company: 'Zed',
    nextStage: { title: 'Call', startsAt: '2026-12-05T10:00:00Z' },
    appliedOn: '2026-11-20',
    updatedAt: '2026-11-28T00:00:00Z',
  }),
  jobCard(2, 1, 2, {
    title: 'Alpha',
    company: 'Acme',
    priority: 2,
    salary: pay(120_000, 'year'),
    location: 'Berlin',
    remote: 'hybrid',
    updatedAt: '2026-11-30T12:00:00Z',
  }),
  jobCard(3, 4, 1, {
    title: 'Gamma',
    company: 'Acme',
    outcome: 'no_reply',
    priority: 3,
    salary: pay(50, 'hour'),
    remote: 'remote',
    appliedOn: '2026-11-10',
    updatedAt: '2026-11-25T00:00:00Z',
  }),
  jobCard(4, 1, 1, {
    title: '',
    company: 'Bee',
    priority: 2,
    location: 'austin',
    appliedOn: '2026-11-20',
    updatedAt: '2026-11-30T12:00:00Z',
  }),
];
const order = (column: TableColumn, descending: boolean) =>
  sortTableRows(CARDS, COLUMNS, { column, descending }).map((card) => card.id);

describe('the table view', () => {
  it('sorts by every column either way; ties keep board order and empty cells stay last both ways', () => {
    const expected: Record<TableColumn, [number[], number[]]> = {
      title: [
        [2, 1, 3, 4],
        [3, 1, 2, 4],
      ],
      company: [
        [2, 3, 4, 1],
        [1, 4, 2, 3],
      ],
      status: [
        [4, 2, 1, 3],
        [3, 1, 4, 2],
      ],
      priority: [
        [4, 2, 3, 1],
        [3, 4, 2, 1],
      ],
      // 50 an hour is 104,000 a year: below 120,000, above nothing.
      salary: [
        [3, 2, 4, 1],
        [2, 3, 4, 1],
      ],
      location: [
        [4, 2, 3, 1],
        [3, 2, 4, 1],
      ],
      applied: [
        [3, 4, 1, 2],
        [4, 1, 3, 2],
      ],
      next: [
        [1, 4, 2, 3],
        [1, 4, 2, 3],
      ],
      changed: [
        [3, 1, 4, 2],
        [4, 2, 1, 3],
      ],
    };
    for (const column of TABLE_COLUMNS) {
      expect([order(column, false), order(column, true)], column).toEqual(expected[column]);
    }
  });

  it('ranks statuses by where the columns stand on the board, not by their ids', () => {
    const reordered = [
      boardColumn(1, 'saved', false, 3),
      boardColumn(3, 'interviewing', false, 1),
      ...COLUMNS.slice(1, 2),
      COLUMNS[3]!,
    ];
    expect(sortTableRows(CARDS, reordered, { column: 'status', descending: false }).map((card) => card.id)).toEqual([1, 4, 2, 3]);
  });

  it('flips the direction on a second click; another column starts ascending, dates and stars with the highest', () => {
    expect(nextTableSort({ column: 'title', descending: false }, 'title')).toEqual({ column: 'title', descending: true });
    expect(nextTableSort({ column: 'title', descending: true }, 'title')).toEqual({ column: 'title', descending: false });
    const startsDescending = TABLE_COLUMNS.filter(
      (column) => nextTableSort({ column: 'title', descending: true }, column).descending,
    );
    expect(startsDescending).toEqual(['priority', 'salary', 'applied', 'changed']);
    expect(nextTableSort({ column: 'status', descending: false }, 'title')).toEqual({ column: 'title', descending: false });
  });

  it('says each cell in words, and an empty cell as nothing', () => {
    const now = new Date('2026-12-02T10:00:00');
    const next = jobCard(5, 3, 1, { nextStage: { title: 'System design', startsAt: '2026-12-05T14:30:00' } });
    const text = (column: TableColumn, card = CARDS[1]!, columnName = 'Saved') => cellText(column, card, columnName, now);
    expect(TABLE_COLUMNS.map((column) => text(column))).toEqual([
      'Alpha',
      'Acme',
      'Saved',
      '★★',
      '$120k / year',
      'Hybrid · Berlin',
      '',
      '',
      '30 Nov',
    ]);
    expect(text('status', CARDS[2]!, 'Closed')).toBe('Closed · no reply');
    expect(text('priority', CARDS[0]!)).toBe('');
    expect(text('salary', CARDS[0]!)).toBe('');
    expect(text('location', CARDS[0]!)).toBe('');
    expect(text('location', CARDS[2]!)).toBe('Remote');
    expect(text('applied', CARDS[2]!)).toBe('10 Nov');
    expect(text('applied', jobCard(9, 2, 1, { appliedOn: '2025-12-30' }))).toBe('30 Dec 2025');
    expect(text('next', next)).toBe('System design · 5 Dec, 14:30');
    expect(text('changed', jobCard(9, 2, 1, { updatedAt: '2025-06-01T12:00:00' }))).toBe('1 Jun 2025');
  });

  it('renders only the rows in view, with a few either side', () => {
    expect(visibleRowRange(0, 720, 36, 10_000)).toEqual({ start: 0, end: 28 });
    expect(visibleRowRange(36_000, 720, 36, 10_000)).toEqual({ start: 992, end: 1028 });
    expect(visibleRowRange(36_010, 720, 36, 10_000, 0)).toEqual({ start: 1000, end: 1021 });
    expect(visibleRowRange(359_000, 720, 36, 10_000)).toEqual({ start: 9964, end: 10_000 });
    expect(visibleRowRange(0, 720, 36, 3)).toEqual({ start: 0, end: 3 });
    // Scrolled past the end of a list that shrank: an empty range, never a backwards one.
    expect(visibleRowRange(36_000, 720, 36, 10)).toEqual({ start: 992, end: 992 });
  });
});
