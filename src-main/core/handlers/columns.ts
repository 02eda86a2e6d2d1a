import { addColumn, jobIdsInColumn, moveColumn, renameColumn, setColumnHidden } from '../services/columns-service';
import type { DomainHandlers, HandlerDeps } from './types';

export function columnsHandlers({ db }: HandlerDeps): DomainHandlers<'columns'> {
  return {
    addColumn: { run: ({ name }) => addColumn(db(), name) },
    // Column names are searchable (status:), so every job in the column changes.
    renameColumn: {
      run: ({ id, name }) => renameColumn(db(), id, name),
      changes: (column) => ({ jobs: jobIdsInColumn(db(), column.id) }),
    },
    moveColumn: { run: ({ id, beforeId }) => moveColumn(db(), id, beforeId) },
    setColumnHidden: { run: ({ id, hidden }) => setColumnHidden(db(), id, hidden) },
  };
}
