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
