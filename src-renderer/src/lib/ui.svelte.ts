import type { BoardColumn, JobCard } from '../../../src-shared/domain/job';

export interface CloseRequest {
  card: JobCard;
  column: BoardColumn;
  beforeId: number | null;
}

/** Which job the detail panel shows, and a move into a closing column waiting for its outcome. */
class UiState {
  openJobId = $state<number | null>(null);
  closeRequest = $state<CloseRequest | null>(null);
}

export const ui = new UiState();

/** Puts keyboard focus back on a card after the board re-renders it elsewhere. */
export function focusCard(id: number): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-job-id="${id}"] .card-open`)?.focus());
}
