import { archivedJobIds, filterBoard, groupByColumn, NO_FILTER, type CardFilter } from '../../../src-shared/domain/board';
import { shownTitle, type BoardColumn, type CloseOutcome, type JobCard, type NewJob } from '../../../src-shared/domain/job';
import { call, errorMessage } from './api';
import { searchEverything } from './search';
import { settings } from './settings.svelte';
import { focusCard } from './ui.svelte';
import { history } from './undo.svelte';

/** The board: its columns and cards as the main process last said, the filter, and every change made to them. */
class BoardState {
  // Raw (not deeply reactive): 10,000 cards must not become 10,000 proxies. Updates replace the arrays.
  #columns = $state.raw<BoardColumn[]>([]);
  #cards = $state.raw<JobCard[]>([]);
  #status = $state<'loading' | 'ready' | 'failed'>('loading');
  #loadError = $state<string | null>(null);
  #filter = $state<CardFilter>({ ...NO_FILTER });

  get columns(): readonly BoardColumn[] {
    return this.#columns;
  }
  get cards(): readonly JobCard[] {
    return this.#cards;
  }
  get status(): 'loading' | 'ready' | 'failed' {
    return this.#status;
  }
  get loadError(): string | null {
    return this.#loadError;
  }
  /** The column new jobs land in (as the main process picks it): the first visible one that does not close. */
  get firstColumnId(): number | null {
    return this.#firstColumnId;
  }
  #firstColumnId = $derived(
    [...this.#columns]
      .sort((a, b) => Number(a.hidden) - Number(b.hidden) || a.position - b.position)
      .find((column) => !column.closes)?.id ?? null,
  );

  get filter(): Readonly<CardFilter> {
    return this.#filter;
  }

  setFilter<K extends keyof CardFilter>(field: K, value: CardFilter[K]): void {
    this.#filter[field] = value;
  }

  clearFilters(): void {
    this.#filter = { ...NO_FILTER };
  }

  /** The board as shown: filtered, then grouped by column. */
  /** Closed jobs older than the user's archive setting: off the board, still searchable. */
  archived = $derived(archivedJobIds(this.#columns, this.#cards, new Date(), settings.current.archiveClosedAfterDays));

  grouped = $derived.by(() => {
    const shown = filterBoard(this.#columns, this.#cards, this.#filter);
    const archived = this.archived;
    return groupByColumn(shown.columns, archived.size > 0 ? shown.cards.filter((card) => !archived.has(card.id)) : shown.cards);
  });

  private searchSequence = 0;

  /** Narrows the board to what search finds for `text`, keystroke by keystroke; stale answers are dropped. */
  async setFilterText(text: string): Promise<void> {
    const sequence = ++this.searchSequence;
    this.#filter.text = text;
    if (!text.trim()) {
      this.#filter.matching = null;
      return;
    }
    const hits = await searchEverything(text, 50_000);
    if (sequence === this.searchSequence) this.#filter.matching = new Set(hits.map((hit) => hit.id));
  }

  async load(): Promise<void> {
    try {
      const board = await call('getBoard');
      this.#columns = board.columns;
      this.#cards = board.cards;
      this.#status = 'ready';
      this.#loadError = null;
    } catch (error) {
      this.#status = 'failed';
      this.#loadError = errorMessage(error);
    }
  }

  async addJob(job: NewJob): Promise<JobCard> {
    const card = await call('addJob', job);
    this.#cards = [...this.#cards, card];
    return card;
  }

  columnOf(card: JobCard): BoardColumn | undefined {
    return this.#columns.find((column) => column.id === card.columnId);
  }

  /** Cards of a column in board order. */
  cardsIn(columnId: number): JobCard[] {
    return this.grouped.find((group) => group.column.id === columnId)?.cards ?? [];
  }

  private replace(card: JobCard): void {
    const index = this.#cards.findIndex((candidate) => candidate.id === card.id);
    this.#cards = index >= 0 ? this.#cards.with(index, card) : [...this.#cards, card];
  }

  /**
   * Moves a card above `beforeId` (or to the bottom) of a column, and makes
   * the move undoable by moving it back to where it was.
   */
  async move(id: number, columnId: number, beforeId: number | null, outcome?: CloseOutcome): Promise<void> {
    const card = this.#cards.find((candidate) => candidate.id === id);
    if (!card) return;
    const siblings = this.cardsIn(card.columnId);
    const from = {
      columnId: card.columnId,
      beforeId: siblings[siblings.indexOf(card) + 1]?.id ?? null,
      outcome: card.outcome ?? undefined,
    };
    try {
      this.replace(await call('moveJob', { id, columnId, beforeId, ...(outcome ? { outcome } : {}) }));
    } catch (error) {
      await this.load();
      throw error;
    }
    const target = this.#columns.find((column) => column.id === columnId);
    if (from.columnId === columnId && from.beforeId === beforeId) return;
    history.push({
      label:
        from.columnId === columnId
          ? `Reordered ${shownTitle(card.title)}`
          : `Moved ${shownTitle(card.title)} to ${target?.name ?? 'another column'}`,
      undo: async () => {
        const back =
          from.beforeId !== null && this.#cards.some((candidate) => candidate.id === from.beforeId) ? from.beforeId : null;
        this.replace(
          await call('moveJob', {
            id,
            columnId: from.columnId,
            beforeId: back,
            ...(from.outcome ? { outcome: from.outcome } : {}),
          }),
        );
        focusCard(id);
      },
    });
  }

  async remove(id: number): Promise<void> {
    const card = this.#cards.find((candidate) => candidate.id === id);
    if (!card) return;
    await call('deleteJob', { id });
    this.#cards = this.#cards.filter((candidate) => candidate.id !== id);
    history.push({
      label: `Deleted ${shownTitle(card.title)}`,
      undo: async () => {
        this.replace(await call('restoreJob', { id }));
        focusCard(id);
      },
    });
  }

  private replaceColumn(column: BoardColumn): void {
    this.#columns = this.#columns.map((candidate) => (candidate.id === column.id ? column : candidate));
  }

  async addColumn(name: string): Promise<void> {
    const column = await call('addColumn', { name });
    this.#columns = [...this.#columns, column];
    history.push({
      label: `Added column ${name}`,
      undo: async () => this.replaceColumn(await call('setColumnHidden', { id: column.id, hidden: true })),
    });
  }

  async renameColumn(id: number, name: string): Promise<void> {
    const before = this.#columns.find((column) => column.id === id);
    if (!before || before.name === name) return;
    this.replaceColumn(await call('renameColumn', { id, name }));
    history.push({
      label: `Renamed ${before.name} to ${name}`,
      undo: async () => this.replaceColumn(await call('renameColumn', { id, name: before.name })),
    });
  }

  /** Moves a visible column one step left (-1) or right (+1) among the visible columns. */
  async shiftColumn(id: number, step: -1 | 1): Promise<void> {
    const visible = this.grouped.map((group) => group.column);
    const index = visible.findIndex((column) => column.id === id);
    const target = visible[index + step];
    if (index < 0 || !target) return;
    const all = [...this.#columns].sort((a, b) => a.position - b.position);
    const nextOf = (columnId: number) => all[all.findIndex((column) => column.id === columnId) + 1]?.id ?? null;
    const undoBefore = nextOf(id);
    const beforeId = step < 0 ? target.id : nextOf(target.id);
    this.#columns = await call('moveColumn', { id, beforeId });
    history.push({
      label: `Moved column ${visible[index]!.name}`,
      undo: async () => void (this.#columns = await call('moveColumn', { id, beforeId: undoBefore })),
    });
  }

  async setColumnHidden(id: number, hidden: boolean): Promise<void> {
    const column = await call('setColumnHidden', { id, hidden });
    this.replaceColumn(column);
    if (hidden) {
      history.push({
        label: `Hid column ${column.name}`,
        undo: async () => this.replaceColumn(await call('setColumnHidden', { id, hidden: false })),
      });
    }
  }

  updated(card: JobCard): void {
    this.replace(card);
  }
}

export const board = new BoardState();
