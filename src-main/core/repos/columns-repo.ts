import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';
import type { BoardColumn } from '../../../src-shared/domain/job';

interface ColumnRow {
  id: number;
  key: string;
  name: string;
  position: number;
  hidden: 0 | 1;
  closes: 0 | 1;
}

function toColumn(row: ColumnRow): BoardColumn {
  return { id: row.id, key: row.key, name: row.name, position: row.position, hidden: row.hidden === 1, closes: row.closes === 1 };
}

export function listColumns(db: ReadableDb): BoardColumn[] {
  const rows = statement(
    db,
    'SELECT id, key, name, position, hidden, closes FROM board_columns ORDER BY position',
  ).all() as ColumnRow[];
  return rows.map(toColumn);
}

export function findColumn(db: ReadableDb, id: number): BoardColumn | undefined {
  const row = statement(db, 'SELECT id, key, name, position, hidden, closes FROM board_columns WHERE id = ?').get(id) as
    ColumnRow | undefined;
  return row && toColumn(row);
}

/** The column new jobs land in: the first visible one. */
export function firstOpenColumn(db: ReadableDb): BoardColumn {
  const row = statement(
    db,
    'SELECT id, key, name, position, hidden, closes FROM board_columns WHERE closes = 0 ORDER BY hidden, position LIMIT 1',
  ).get() as ColumnRow | undefined;
  if (!row) throw new Error('The board has no open column');
  return toColumn(row);
}

export function insertColumn(db: WritableDb, column: { key: string; name: string; position: number }): number {
  return Number(
    statement(db, 'INSERT INTO board_columns (key, name, position) VALUES (@key, @name, @position)').run(column).lastInsertRowid,
  );
}

export function updateColumn(db: WritableDb, id: number, changes: { name: string; position: number; hidden: boolean }): void {
  statement(db, 'UPDATE board_columns SET name = ?, position = ?, hidden = ? WHERE id = ?').run(
    changes.name,
    changes.position,
    changes.hidden ? 1 : 0,
    id,
  );
}
