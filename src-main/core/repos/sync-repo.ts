import {
  DELETED,
  SYNC_DATASETS,
  SHARED_SETTINGS,
  specOf,
  type DatasetName,
  type DatasetSpec,
} from '../../../src-shared/domain/sync';
import type { ReadableDb, WritableDb } from '../db/database';
import { statement } from '../db/statements';

/** A local row's values as SQLite holds them (files as Buffers). */
export type StoredRow = Record<string, unknown>;

/** "Every column": what an INSERT records in the outbox. */
export const ALL_COLUMNS = '*';

// ---- this computer's own sync state (never synced) ----

export function readLocal<T>(db: ReadableDb, key: string): T | undefined {
  const row = statement(db, 'SELECT value_json AS json FROM sync_local WHERE key = ?').get(key) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as T) : undefined;
}

export function writeLocal(db: WritableDb, key: string, value: unknown): void {
  statement(
    db,
    'INSERT INTO sync_local (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}

/**
 * Forgets what sync knew (turning it off, or after a restore), except this computer's id
 * and clock: turned on again, it is the same computer to the others, and its timestamps
 * keep rising.
 */
export function forgetSyncState(db: WritableDb): void {
  db.transaction(() => {
    removeCapture(db);
    db.prepare("DELETE FROM sync_local WHERE key NOT IN ('computerId', 'clock')").run();
    for (const table of ['sync_outbox', 'sync_rows', 'sync_stamps', 'sync_waiting', 'sync_files']) {
      db.prepare(`DELETE FROM ${table}`).run();
    }
  })();
}

// ---- capture: triggers that record each change in the outbox, in the changing transaction ----

function keyExpression(spec: DatasetSpec, row: 'new' | 'old'): string {
  const key = spec.localKey;
  if (key.kind === 'id') return `CAST(${row}.id AS TEXT)`;
  if (key.kind === 'key') return `${row}.${key.column}`;
  return `${row}.${key.columns[0]} || ':' || ${row}.${key.columns[1]}`;
}

function captureTriggers(dataset: DatasetName): string[] {
  const spec = specOf(dataset);
  const { table } = spec;
  const record = (row: 'new' | 'old', column: string) =>
    `INSERT INTO sync_outbox (dataset, local_id, col) VALUES ('${dataset}', ${keyExpression(spec, row)}, '${column}');`;
  const onlyShared = (row: 'new' | 'old') => (dataset === 'settings' ? `WHEN ${row}.key IN (${SHARED_SETTING_LIST})` : '');
  const changedColumns = spec.columns
    .map((column) => `SELECT '${column}' AS col, old.${column} IS NOT new.${column} AS changed`)
    .join(' UNION ALL ');
  const onUpdate =
    spec.localKey.kind === 'pair'
      ? // A link whose ids change is another link: the old one goes, the new one comes.
        `${record('old', DELETED)} ${record('new', ALL_COLUMNS)}`
      : `INSERT INTO sync_outbox (dataset, local_id, col)
           SELECT '${dataset}', ${keyExpression(spec, 'new')}, col FROM (${changedColumns}) WHERE changed;`;
  return [
    `CREATE TRIGGER IF NOT EXISTS sync_capture_${table}_insert AFTER INSERT ON ${table} ${onlyShared('new')}
       BEGIN ${record('new', ALL_COLUMNS)} END`,
    `CREATE TRIGGER IF NOT EXISTS sync_capture_${table}_update AFTER UPDATE ON ${table} ${onlyShared('new')}
       BEGIN ${onUpdate} END`,
    `CREATE TRIGGER IF NOT EXISTS sync_capture_${table}_delete AFTER DELETE ON ${table} ${onlyShared('old')}
       BEGIN ${record('old', DELETED)} END`,
  ];
}

const SHARED_SETTING_LIST = SHARED_SETTINGS.map((key) => `'${key}'`).join(', ');

/** Installs the capture triggers (again at every open, so a column added by a later migration is captured). */
export function installCapture(db: WritableDb): void {
  db.transaction(() => {
    removeCapture(db);
    for (const dataset of Object.keys(SYNC_DATASETS) as DatasetName[]) {
      for (const sql of captureTriggers(dataset)) db.prepare(sql).run();
    }
  })();
}

export function removeCapture(db: WritableDb): void {
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").all() as {
    name: string;
  }[];
  for (const { name } of triggers) db.prepare(`DROP TRIGGER ${name}`).run();
}

// ---- the outbox ----

export interface OutboxEntry {
  seq: number;
  dataset: DatasetName;
  localId: string;
  col: string;
}

export function readOutbox(db: ReadableDb): OutboxEntry[] {
  return statement(db, 'SELECT seq, dataset, local_id AS localId, col FROM sync_outbox ORDER BY seq').all() as OutboxEntry[];
}

export function hasOutbox(db: ReadableDb): boolean {
  return (statement(db, 'SELECT EXISTS (SELECT 1 FROM sync_outbox) AS any').get() as { any: number }).any === 1;
}

export function lastOutboxSeq(db: ReadableDb): number {
  return (statement(db, 'SELECT coalesce(max(seq), 0) AS seq FROM sync_outbox').get() as { seq: number }).seq;
}

/** Puts a whole row in the outbox (the first sync writes every row out). */
export function queueWhole(db: WritableDb, dataset: DatasetName, localId: string): void {
  statement(db, 'INSERT INTO sync_outbox (dataset, local_id, col) VALUES (?, ?, ?)').run(dataset, localId, ALL_COLUMNS);
}

/** Drops the entries up to `seq` (flushed), or after it (made by applying other computers' messages). */
export function dropOutbox(db: WritableDb, seq: number, which: 'through' | 'after'): void {
  statement(db, `DELETE FROM sync_outbox WHERE seq ${which === 'through' ? '<=' : '>'} ?`).run(seq);
}

// ---- sync ids ----

export function syncIdOf(db: ReadableDb, dataset: DatasetName, localId: string): string | undefined {
  return (
    statement(db, 'SELECT sync_id AS id FROM sync_rows WHERE dataset = ? AND local_id = ?').get(dataset, localId) as
      { id: string } | undefined
  )?.id;
}

export function localIdOf(db: ReadableDb, dataset: DatasetName, syncId: string): string | undefined {
  return (
    statement(db, 'SELECT local_id AS id FROM sync_rows WHERE dataset = ? AND sync_id = ?').get(dataset, syncId) as
      { id: string } | undefined
  )?.id;
}

export function mapRow(db: WritableDb, dataset: DatasetName, localId: string, syncId: string): void {
  statement(db, 'INSERT OR REPLACE INTO sync_rows (dataset, local_id, sync_id) VALUES (?, ?, ?)').run(dataset, localId, syncId);
}

export function unmapRow(db: WritableDb, dataset: DatasetName, syncId: string): void {
  statement(db, 'DELETE FROM sync_rows WHERE dataset = ? AND sync_id = ?').run(dataset, syncId);
}

// ---- cell timestamps: one record per row, the shared stamp under "*", the others by column ----

const SHARED_STAMP = '*';

function storedStamps(db: ReadableDb, dataset: DatasetName, syncId: string): Record<string, string> {
  const row = statement(db, 'SELECT stamps_json AS json FROM sync_stamps WHERE dataset = ? AND sync_id = ?').get(
    dataset,
    syncId,
  ) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as Record<string, string>) : {};
}

/** The stamp of each cell of a row this computer holds a value for (the `_deleted` cell included). */
export function cellStamps(db: ReadableDb, dataset: DatasetName, syncId: string): Map<string, string> {
  const stored = storedStamps(db, dataset, syncId);
  const stamps = new Map<string, string>();
  const shared = stored[SHARED_STAMP];
  if (shared) for (const column of [...specOf(dataset).columns, DELETED]) stamps.set(column, shared);
  for (const [column, stamp] of Object.entries(stored)) if (column !== SHARED_STAMP) stamps.set(column, stamp);
  return stamps;
}

/** Records the stamps of cells just written; a whole row's stamp becomes the shared one. */
export function setCellStamps(
  db: WritableDb,
  dataset: DatasetName,
  syncId: string,
  stamps: Iterable<readonly [string, string]>,
): void {
  const stored = storedStamps(db, dataset, syncId);
  const given = new Map(stamps);
  const columns = [...specOf(dataset).columns, DELETED];
  const first = given.values().next().value;
  const whole = first !== undefined && columns.every((column) => given.get(column) === first);
  let record: Record<string, string>;
  if (whole) {
    record = { [SHARED_STAMP]: first };
  } else {
    record = { ...stored };
    for (const [column, stamp] of given) record[column] = stamp;
    // An override equal to the shared stamp says nothing.
    for (const column of Object.keys(record)) {
      if (column !== SHARED_STAMP && record[column] === record[SHARED_STAMP]) delete record[column];
    }
  }
  statement(db, 'INSERT OR REPLACE INTO sync_stamps (dataset, sync_id, stamps_json) VALUES (?, ?, ?)').run(
    dataset,
    syncId,
    JSON.stringify(record),
  );
}

// ---- cells waiting for their row's parent, file or time ----

export interface WaitingCell {
  dataset: DatasetName;
  syncId: string;
  col: string;
  stamp: string;
  valueJson: string;
}

export function readWaiting(db: ReadableDb): WaitingCell[] {
  return statement(
    db,
    'SELECT dataset, sync_id AS syncId, col, stamp, value_json AS valueJson FROM sync_waiting ORDER BY stamp',
  ).all() as WaitingCell[];
}

/** Rows waiting for a file or a row that has not arrived: not those held back because they are dated after `latest`. */
export function countWaiting(db: ReadableDb, latest: string): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM sync_waiting GROUP BY dataset, sync_id HAVING max(stamp) <= ?)').get(
      latest,
    ) as { n: number }
  ).n;
}

export function keepWaiting(db: WritableDb, cell: WaitingCell): void {
  statement(
    db,
    `INSERT INTO sync_waiting (dataset, sync_id, col, stamp, value_json) VALUES (@dataset, @syncId, @col, @stamp, @valueJson)
     ON CONFLICT (dataset, sync_id, col) DO UPDATE SET stamp = excluded.stamp, value_json = excluded.value_json
     WHERE excluded.stamp > sync_waiting.stamp`,
  ).run(cell);
}

export function clearWaiting(db: WritableDb, dataset: DatasetName, syncId: string): void {
  statement(db, 'DELETE FROM sync_waiting WHERE dataset = ? AND sync_id = ?').run(dataset, syncId);
}

// ---- how far each other computer's files were read ----

/** How far another computer's file has been read: its size then, the clean offset, and its first line's checksum. */
export interface FileProgress {
  size: number;
  readTo: number;
  head: string | null;
}

export function fileProgress(db: ReadableDb, path: string): FileProgress | undefined {
  return statement(db, 'SELECT size, read_to AS readTo, head FROM sync_files WHERE path = ?').get(path) as
    FileProgress | undefined;
}

export function setFileProgress(db: WritableDb, path: string, progress: FileProgress): void {
  statement(db, 'INSERT OR REPLACE INTO sync_files (path, size, read_to, head) VALUES (?, ?, ?, ?)').run(
    path,
    progress.size,
    progress.readTo,
    progress.head,
  );
}

// ---- the synced tables themselves, read and written by their local key ----

function whereKey(spec: DatasetSpec): string {
  const key = spec.localKey;
  if (key.kind === 'id') return 'id = ?';
  if (key.kind === 'key') return `${key.column} = ?`;
  return `${key.columns[0]} = ? AND ${key.columns[1]} = ?`;
}

function keyParams(spec: DatasetSpec, localId: string): unknown[] {
  const key = spec.localKey;
  if (key.kind === 'id') return [Number(localId)];
  if (key.kind === 'key') return [localId];
  return localId.split(':').map(Number);
}

/** The local key a row's values give it (a link's pair, a setting's name); null for rows keyed by their own id. */
export function localKeyOf(spec: DatasetSpec, values: StoredRow): string | null {
  const key = spec.localKey;
  if (key.kind === 'id') return null;
  if (key.kind === 'key') return String(values[key.column]);
  return `${String(values[key.columns[0]])}:${String(values[key.columns[1]])}`;
}

export function readRow(db: ReadableDb, spec: DatasetSpec, localId: string): StoredRow | undefined {
  return statement(db, `SELECT ${spec.columns.join(', ')} FROM ${spec.table} WHERE ${whereKey(spec)}`).get(
    ...keyParams(spec, localId),
  ) as StoredRow | undefined;
}

/** Every row's local key and the time it last changed, for the first sync. */
export function everyLocalRow(db: ReadableDb, dataset: DatasetName): { localId: string; changedAt: string | null }[] {
  const spec = specOf(dataset);
  const key = spec.localKey;
  const id =
    key.kind === 'id' ? 'CAST(id AS TEXT)' : key.kind === 'key' ? key.column : `${key.columns[0]} || ':' || ${key.columns[1]}`;
  const times = ['updated_at', 'changed_at', 'attached_at', 'added_at', 'imported_at', 'created_at'].filter((column) =>
    (spec.columns as readonly string[]).includes(column),
  );
  const changedAt = times.length > 0 ? times[0] : 'NULL';
  const only = dataset === 'settings' ? `WHERE key IN (${SHARED_SETTING_LIST})` : '';
  return db.prepare(`SELECT ${id} AS localId, ${changedAt} AS changedAt FROM ${spec.table} ${only} ORDER BY rowid`).all() as {
    localId: string;
    changedAt: string | null;
  }[];
}

/** Inserts a row with every column given; returns its local key. */
export function insertRow(db: WritableDb, spec: DatasetSpec, values: StoredRow): string {
  const columns = spec.columns.filter((column) => column in values);
  const result = statement(
    db,
    `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...columns.map((column) => values[column]));
  return localKeyOf(spec, values) ?? String(result.lastInsertRowid);
}

export function updateRow(db: WritableDb, spec: DatasetSpec, localId: string, values: StoredRow): void {
  const columns = Object.keys(values).filter((column) => (spec.columns as readonly string[]).includes(column));
  if (columns.length === 0) return;
  statement(db, `UPDATE ${spec.table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE ${whereKey(spec)}`).run(
    ...columns.map((column) => values[column]),
    ...keyParams(spec, localId),
  );
}

export function deleteRow(db: WritableDb, spec: DatasetSpec, localId: string): void {
  statement(db, `DELETE FROM ${spec.table} WHERE ${whereKey(spec)}`).run(...keyParams(spec, localId));
}

/** The local row holding `value` in the spec's unique column. */
export function findByUnique(db: ReadableDb, spec: DatasetSpec, value: unknown): string | undefined {
  if (!spec.unique) return undefined;
  const row = statement(db, `SELECT id FROM ${spec.table} WHERE ${spec.unique} = ?`).get(value) as { id: number } | undefined;
  return row ? String(row.id) : undefined;
}

/** The columns of each synced table as the schema has them, for the test that every column is accounted for. */
export function tableColumns(db: ReadableDb, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
}
