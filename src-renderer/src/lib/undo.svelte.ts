import { notifications } from './notifications.svelte';

export interface UndoableAction {
  /** What was done, as the toast says it: "Moved to Applied". */
  label: string;
  undo: () => Promise<unknown>;
}

const LIMIT = 50;

/** The session's undo history for moves, edits and deletes (Ctrl/Cmd+Z); the toast offers the latest. */
class UndoHistory {
  #stack: UndoableAction[] = [];
  #latest = $state<UndoableAction | null>(null);
  #undone = $state<string | null>(null);

  /** The action the toast offers to undo, until it is dismissed. */
  get latest(): UndoableAction | null {
    return this.#latest;
  }

  /** What the last undo took back, for the toast to confirm ("Undone: Moved … to Applied"). */
  get undone(): string | null {
    return this.#undone;
  }

  push(action: UndoableAction): void {
    this.#stack.push(action);
    if (this.#stack.length > LIMIT) this.#stack.shift();
    this.#latest = action;
    this.#undone = null;
    notifications.dismiss();
  }

  /** Takes back the latest action; Ctrl/Cmd+Z again takes back the one before. */
  async undo(): Promise<void> {
    const action = this.#stack.pop();
    this.#latest = null;
    if (!action) return;
    try {
      await action.undo();
      this.#undone = action.label;
    } catch (error) {
      notifications.failed(error, `Could not undo “${action.label}”`);
    }
  }

  dismiss(): void {
    this.#latest = null;
    this.#undone = null;
    notifications.dismiss();
  }

  /** After a restore, nothing done before it can be undone: the actions name data that is gone. */
  forget(): void {
    this.#stack = [];
    this.dismiss();
  }
}

export const history = new UndoHistory();
