import { filterCandidates, type ImportReport, type ListPreview } from '../../../src-shared/domain/import-report';
import { call, errorMessage } from './api';
import { board } from './board.svelte';

/**
 * List pages waiting for the user's choice: one preview at a time, a filter,
 * ticked jobs (none by default), and the import of the ticked ones.
 */
class ListPreviewState {
  #queue = $state<ListPreview[]>([]);
  #ticked = $state<ReadonlySet<number>>(new Set());
  #filter = $state('');
  #busy = $state(false);
  #error = $state<string | null>(null);

  readonly current = $derived(this.#queue[0] ?? null);
  readonly visible = $derived(this.current ? filterCandidates(this.current.candidates, this.#filter) : []);

  get filter(): string {
    return this.#filter;
  }
  set filter(value: string) {
    this.#filter = value;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get error(): string | null {
    return this.#error;
  }
  get tickedCount(): number {
    return this.#ticked.size;
  }

  isTicked(index: number): boolean {
    return this.#ticked.has(index);
  }

  /** Queues the list pages of a finished import. */
  open(previews: readonly ListPreview[]): void {
    const wasEmpty = this.#queue.length === 0;
    const queued = new Set(this.#queue.map((preview) => preview.token));
    this.#queue = [...this.#queue, ...previews.filter((preview) => !queued.has(preview.token))];
    if (wasEmpty) this.#reset();
  }

  toggle(index: number): void {
    this.#ticked = this.#ticked.has(index)
      ? new Set([...this.#ticked].filter((ticked) => ticked !== index))
      : new Set([...this.#ticked, index]);
  }

  /** Ticks every job the filter shows (all of them without a filter). */
  selectAll(): void {
    this.#ticked = new Set([...this.#ticked, ...this.visible.map((candidate) => candidate.index)]);
  }

  selectNone(): void {
    this.#ticked = new Set();
  }

  /** Imports the ticked jobs of the current page and moves on to the next page; the report says what landed. */
  async importTicked(): Promise<ImportReport | null> {
    const preview = this.current;
    if (!preview || this.#ticked.size === 0 || this.#busy) return null;
    this.#busy = true;
    this.#error = null;
    try {
      const report = await call('importListJobs', { token: preview.token, picks: [...this.#ticked] });
      void board.load();
      this.#next();
      return report;
    } catch (error) {
      this.#error = errorMessage(error);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  /** Closes the current page without importing anything from it. */
  skip(): void {
    this.#next();
  }

  #next(): void {
    this.#queue = this.#queue.slice(1);
    this.#reset();
  }

  #reset(): void {
    this.#ticked = new Set();
    this.#filter = '';
    this.#error = null;
  }
}

export const listPreview = new ListPreviewState();
