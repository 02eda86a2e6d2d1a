import type { BoardColumn, JobCard } from './job';
import { noonOf, shortDate } from './job-dates';
import { yearlyTop } from './salary';

export interface ColumnWithCards {
  column: BoardColumn;
  cards: JobCard[];
}

/** How a column orders its cards: the user's own order (dragging) unless they choose another. */
export const CARD_SORTS = ['manual', 'priority', 'salary', 'applied', 'changed'] as const;
export type CardSort = (typeof CARD_SORTS)[number];

export const CARD_SORT_LABELS: Record<CardSort, string> = {
  manual: 'My order',
  priority: 'Priority',
  salary: 'Salary',
  applied: 'Date applied',
  changed: 'Last change',
};

/** Each sort's key, highest first; a job without one goes last. */
const SORT_KEYS: Record<Exclude<CardSort, 'manual'>, (card: JobCard) => number | string | null> = {
  priority: (card) => card.priority || null,
  salary: (card) => yearlyTop(card.salary),
  applied: (card) => card.appliedOn,
  changed: (card) => card.updatedAt,
};

const byPosition = (a: JobCard, b: JobCard) => a.position - b.position || a.id - b.id;

/** Compares cards as the board shows them in the user's own order: column by column, top to bottom. */
export function boardOrder(columns: readonly BoardColumn[]): (a: JobCard, b: JobCard) => number {
  const place = new Map(columns.map((column) => [column.id, column.position]));
  return (a, b) => (place.get(a.columnId) ?? 0) - (place.get(b.columnId) ?? 0) || byPosition(a, b);
}

/** Cards in a sort's order (a new array): highest, latest or most wanted first; ties keep the user's order. */
export function sortCards(cards: readonly JobCard[], sort: CardSort): JobCard[] {
  if (sort === 'manual') return [...cards].sort(byPosition);
  const key = SORT_KEYS[sort];
  return cards
    .map((card) => ({ card, key: key(card) }))
    .sort((a, b) => {
      if (a.key === b.key) return byPosition(a.card, b.card);
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return a.key < b.key ? 1 : -1;
    })
    .map(({ card }) => card);
}

/** Visible columns in order, each with its cards in the column's chosen order (the user's own by default). */
export function groupByColumn(
  columns: readonly BoardColumn[],
  cards: readonly JobCard[],
  sorts: Readonly<Record<string, CardSort>> = {},
): ColumnWithCards[] {
  const byColumn = new Map<number, JobCard[]>();
  for (const card of cards) {
    const list = byColumn.get(card.columnId);
    if (list) list.push(card);
    else byColumn.set(card.columnId, [card]);
  }
  return [...columns]
    .filter((column) => !column.hidden)
    .sort((a, b) => a.position - b.position)
    .map((column) => ({
      column,
      cards: sortCards(byColumn.get(column.id) ?? [], sorts[column.id] ?? 'manual'),
    }));
}

/** The letter shown in a company's avatar. */
export function companyInitial(company: string): string {
  const letter = company.trim().match(/\p{L}|\p{N}/u);
  return letter ? letter[0].toLocaleUpperCase() : '?';
}

export interface CardFilter {
  tag: string | null;
  company: string | null;
  /** 'remote' | 'hybrid' | 'onsite', or a location word to look for. */
  place: string | null;
  showClosed: boolean;
  /** Only jobs with at least this many stars; 0 lets every job through. */
  minPriority: number;
  /** What was typed in the board's search box, and the jobs search found for it (null while empty). */
  text: string;
  matching: ReadonlySet<number> | null;
}

export const NO_FILTER: CardFilter = {
  tag: null,
  company: null,
  place: null,
  showClosed: true,
  minPriority: 0,
  text: '',
  matching: null,
};

export function isFiltering(filter: CardFilter): boolean {
  return (
    filter.tag !== null ||
    filter.company !== null ||
    filter.place !== null ||
    !filter.showClosed ||
    filter.minPriority > 0 ||
    filter.matching !== null
  );
}

/** The cards a filter lets through; closed columns drop out when closed jobs are hidden. */
export function filterBoard(
  columns: readonly BoardColumn[],
  cards: readonly JobCard[],
  filter: CardFilter,
): { columns: BoardColumn[]; cards: JobCard[] } {
  const visibleColumns = columns.filter((column) => filter.showClosed || !column.closes);
  const tag = filter.tag?.toLowerCase();
  const place = filter.place?.toLowerCase();
  return {
    columns: visibleColumns,
    cards: cards.filter(
      (card) =>
        (!filter.matching || filter.matching.has(card.id)) &&
        (!tag || card.tags.some((candidate) => candidate.toLowerCase() === tag)) &&
        (!filter.company || card.company === filter.company) &&
        card.priority >= filter.minPriority &&
        (!place || card.remote === place || (card.location ?? '').toLowerCase().includes(place)),
    ),
  };
}

/**
 * Closed jobs that have sat in a closing column longer than `days` leave the
 * board (they stay searchable, openable and in Insights); null keeps them all.
 */
export function archivedJobIds(
  columns: readonly BoardColumn[],
  cards: readonly JobCard[],
  now: Date,
  days: number | null,
): Set<number> {
  if (days === null) return new Set();
  const closing = new Set(columns.filter((column) => column.closes).map((column) => column.id));
  const before = now.getTime() - days * 24 * 60 * 60 * 1000;
  return new Set(
    cards.filter((card) => closing.has(card.columnId) && new Date(card.lastMovedAt).getTime() < before).map((card) => card.id),
  );
}

/** Distinct values to offer in a filter menu, most frequent first. */
export function filterOptions(cards: readonly JobCard[]): { tags: string[]; companies: string[] } {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  };
  return {
    tags: count(cards.flatMap((card) => card.tags.map((tag) => tag.toLowerCase()))),
    companies: count(cards.map((card) => card.company)),
  };
}

/**
 * The one date a card shows, the one that matters where it sits: when it was
 * saved (first column), applied (the Applied column), closed, or else since
 * when it has been in its column. The year only when it is not this one.
 */
export function cardDateLabel(card: JobCard, column: BoardColumn | undefined, firstColumnId: number | null, now: Date): string {
  const moved = shortDate(new Date(card.lastMovedAt), now);
  if (column?.id === firstColumnId) return `Saved ${moved}`;
  if (column?.closes) return `Closed ${moved}`;
  // The day the user says they applied, where they set one; the move into Applied otherwise.
  if (column?.key === 'applied') return `Applied ${card.appliedOn ? shortDate(noonOf(card.appliedOn), now) : moved}`;
  return `Since ${moved}`;
}
