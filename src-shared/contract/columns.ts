import * as v from 'valibot';
import type { BoardColumn } from '../domain/job';
import { call, fields, id, requiredLine } from './schemas';

/** The board's columns. */
export const columnsCalls = {
  addColumn: call<BoardColumn>()(fields({ name: requiredLine('Column name') })),
  renameColumn: call<BoardColumn>()(fields({ id, name: requiredLine('Column name') })),
  moveColumn: call<BoardColumn[]>()(fields({ id, beforeId: v.nullable(id) })),
  setColumnHidden: call<BoardColumn>()(fields({ id, hidden: v.boolean('hidden must be true or false') })),
} as const;
