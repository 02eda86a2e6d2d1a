import {
  archivedJobIds,
  boardOrder,
  filterBoard,
  groupByColumn,
  NO_FILTER,
  sortCards,
  type CardFilter,
  type CardSort,
} from '../../../src-shared/domain/board';
import {
  outcomeWords,
  shownTitle,
  type Board,
  type BoardColumn,
  type BoardStart,
  type CloseOutcome,
  type JobCard,
  type JobDates,
  type NewJob,
  type Priority,
} from '../../../src-shared/domain/job';
import { call, errorMessage } from './api';
import { searchEverything } from './search';
import { settings } from './settings.svelte';
import { focusCard } from './ui.svelte';
import { history } from './undo.svelte';

/** Cards per column in the first paint: more than a tall window shows. */
const FIRST_PAGE = 20;

interface MoveBack {
  id: number;
  columnId: number;
  position: number;
  beforeId: number | null;
  outcome: CloseOutcome | null;
  /** A first move to Applied sets the date applied: undoing the move takes it back. */
  appliedOn: string | null;
}

/** "1 job", "3 jobs". */
export const countOf = (count: number): string => `${count.toLocaleString('en')} ${count === 1 ? 'job' : 'jobs'}`;

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
    return groupByColumn(
      shown.columns,
      archived.size > 0 ? shown.cards.filter((card) => !archived.has(card.id)) : shown.cards,
      settings.current.columnSorts,
    );
  });

  /** Every card the board shows, column after column: the table's rows. */
  shown = $derived(this.grouped.flatMap((group) => group.cards));

  /** How a column orders its cards; anything but the user's own order turns off reordering within it. */
  sortOf(columnId: number): CardSort {
    return settings.current.columnSorts[columnId] ?? 'manual';
  }

  async sortColumn(columnId: number, sort: CardSort): Promise<void> {
    const { [columnId]: _previous, ...others } = settings.current.columnSorts;
    await settings.save({ columnSorts: sort === 'manual' ? others : { ...others, [columnId]: sort } });
  }

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

  /** Counts changes made to cards here, so a board fetched while one was made is not taken as newer. */
  #edits = 0;

  /** Until the whole board has arrived: how many jobs each column holds, for its badge. */
  #counts = $state.raw<Record<number, number> | null>(null);

  /** How many jobs there are, counting those whose cards have not arrived yet. */
  get total(): number {
    return this.#counts ? Object.values(this.#counts).reduce((sum, count) => sum + count, 0) : this.#cards.length;
  }

  /** A column's count for its badge: what it shows once the board is whole, what it holds while the rest loads. */
  countIn(columnId: number, shown: number): number {
    return this.#counts?.[columnId] ?? shown;
  }

  /**
   * The first paint: the top of every column, then the rest in the background.
   * Resolves once the top is shown, so a start with 10,000 saved jobs paints
   * as soon as one with 100.
   */
  async start(): Promise<void> {
    let start: BoardStart;
    try {
      start = await call('getBoardStart', { perColumn: FIRST_PAGE });
    } catch {
      // The whole board's load says what is wrong, if anything still is.
      return this.load();
    }
    this.#columns = start.columns;
    this.#cards = start.cards;
    this.#counts = start.counts;
    this.#status = 'ready';
    // The rest once the top is on screen: reading 10,000 cards must not hold up the first frame.
    requestAnimationFrame(() => setTimeout(() => void this.load()));
  }

  async load(): Promise<void> {
    try {
      let board: Board;
      let edits: number;
      // A card changed while the board was on its way: that answer may predate the change, so ask again.
      do {
        edits = this.#edits;
        board = await call('getBoard');
      } while (edits !== this.#edits);
      this.#counts = null;
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
    this.#edits++;
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
    this.replaceAll([card]);
  }

  private replaceAll(cards: readonly JobCard[]): void {
    if (cards.length === 0) return;
    this.#edits++;
    const fresh = new Map(cards.map((card) => [card.id, card]));
    const kept = this.#cards.map((card) => fresh.get(card.id) ?? card);
    const known = new Set(this.#cards.map((card) => card.id));
    this.#cards = [...kept, ...cards.filter((card) => !known.has(card.id))];
  }

  private cardsOf(ids: Iterable<number>): JobCard[] {
    const wanted = new Set(ids);
    return this.#cards.filter((card) => wanted.has(card.id));
  }

  /** Where each card sits now (column, the card below it in the user's order, outcome): what an undo puts back. */
  private placesOf(cards: readonly JobCard[]): MoveBack[] {
    const byColumn = Map.groupBy(sortCards(this.#cards, 'manual'), (card) => card.columnId);
    return cards.map((card) => {
      const column = byColumn.get(card.columnId) ?? [];
      return {
        id: card.id,
        columnId: card.columnId,
        position: card.position,
        beforeId: column[column.indexOf(card) + 1]?.id ?? null,
        outcome: card.outcome,
        appliedOn: card.appliedOn,
      };
    });
  }

  /** Puts moved cards back: lowest first in each column, so a card goes back above one already back in place. */
  private async moveBack(places: readonly MoveBack[]): Promise<void> {
    const present = new Set(this.#cards.map((card) => card.id));
    const moves = [...places]
      .sort((a, b) => b.position - a.position)
      .map(({ id, columnId, beforeId, outcome }) => ({
        id,
        columnId,
        beforeId: beforeId !== null && present.has(beforeId) ? beforeId : null,
        ...(outcome ? { outcome } : {}),
      }));
    const back = await call('moveJobs', { moves });
    this.replaceAll(back);
    const appliedBefore = new Map(places.map((place) => [place.id, place.appliedOn]));
    for (const card of back) {
      const appliedOn = appliedBefore.get(card.id) ?? null;
      if (card.appliedOn !== appliedOn) {
        await this.setDates(card.id, { appliedOn, applyBy: card.applyBy, followUpOn: card.followUpOn });
      }
    }
  }

  /** Moves several cards to the bottom of a column (a closing one needs the outcome), as one undoable action. */
  async moveMany(ids: Iterable<number>, columnId: number, outcome?: CloseOutcome): Promise<void> {
    const cards = this.cardsOf(ids).filter((card) => card.columnId !== columnId || (outcome && card.outcome !== outcome));
    const target = this.#columns.find((column) => column.id === columnId);
    if (cards.length === 0 || !target) return;
    const places = this.placesOf(cards);
    const moves = [...cards].sort(boardOrder(this.#columns)).map((card) => ({
      id: card.id,
      columnId,
      beforeId: null,
      ...(outcome ? { outcome } : {}),
    }));
    this.replaceAll(await call('moveJobs', { moves }));
    history.push({
      label: outcome
        ? `Closed ${countOf(cards.length)} as ${outcomeWords(outcome)}`
        : `Moved ${countOf(cards.length)} to ${target.name}`,
      undo: () => this.moveBack(places),
    });
  }

  /** The column that closes applications (it asks for an outcome), if the board has one. */
  get closingColumn(): BoardColumn | undefined {
    return this.#columns.find((column) => column.closes);
  }

  /** Closes several cards with one outcome, as one undoable action. */
  async closeMany(ids: Iterable<number>, outcome: CloseOutcome): Promise<void> {
    const closing = this.closingColumn;
    if (closing) await this.moveMany(ids, closing.id, outcome);
  }

  /** Adds a tag to several cards; the undo takes it off the ones that did not have it. */
  async tagMany(ids: Iterable<number>, tag: string): Promise<void> {
    const all = [...ids];
    const changed = await call('tagJobs', { ids: all, tag, present: true });
    this.replaceAll(changed);
    if (changed.length === 0) return;
    history.push({
      label: `Tagged ${countOf(changed.length)} “${tag}”`,
      undo: async () => this.replaceAll(await call('tagJobs', { ids: changed.map((card) => card.id), tag, present: false })),
    });
  }

  async removeMany(ids: Iterable<number>): Promise<void> {
    const all = this.cardsOf(ids).map((card) => card.id);
    if (all.length === 0) return;
    await call('deleteJobs', { ids: all });
    const gone = new Set(all);
    this.#edits++;
    this.#cards = this.#cards.filter((card) => !gone.has(card.id));
    history.push({
      label: `Deleted ${countOf(all.length)}`,
      undo: async () => this.replaceAll(await call('restoreJobs', { ids: all })),
    });
  }

  /** Sets the stars of one card or several; undoable. */
  async prioritise(ids: Iterable<number>, priority: Priority): Promise<void> {
    const cards = this.cardsOf(ids).filter((card) => card.priority !== priority);
    if (cards.length === 0) return;
    this.replaceAll(await call('setPriority', { ids: cards.map((card) => card.id), priority }));
    const before = Map.groupBy(cards, (card) => card.priority);
    history.push({
      label:
        cards.length === 1
          ? `Rated ${shownTitle(cards[0]!.title)} ${priority} of 3`
          : `Rated ${countOf(cards.length)} ${priority} of 3`,
      undo: async () => {
        for (const [previous, group] of before) {
          this.replaceAll(await call('setPriority', { ids: group.map((card) => card.id), priority: previous }));
        }
      },
    });
  }

  async setDates(id: number, dates: JobDates): Promise<JobCard> {
    const card = await call('setJobDates', { id, ...dates });
    this.replace(card);
    return card;
  }

  /**
   * Moves a card above `beforeId` (or to the bottom) of a column, and makes
   * the move undoable by moving it back to where it was.
   */
  async move(id: number, columnId: number, beforeId: number | null, outcome?: CloseOutcome): Promise<void> {
    const card = this.#cards.find((candidate) => candidate.id === id);
    if (!card) return;
    const siblings = this.cardsIn(card.columnId);
    const unmoved = card.columnId === columnId && (siblings[siblings.indexOf(card) + 1]?.id ?? null) === beforeId;
    const places = this.placesOf([card]);
    try {
      this.replace(await call('moveJob', { id, columnId, beforeId, ...(outcome ? { outcome } : {}) }));
    } catch (error) {
      await this.load();
      throw error;
    }
    const target = this.#columns.find((column) => column.id === columnId);
    if (unmoved) return;
    history.push({
      label:
        card.columnId === columnId
          ? `Reordered ${shownTitle(card.title)}`
          : `Moved ${shownTitle(card.title)} to ${target?.name ?? 'another column'}`,
      undo: async () => {
        await this.moveBack(places);
        focusCard(id);
      },
    });
  }

  async remove(id: number): Promise<void> {
    const card = this.#cards.find((candidate) => candidate.id === id);
    if (!card) return;
    await call('deleteJob', { id });
    this.#edits++;
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
