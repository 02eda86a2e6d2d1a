import type { DateRange, Insights } from '../../../src-shared/domain/insights';
import { call, errorMessage } from './api';

/** Insights for the range the user chose; an answer for a range no longer wanted is dropped. */
class InsightsState {
  #insights = $state.raw<Insights | null>(null);
  #error = $state<string | null>(null);
  #wanted: DateRange | null = null;

  get current(): Insights | null {
    return this.#insights;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(range: DateRange): Promise<void> {
    this.#wanted = range;
    try {
      const insights = await call('getInsights', range);
      if (this.#wanted !== range) return;
      this.#insights = insights;
      this.#error = null;
    } catch (failure) {
      this.#error = errorMessage(failure);
    }
  }

  /** A failure of something done with the chart in the page (an export). */
  failed(failure: unknown): void {
    this.#error = errorMessage(failure);
  }
}

export const insights = new InsightsState();
