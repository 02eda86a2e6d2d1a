import { DEFAULT_TABLE_SORT, type TableSort } from '../../../src-shared/domain/job-table';

/** How the table view is sorted; kept while the app runs, so leaving the table and coming back finds it as it was. */
class TableState {
  #sort = $state<TableSort>({ ...DEFAULT_TABLE_SORT });

  get sort(): Readonly<TableSort> {
    return this.#sort;
  }

  sortBy(sort: TableSort): void {
    this.#sort = sort;
  }
}

export const table = new TableState();
