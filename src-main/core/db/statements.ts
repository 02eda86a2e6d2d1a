import type { Statement } from 'better-sqlite3';
import type { ReadableDb } from './database';

const cache = new WeakMap<ReadableDb, Map<string, Statement>>();

/** A prepared statement, prepared once per connection: repositories run the same SQL thousands of times in an import. */
export function statement(db: ReadableDb, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
