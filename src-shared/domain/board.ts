import { format } from 'date-fns';
import type { BoardColumn, JobCard } from './job';

export interface ColumnWithCards {
  column: BoardColumn;
  cards: JobCard[];
}

/** Visible columns in order, each with its cards sorted by position. */
export function groupByColumn(columns: readonly BoardColumn[], cards: readonly JobCard[]): ColumnWithCards[] {
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
      cards: (byColumn.get(column.id) ?? []).sort((a, b) => a.position - b.position || a.id - b.id),
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
  /** What was typed in the board's search box, and the jobs search found for it (null while empty). */
  text: string;
  matching: ReadonlySet<number> | null;
}

export const NO_FILTER: CardFilter = { tag: null, company: null, place: null, showClosed: true, text: '', matching: null };

export function isFiltering(filter: CardFilter): boolean {
  return (
    filter.tag !== null || filter.company !== null || filter.place !== null || !filter.showClosed || filter.matching !== null
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
  const moved = new Date(card.lastMovedAt);
  const day = format(moved, moved.getFullYear() === now.getFullYear() ? 'd MMM' : 'd MMM yyyy');
  if (column?.id === firstColumnId) return `Saved ${day}`;
  if (column?.closes) return `Closed ${day}`;
  if (column?.key === 'applied') return `Applied ${day}`;
  return `Since ${day}`;
}
