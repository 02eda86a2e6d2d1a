import { differenceInCalendarDays } from 'date-fns';
import type { BoardColumn, JobCard } from './job';
import { localDay } from './job-dates';

export const DEFAULT_FOLLOW_UP_DAYS = 7;

/**
 * An application deserves a nudge on the follow-up day the user set, once it
 * comes; without one, when it is in progress (past Saved, not closed), nothing
 * is scheduled, and it has not moved for `days` days.
 */
export function followUpDue(card: JobCard, column: BoardColumn, now: Date, days = DEFAULT_FOLLOW_UP_DAYS): boolean {
  if (column.closes) return false;
  if (card.followUpOn) return card.followUpOn <= localDay(now);
  if (column.key === 'saved' || card.nextStage) return false;
  return differenceInCalendarDays(now, new Date(card.lastMovedAt)) >= days;
}

/** The cards a rule about a card in its column picks (cards whose column is unknown are left out). */
export function cardsWhere(
  cards: readonly JobCard[],
  columns: readonly BoardColumn[],
  rule: (card: JobCard, column: BoardColumn) => boolean,
): JobCard[] {
  const byId = new Map(columns.map((column) => [column.id, column]));
  return cards.filter((card) => {
    const column = byId.get(card.columnId);
    return column !== undefined && rule(card, column);
  });
}

/** The applications due a follow-up, for the daily nudge. */
export function followUpsDue(
  cards: readonly JobCard[],
  columns: readonly BoardColumn[],
  now: Date,
  days = DEFAULT_FOLLOW_UP_DAYS,
): JobCard[] {
  return cardsWhere(cards, columns, (card, column) => followUpDue(card, column, now, days));
}
