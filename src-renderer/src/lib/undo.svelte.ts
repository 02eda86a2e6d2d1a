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

  /** The action the toast offers to undo, until it is dismissed. */
  get latest(): UndoableAction | null {
    return this.#latest;
  }

  push(action: UndoableAction): void {
    this.#stack.push(action);
    if (this.#stack.length > LIMIT) this.#stack.shift();
    this.#latest = action;
    notifications.dismiss();
  }

  async undo(): Promise<void> {
    const action = this.#stack.pop();
    this.#latest = this.#stack.at(-1) ?? null;
    if (!action) return;
    try {
      await action.undo();
    } catch (error) {
      notifications.failed(error, `Could not undo “${action.label}”`);
    }
  }

  dismiss(): void {
    this.#latest = null;
    notifications.dismiss();
  }

  /** After a restore, nothing done before it can be undone: the actions name data that is gone. */
  forget(): void {
    this.#stack = [];
    this.dismiss();
  }
}

export const history = new UndoHistory();
