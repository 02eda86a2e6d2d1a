import type { BoardColumn, JobCard } from '../../../src-shared/domain/job';

export interface CloseRequest {
  card: JobCard;
  column: BoardColumn;
  beforeId: number | null;
}

export type View = 'board' | 'table' | 'agenda' | 'insights' | 'documents' | 'people';
export type Dialog = 'add-job' | 'shortcuts' | 'search' | 'data' | 'settings';

/** What the window shows: the view, the open job, the one dialog open, a move waiting for its outcome. */
class UiState {
  #view = $state<View>('board');
  #openJobId = $state<number | null>(null);
  #dialog = $state<Dialog | null>(null);
  #closeRequest = $state<CloseRequest | null>(null);
  #spotlightId = $state<number | null>(null);
  #spotlightTakesFocus = false;

  get view(): View {
    return this.#view;
  }
  get openJobId(): number | null {
    return this.#openJobId;
  }
  get dialog(): Dialog | null {
    return this.#dialog;
  }
  get closeRequest(): CloseRequest | null {
    return this.#closeRequest;
  }
  /** The card the board brings into view and highlights (a job just added, or found by search). */
  get spotlightId(): number | null {
    return this.#spotlightId;
  }

  /** Whether the spotlit card also takes keyboard focus (a job just added), or leaves it where it is (the detail panel). */
  get spotlightTakesFocus(): boolean {
    return this.#spotlightTakesFocus;
  }

  /** Shows this job's card on the board: its column renders it, scrolls to it and highlights it once. */
  spotlight(id: number, { focus = false } = {}): void {
    this.#spotlightTakesFocus = focus;
    this.#spotlightId = id;
    this.#view = 'board';
  }

  /** The highlight has played. */
  clearSpotlight(id: number): void {
    if (this.#spotlightId === id) this.#spotlightId = null;
  }

  show(view: View): void {
    this.#view = view;
  }

  openJob(id: number): void {
    this.#openJobId = id;
  }

  closeJob(): void {
    this.#openJobId = null;
  }

  openDialog(dialog: Dialog): void {
    this.#dialog = dialog;
  }

  /** Closes `dialog` if it is the one open (a dialog closing late never closes the next one). */
  closeDialog(dialog: Dialog): void {
    if (this.#dialog === dialog) this.#dialog = null;
  }

  /** A card dropped on a closing column: the move waits until the user says how it ended. */
  askOutcome(request: CloseRequest): void {
    this.#closeRequest = request;
  }

  settleOutcome(): void {
    this.#closeRequest = null;
  }
}

export const ui = new UiState();

/** Puts keyboard focus back on a card after the board re-renders it elsewhere. */
export function focusCard(id: number): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-job-id="${id}"] .card-open`)?.focus());
}
