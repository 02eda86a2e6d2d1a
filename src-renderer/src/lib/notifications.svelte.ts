import { errorMessage } from './api';

/** The app's one place for telling the user something failed; the toast shows the latest. */
class Notifications {
  #message = $state<string | null>(null);

  get message(): string | null {
    return this.#message;
  }

  /** The error as the user reads it, after what was being done when there is more to say ("Could not undo “Moved to Applied”: …"). */
  failed(error: unknown, doing?: string): void {
    this.#message = doing ? `${doing}: ${errorMessage(error)}` : errorMessage(error);
  }

  dismiss(): void {
    this.#message = null;
  }
}

export const notifications = new Notifications();
