import type { BoardColumn } from '../../../src-shared/domain/job';
import { evenPositions, positionBetween } from '../../../src-shared/domain/positions';
import { QuarryError } from '../../../src-shared/errors';
import type { Db } from '../db/database';
import { findColumn, insertColumn, listColumns, updateColumn } from '../repos/columns-repo';
import { listJobIdsInColumn } from '../repos/jobs-repo';

function requireColumn(db: Db, id: number): BoardColumn {
  const column = findColumn(db, id);
  if (!column) throw new QuarryError('not_found', `There is no column with id ${id}.`);
  return column;
}

function assertUniqueName(db: Db, name: string, exceptId = 0): void {
  if (listColumns(db).some((column) => column.id !== exceptId && column.name.toLowerCase() === name.toLowerCase())) {
    throw new QuarryError('conflict', `There is already a column called “${name}”.`);
  }
}

/** Where a column lands: before `beforeId`, or at the end. Columns are few, so a full renumber is cheap and keeps gaps wide. */
function positionFor(db: Db, movingId: number, beforeId: number | null): number {
  const others = listColumns(db).filter((column) => column.id !== movingId);
  const index = beforeId === null ? others.length : others.findIndex((column) => column.id === beforeId);
  if (index < 0) throw new QuarryError('not_found', `There is no column with id ${beforeId}.`);
  const positions = evenPositions(others.length);
  others.forEach((column, position) => updateColumn(db, column.id, { ...column, position: positions[position]! }));
  return positionBetween(positions[index - 1] ?? null, positions[index] ?? null);
}

/** A new column, placed before the first closing column so Closed stays last. */
export function addColumn(db: Db, name: string): BoardColumn {
  return db.transaction(() => {
    assertUniqueName(db, name);
    const firstClosing = listColumns(db).find((column) => column.closes);
    const id = insertColumn(db, {
      key: `custom-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      name,
      position: 0,
    });
    const column = requireColumn(db, id);
    updateColumn(db, id, { ...column, position: positionFor(db, id, firstClosing?.id ?? null) });
    return requireColumn(db, id);
  })();
}

/** The live jobs a column holds. */
export function jobIdsInColumn(db: Db, columnId: number): number[] {
  return listJobIdsInColumn(db, columnId);
}

export function renameColumn(db: Db, id: number, name: string): BoardColumn {
  const column = requireColumn(db, id);
  assertUniqueName(db, name, id);
  updateColumn(db, id, { ...column, name });
  return requireColumn(db, id);
}

export function moveColumn(db: Db, id: number, beforeId: number | null): BoardColumn[] {
  db.transaction(() => {
    const column = requireColumn(db, id);
    if (beforeId === id) throw new QuarryError('invalid_argument', 'A column cannot be placed before itself.');
    updateColumn(db, id, { ...column, position: positionFor(db, id, beforeId) });
  })();
  return listColumns(db);
}

export function setColumnHidden(db: Db, id: number, hidden: boolean): BoardColumn {
  const column = requireColumn(db, id);
  if (
    hidden &&
    !column.closes &&
    listColumns(db).filter((other) => !other.hidden && !other.closes && other.id !== id).length === 0
  ) {
    throw new QuarryError('invalid_argument', 'Keep at least one open column visible: new jobs land there.');
  }
  updateColumn(db, id, { ...column, hidden });
  return requireColumn(db, id);
}
