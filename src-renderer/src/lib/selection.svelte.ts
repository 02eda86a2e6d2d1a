/**
 * The cards picked for a bulk action, on the board and in the table alike:
 * Ctrl/Cmd-click or X toggles one, Shift-click or Shift+arrow extends from the
 * last one picked, Ctrl/Cmd+A takes a whole column (or every row).
 */
class Selection {
  #ids = $state.raw<ReadonlySet<number>>(new Set());
  #anchor: number | null = null;

  get ids(): ReadonlySet<number> {
    return this.#ids;
  }
  get size(): number {
    return this.#ids.size;
  }
  has(id: number): boolean {
    return this.#ids.has(id);
  }

  toggle(id: number): void {
    this.#ids = this.#ids.has(id) ? new Set([...this.#ids].filter((picked) => picked !== id)) : new Set([...this.#ids, id]);
    this.#anchor = id;
  }

  /** Adds every card from the last one picked to `id`, in the order shown (`order`: a column's cards, the table's rows). */
  extendTo(id: number, order: readonly number[]): void {
    const from = this.#anchor === null ? -1 : order.indexOf(this.#anchor);
    const to = order.indexOf(id);
    if (to < 0) return;
    const [start, end] = from < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
    this.#ids = new Set([...this.#ids, ...order.slice(start, end + 1)]);
    if (from < 0) this.#anchor = id;
  }

  selectAll(ids: readonly number[]): void {
    this.#ids = new Set(ids);
    this.#anchor = ids[0] ?? null;
  }

  /** Drops cards that are gone (deleted, filtered out of what is shown). */
  keepOnly(present: ReadonlySet<number>): void {
    if ([...this.#ids].every((id) => present.has(id))) return;
    this.#ids = new Set([...this.#ids].filter((id) => present.has(id)));
  }

  clear(): void {
    if (this.#ids.size > 0) this.#ids = new Set();
    this.#anchor = null;
  }
}

export const selection = new Selection();
