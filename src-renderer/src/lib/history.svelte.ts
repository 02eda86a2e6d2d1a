import type { ActivityReport } from '../../../src-shared/domain/activity-report';
import type { CompanyPage } from '../../../src-shared/domain/companies';
import { call, errorMessage } from './api';

/** What the company dialog shows: one employer's applications, loaded by any of its jobs. */
export class CompanyLookup {
  #page = $state.raw<CompanyPage | null>(null);
  #error = $state<string | null>(null);

  get page(): CompanyPage | null {
    return this.#page;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(jobId: number): Promise<void> {
    this.#error = null;
    try {
      this.#page = await call('getCompany', { jobId });
    } catch (failure) {
      this.#page = null;
      this.#error = errorMessage(failure);
    }
  }
}

/** The activity report for a range of days; a range asked later wins over an answer that arrives late. */
export class ActivityLog {
  #report = $state.raw<ActivityReport | null>(null);
  #error = $state<string | null>(null);
  #asked = 0;

  get report(): ActivityReport | null {
    return this.#report;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(from: string, to: string): Promise<void> {
    const ask = ++this.#asked;
    try {
      const report = await call('getActivityReport', { from, to });
      if (ask !== this.#asked) return;
      this.#report = report;
      this.#error = null;
    } catch (failure) {
      if (ask !== this.#asked) return;
      this.#report = null;
      this.#error = errorMessage(failure);
    }
  }
}
