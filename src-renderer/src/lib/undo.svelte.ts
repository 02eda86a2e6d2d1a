import { errorMessage } from './api';

export interface UndoableAction {
  /** What was done, as the toast says it: "Moved to Applied". */
  label: string;
  undo: () => Promise<unknown>;
}

const LIMIT = 50;

/** The session's undo history for moves, edits and deletes (Ctrl/Cmd+Z), and the toast that offers it. */
class UndoHistory {
  private stack: UndoableAction[] = [];
  latest = $state<UndoableAction | null>(null);
  error = $state<string | null>(null);

  push(action: UndoableAction): void {
    this.stack.push(action);
    if (this.stack.length > LIMIT) this.stack.shift();
    this.latest = action;
    this.error = null;
  }

  async undo(): Promise<void> {
    const action = this.stack.pop();
    this.latest = this.stack.at(-1) ?? null;
    if (!action) return;
    try {
      await action.undo();
    } catch (error) {
      this.error = `Could not undo “${action.label}”: ${errorMessage(error)}`;
    }
  }

  dismiss(): void {
    this.latest = null;
    this.error = null;
  }

  /** After a restore, nothing done before it can be undone: the actions name data that is gone. */
  forget(): void {
    this.stack = [];
    this.dismiss();
  }
}

export const history = new UndoHistory();
