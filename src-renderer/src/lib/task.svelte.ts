import { errorMessage } from './api';

/** One action at a time from a panel, with its outcome as a line the user reads (a status or an alert). */
export class TaskState {
  #busy = $state(false);
  #message = $state<{ text: string; error: boolean } | null>(null);

  get busy(): boolean {
    return this.#busy;
  }
  get message(): { text: string; error: boolean } | null {
    return this.#message;
  }

  /** Runs `action`, which returns what to tell the user (null: nothing); a failure becomes the message instead. */
  async run(action: () => Promise<string | null>): Promise<void> {
    this.#busy = true;
    try {
      const text = await action();
      this.#message = text === null ? null : { text, error: false };
    } catch (failure) {
      this.#message = { text: errorMessage(failure), error: true };
    } finally {
      this.#busy = false;
    }
  }

  clear(): void {
    this.#message = null;
  }
}
