import type { ScheduledStage } from '../../../src-shared/domain/schedule';
import { call, errorMessage } from './api';

/** Every scheduled interview stage, for the agenda, and the calendar file of the upcoming ones. */
class AgendaState {
  #stages = $state.raw<ScheduledStage[]>([]);
  #error = $state<string | null>(null);

  get stages(): readonly ScheduledStage[] {
    return this.#stages;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#stages = await call('getSchedule');
      this.#error = null;
    } catch (failure) {
      this.#error = errorMessage(failure);
    }
  }

  /** Every upcoming stage as one iCalendar file's text; null (and the reason in `error`) when it could not be made. */
  async upcomingCalendar(): Promise<string | null> {
    try {
      return await call('exportCalendar', {});
    } catch (failure) {
      this.#error = errorMessage(failure);
      return null;
    }
  }

  /** A failure of something done with the agenda in the page (a download). */
  failed(failure: unknown): void {
    this.#error = errorMessage(failure);
  }
}

export const agenda = new AgendaState();
