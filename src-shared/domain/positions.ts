/**
 * Fractional ordering: a card's position is a number strictly between its
 * neighbours, so moving one card writes one row. When the gap between two
 * neighbours becomes too small to split, callers renumber the column.
 */
export const POSITION_STEP = 1024;
const MIN_GAP = 1e-9;

export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return POSITION_STEP;
  if (before === null) return (after as number) - POSITION_STEP;
  if (after === null) return before + POSITION_STEP;
  if (after <= before) throw new RangeError(`positions out of order: ${before} >= ${after}`);
  return before + (after - before) / 2;
}

export function needsRenumbering(before: number | null, after: number | null): boolean {
  return before !== null && after !== null && after - before < MIN_GAP;
}

/** Evenly spaced positions for `count` items, used when a column is renumbered. */
export function evenPositions(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1) * POSITION_STEP);
}
