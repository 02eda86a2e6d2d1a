import type { Person, PersonPage, PersonSummary } from '../../../src-shared/domain/people';
import { call, errorMessage } from './api';

/** Everyone in the People view, and the one person whose page is open. */
class PeopleState {
  #all = $state.raw<PersonSummary[] | null>(null);
  #open = $state.raw<PersonPage | null>(null);
  #error = $state<string | null>(null);

  /** Null until the first load. */
  get all(): PersonSummary[] | null {
    return this.#all;
  }
  get open(): PersonPage | null {
    return this.#open;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#all = await call('listPeople');
      this.#error = null;
    } catch (failure) {
      this.#error = errorMessage(failure);
    }
  }

  async show(id: number): Promise<void> {
    try {
      this.#open = await call('getPerson', { id });
      this.#error = null;
    } catch (failure) {
      this.#error = errorMessage(failure);
    }
  }

  close(): void {
    this.#open = null;
  }

  async save(person: Person): Promise<void> {
    this.#open = await call('updatePerson', person);
    if (this.#all) await this.load();
  }

  /** Folds `otherId` into the open person. */
  async mergeInto(keptId: number, otherId: number): Promise<void> {
    this.#open = await call('mergePeople', { keptId, otherId });
    if (this.#all) await this.load();
  }
}

export const people = new PeopleState();
