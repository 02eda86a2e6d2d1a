/** The table view of every job: its columns, what each shows, and how rows sort by it. */
import { format } from 'date-fns';
import { boardOrder } from './board';
import { noonOf, shortDate } from './job-dates';
import { outcomeWords, type BoardColumn, type JobCard } from './job';
import { salaryLabel, yearlyTop } from './salary';
import { placeLabel } from './workplace';

export const TABLE_COLUMNS = [
  'title',
  'company',
  'status',
  'priority',
  'salary',
  'location',
  'applied',
  'next',
  'changed',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const TABLE_COLUMN_LABELS: Record<TableColumn, string> = {
  title: 'Title',
  company: 'Company',
  status: 'Status',
  priority: 'Priority',
  salary: 'Salary',
  location: 'Location',
  applied: 'Applied',
  next: 'Next stage',
  changed: 'Last change',
};

/** Starting widths in pixels; the user drags them wider or narrower. */
export const DEFAULT_COLUMN_WIDTHS: Record<TableColumn, number> = {
  title: 250,
  company: 160,
  status: 120,
  priority: 80,
  salary: 130,
  location: 150,
  applied: 100,
  next: 170,
  changed: 110,
};

export const MIN_COLUMN_WIDTH = 60;

export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

/** Rows start in board order: status, then the user's order within it. */
export const DEFAULT_TABLE_SORT: TableSort = { column: 'status', descending: false };

type SortKey = string | number | null;

/** Each column's sort key; null (nothing to show) sorts last either way. */
function sortKeyOf(column: TableColumn, card: JobCard, statusRank: ReadonlyMap<number, number>): SortKey {
  switch (column) {
    case 'title':
      return card.title.toLocaleLowerCase() || null;
    case 'company':
      return card.company.toLocaleLowerCase();
    case 'status':
      return statusRank.get(card.columnId) ?? null;
    case 'priority':
      return card.priority || null;
    case 'salary':
      return yearlyTop(card.salary);
    case 'location':
      return placeLabel(card)?.toLocaleLowerCase() ?? null;
    case 'applied':
      return card.appliedOn;
    case 'next':
      return card.nextStage?.startsAt ?? null;
    case 'changed':
      return card.updatedAt;
  }
}

/** The rows in a column's order; ties keep board order so a sort never shuffles equal rows. */
export function sortTableRows(cards: readonly JobCard[], columns: readonly BoardColumn[], sort: TableSort): JobCard[] {
  const statusRank = new Map([...columns].sort((a, b) => a.position - b.position).map((column, index) => [column.id, index]));
  const inBoardOrder = boardOrder(columns);
  const direction = sort.descending ? -1 : 1;
  return cards
    .map((card) => ({ card, key: sortKeyOf(sort.column, card, statusRank) }))
    .sort((a, b) => {
      if (a.key === b.key) return inBoardOrder(a.card, b.card);
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return (a.key < b.key ? -1 : 1) * direction;
    })
    .map(({ card }) => card);
}

/** A header click: the same column flips the direction, another column sorts ascending (newest first for dates and stars). */
export function nextTableSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column === 'priority' || column === 'salary' || column === 'applied' || column === 'changed' };
}

/** What a cell shows, as text. */
export function cellText(column: TableColumn, card: JobCard, columnName: string, now: Date): string {
  switch (column) {
    case 'title':
    case 'company':
      return card[column];
    case 'status':
      return card.outcome ? `${columnName} · ${outcomeWords(card.outcome)}` : columnName;
    case 'priority':
      return card.priority ? '★'.repeat(card.priority) : '';
    case 'salary':
      return salaryLabel(card.salary) ?? '';
    case 'location':
      return placeLabel(card) ?? '';
    case 'applied':
      return card.appliedOn ? shortDate(noonOf(card.appliedOn), now) : '';
    case 'next':
      return card.nextStage ? `${card.nextStage.title} · ${format(new Date(card.nextStage.startsAt), 'd MMM, HH:mm')}` : '';
    case 'changed':
      return shortDate(new Date(card.updatedAt), now);
  }
}

/** The rows a scrolled window shows (with a few either side), for a table of fixed-height rows. */
export function visibleRowRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 8,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}
