import { differenceInCalendarDays } from 'date-fns';
import { cardsWhere } from './follow-up';
import type { BoardColumn, JobCard } from './job';

export const DEFAULT_GHOST_DAYS = 21;

/** The last sign of life of an application: its last move, or the last interview stage held or changed. */
export function lastSignOfLife(card: Pick<JobCard, 'lastMovedAt' | 'lastHeardAt'>): string {
  return card.lastHeardAt && card.lastHeardAt > card.lastMovedAt ? card.lastHeardAt : card.lastMovedAt;
}

/** Whole days since an application last showed a sign of life. */
export function silentDays(card: Pick<JobCard, 'lastMovedAt' | 'lastHeardAt'>, now: Date): number {
  return differenceInCalendarDays(now, new Date(lastSignOfLife(card)));
}

/**
 * An application the employer seems to have dropped: sent (past Saved, not
 * closed), nothing scheduled, and no move or interview stage for `days`
 * days. Quarry only offers to close it as ghosted; the user decides.
 */
export function looksGhosted(card: JobCard, column: BoardColumn, now: Date, days = DEFAULT_GHOST_DAYS): boolean {
  if (column.closes || column.key === 'saved' || card.nextStage) return false;
  return silentDays(card, now) >= days;
}

/** The applications to offer for closing as ghosted, longest silent first. */
export function ghostedCards(
  cards: readonly JobCard[],
  columns: readonly BoardColumn[],
  now: Date,
  days = DEFAULT_GHOST_DAYS,
): JobCard[] {
  return cardsWhere(cards, columns, (card, column) => looksGhosted(card, column, now, days)).sort(
    (a, b) => lastSignOfLife(a).localeCompare(lastSignOfLife(b)) || a.id - b.id,
  );
}
