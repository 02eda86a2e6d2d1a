import type { ColumnWithCards } from '../../../src-shared/domain/board';
import type { JobCard } from '../../../src-shared/domain/job';

export interface KeyboardMove {
  columnId: number;
  beforeId: number | null;
}

/**
 * Where Alt+Arrow sends a card: up and down within its column, left and
 * right to the bottom of the neighbouring visible column. Null at an edge.
 */
export function keyboardMove(groups: readonly ColumnWithCards[], card: JobCard, key: string): KeyboardMove | null {
  const columnIndex = groups.findIndex((group) => group.column.id === card.columnId);
  const group = groups[columnIndex];
  if (!group) return null;
  const index = group.cards.findIndex((candidate) => candidate.id === card.id);
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? { columnId: card.columnId, beforeId: group.cards[index - 1]!.id } : null;
    case 'ArrowDown':
      if (index >= group.cards.length - 1) return null;
      return { columnId: card.columnId, beforeId: group.cards[index + 2]?.id ?? null };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const target = groups[columnIndex + (key === 'ArrowLeft' ? -1 : 1)];
      return target ? { columnId: target.column.id, beforeId: null } : null;
    }
    default:
      return null;
  }
}
