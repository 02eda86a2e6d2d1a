import { createHash } from 'node:crypto';
import {
  DATASET_NAMES,
  DELETED,
  naturalSyncId,
  specOf,
  wins,
  type CellValue,
  type DatasetName,
  type RowMessage,
} from '../../../src-shared/domain/sync';
import type { WritableDb } from '../db/database';
import { sanitiseHtml } from '../import/sanitize';
import {
  ALL_COLUMNS,
  cellStamps,
  clearWaiting,
  deleteRow,
  dropOutbox,
  everyLocalRow,
  findByUnique,
  insertRow,
  keepWaiting,
  lastOutboxSeq,
  localIdOf,
  localKeyOf,
  mapRow,
  queueWhole,
  readOutbox,
  readRow,
  readWaiting,
  setCellStamps,
  syncIdOf,
  unmapRow,
  updateRow,
  writeLocal,
  type StoredRow,
} from '../repos/sync-repo';
import { stampAt, type HybridClock } from './hlc';
import { encodeLine, type SyncFolder } from './sync-folder';

/** What flushing and applying need: this computer's folder, its clock and its name. */
export interface SyncIo {
  folder: SyncFolder;
  clock: HybridClock;
  computerName: string;
  now: () => Date;
}

/** Row messages per line of a message file: a line stays a few hundred KB at most. */
const MESSAGES_PER_LINE = 200;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the outbox out as row messages and empties it, in one transaction: the lines are
 * appended and synced to disk before the outbox rows go, so a crash loses nothing (at
 * worst a row is written twice, which changes nothing). Returns the messages written.
 */
export function flushOutbox(
  db: WritableDb,
  io: SyncIo,
  stampFor: (dataset: DatasetName, localId: string) => string = () => io.clock.next(),
): number {
  return db.transaction(() => {
    const entries = readOutbox(db);
    if (entries.length === 0) return 0;
    const changed = new Map<string, { dataset: DatasetName; localId: string; columns: Set<string> }>();
    for (const entry of entries) {
      const key = `${entry.dataset}\u0000${entry.localId}`;
      const row = changed.get(key) ?? { dataset: entry.dataset, localId: entry.localId, columns: new Set<string>() };
      row.columns.add(entry.col);
      changed.set(key, row);
    }
    const messages: RowMessage[] = [];
    const writtenWhole = new Set<string>();

    const syncIdFor = (dataset: DatasetName, localId: string): string | undefined => {
      const known = syncIdOf(db, dataset, localId);
      if (known) return known;
      // A row that predates sync (or arrived untracked): it goes out whole, under a new id.
      return emit(dataset, localId, new Set([ALL_COLUMNS]));
    };

    function emit(dataset: DatasetName, localId: string, columns: Set<string>): string | undefined {
      const key = `${dataset}\u0000${localId}`;
      if (writtenWhole.has(key)) return syncIdOf(db, dataset, localId);
      const spec = specOf(dataset);
      const row = readRow(db, spec, localId);
      if (!row) {
        const gone = syncIdOf(db, dataset, localId);
        if (gone) {
          const stamp = stampFor(dataset, localId);
          messages.push({ stamp, dataset, row: gone, cells: { [DELETED]: 1 } });
          setCellStamps(db, dataset, gone, [[DELETED, stamp]]);
          unmapRow(db, dataset, gone);
        }
        return undefined;
      }
      const refIds: Record<string, string> = {};
      for (const [column, target] of Object.entries(spec.refs)) {
        if (row[column] === null || row[column] === undefined) continue;
        const parent = syncIdFor(target, String(row[column]));
        if (parent) refIds[column] = parent;
      }
      let syncId = syncIdOf(db, dataset, localId);
      let whole = columns.has(ALL_COLUMNS) || columns.has(DELETED);
      if (!syncId) {
        syncId = assignSyncId(db, dataset, localId, row, refIds, io.folder.computerId);
        whole = true;
      }
      if (whole) writtenWhole.add(key);
      const cells: Record<string, CellValue> = {};
      for (const column of spec.columns) {
        if (!whole && !columns.has(column)) continue;
        const value = row[column];
        if (column in spec.refs) cells[column] = value === null ? null : (refIds[column] ?? null);
        else if (Buffer.isBuffer(value)) cells[column] = { blob: io.folder.putBlob(value) };
        else cells[column] = (value ?? null) as CellValue;
      }
      if (whole) cells[DELETED] = 0;
      const stamp = stampFor(dataset, localId);
      setCellStamps(
        db,
        dataset,
        syncId,
        Object.keys(cells).map((column) => [column, stamp] as const),
      );
      messages.push({ stamp, dataset, row: syncId, cells });
      return syncId;
    }

    const rows = [...changed.values()];
    for (const dataset of DATASET_NAMES) {
      for (const row of rows) if (row.dataset === dataset) emit(row.dataset, row.localId, row.columns);
    }
    const lines: string[] = [];
    for (let start = 0; start < messages.length; start += MESSAGES_PER_LINE) {
      lines.push(encodeLine(messages.slice(start, start + MESSAGES_PER_LINE)));
    }
    io.folder.append(lines, io.computerName, io.now());
    dropOutbox(db, entries.at(-1)!.seq, 'through');
    writeLocal(db, 'clock', io.clock.last);
    return messages.length;
  })();
}

/**
 * A new row's sync id: its natural identity (docs/SYNC.md), else, for a stage, note or
 * status change, its job and content, else this computer's id and the row's local id.
 * Never random: a flush killed after its lines reached the folder but before it committed
 * is done again after the restart, and must name the same rows the same way (a random id
 * made the other computers hold those rows twice). Two rows of one computer that would
 * share an id are told apart by a suffix, counted the same way on every computer.
 */
function assignSyncId(
  db: WritableDb,
  dataset: DatasetName,
  localId: string,
  row: StoredRow,
  refIds: Readonly<Record<string, string>>,
  computerId: string,
): string {
  const spec = specOf(dataset);
  let base = naturalSyncId(dataset, row, refIds);
  if (!base && spec.contentIdentity) {
    const identity = spec.contentIdentity.map((column) => (column in spec.refs ? (refIds[column] ?? null) : row[column]));
    base = `content:${sha256(JSON.stringify([dataset, ...identity])).slice(0, 32)}`;
  }
  base ??= `${computerId}:${localId}`;
  let syncId = base;
  for (let copy = 2; localIdOf(db, dataset, syncId) !== undefined; copy += 1) syncId = `${base}#${copy}`;
  mapRow(db, dataset, localId, syncId);
  return syncId;
}

/**
 * The first sync: every row goes out whole, stamped with the time it last changed, so
 * where two computers hold the same job the more recently changed version wins.
 */
export function writeEverything(db: WritableDb, io: SyncIo, computerId: string): number {
  const changedAt = new Map<string, string | null>();
  db.transaction(() => {
    for (const dataset of DATASET_NAMES) {
      for (const row of everyLocalRow(db, dataset)) {
        changedAt.set(`${dataset}\u0000${row.localId}`, row.changedAt);
        queueWhole(db, dataset, row.localId);
      }
    }
  })();
  let counter = 0;
  const written = flushOutbox(db, io, (dataset, localId) => {
    const when = changedAt.get(`${dataset}\u0000${localId}`);
    counter += 1;
    return when ? stampAt(new Date(when), counter, computerId) : io.clock.next();
  });
  return written;
}

/** What applying other computers' messages did. */
export interface Applied {
  /** Rows created, changed or removed here. */
  rows: number;
  /** Local ids of the jobs touched (the search index and reminders refresh for them). */
  jobs: Set<number>;
  /** Messages dated too far ahead to take now. */
  fromTheFuture: number;
}

interface Cell {
  stamp: string;
  value: CellValue;
}

/**
 * Applies messages (with the cells still waiting from earlier passes) in one transaction:
 * per cell, the later timestamp wins. `withinTransaction` records how far each file was
 * read, so that and the data commit together.
 */
export function applyMessages(
  db: WritableDb,
  io: Pick<SyncIo, 'folder' | 'clock'>,
  incoming: readonly RowMessage[],
  withinTransaction: () => void = () => undefined,
): Applied {
  return db.transaction(() => {
    const outboxBefore = lastOutboxSeq(db);
    const applied: Applied = { rows: 0, jobs: new Set(), fromTheFuture: 0 };
    const rows = new Map<DatasetName, Map<string, Map<string, Cell>>>();
    const add = (dataset: DatasetName, row: string, column: string, cell: Cell) => {
      const byRow = rows.get(dataset) ?? new Map<string, Map<string, Cell>>();
      rows.set(dataset, byRow);
      const cells = byRow.get(row) ?? new Map<string, Cell>();
      byRow.set(row, cells);
      const current = cells.get(column);
      if (!current || wins(cell.stamp, current.stamp)) cells.set(column, cell);
    };
    for (const waiting of readWaiting(db)) {
      add(waiting.dataset, waiting.syncId, waiting.col, {
        stamp: waiting.stamp,
        value: JSON.parse(waiting.valueJson) as CellValue,
      });
      clearWaiting(db, waiting.dataset, waiting.syncId);
    }
    for (const message of [...incoming].sort((a, b) => (a.stamp < b.stamp ? -1 : 1))) {
      if (!io.clock.receive(message.stamp)) {
        applied.fromTheFuture += 1;
        hold(
          db,
          message.dataset,
          message.row,
          Object.entries(message.cells).map(([col, value]) => [col, { stamp: message.stamp, value }]),
        );
        continue;
      }
      for (const [column, value] of Object.entries(message.cells))
        add(message.dataset, message.row, column, { stamp: message.stamp, value });
    }
    for (const dataset of DATASET_NAMES) {
      for (const [syncId, cells] of rows.get(dataset) ?? []) {
        const outcome = applyRow(db, io, dataset, syncId, cells, applied.jobs);
        if (outcome === 'applied') applied.rows += 1;
      }
    }
    // Applying wrote through the capture triggers; those rows came from elsewhere and must not go out again.
    dropOutbox(db, outboxBefore, 'after');
    writeLocal(db, 'clock', io.clock.last);
    withinTransaction();
    return applied;
  })();
}

function hold(db: WritableDb, dataset: DatasetName, syncId: string, cells: Iterable<[string, Cell]>): void {
  for (const [col, cell] of cells)
    keepWaiting(db, { dataset, syncId, col, stamp: cell.stamp, valueJson: JSON.stringify(cell.value) });
}

function isGone(db: WritableDb, dataset: DatasetName, syncId: string): boolean {
  return localIdOf(db, dataset, syncId) === undefined && cellStamps(db, dataset, syncId).has(DELETED);
}

function applyRow(
  db: WritableDb,
  io: Pick<SyncIo, 'folder'>,
  dataset: DatasetName,
  syncId: string,
  cells: Map<string, Cell>,
  jobs: Set<number>,
): 'applied' | 'waiting' | 'unchanged' {
  const spec = specOf(dataset);
  const stamps = cellStamps(db, dataset, syncId);
  const winners = [...cells].filter(([column, cell]) => wins(cell.stamp, stamps.get(column)));
  if (winners.length === 0) return 'unchanged';
  const record = () => {
    setCellStamps(
      db,
      dataset,
      syncId,
      winners.map(([column, cell]) => [column, cell.stamp] as const),
    );
  };
  let localId = localIdOf(db, dataset, syncId);
  const deleted = winners.find(([column]) => column === DELETED)?.[1];
  const touch = (id: string | undefined, row: StoredRow | undefined) => {
    if (dataset === 'jobs' && id) jobs.add(Number(id));
    else if (row && typeof row.job_id === 'number') jobs.add(row.job_id);
  };
  if (deleted?.value === 1) {
    record();
    if (!localId) return 'unchanged';
    touch(localId, readRow(db, spec, localId));
    deleteRow(db, spec, localId);
    unmapRow(db, dataset, syncId);
    return 'applied';
  }
  if (!localId && !deleted && stamps.has(DELETED)) {
    // Deleted here already and not made again: later edits to it change nothing.
    record();
    return 'unchanged';
  }
  const values: StoredRow = {};
  for (const [column, { value }] of winners) {
    if (column === DELETED) continue;
    const target = (spec.refs as Record<string, DatasetName | undefined>)[column];
    if (target && typeof value === 'string') {
      const parent = localIdOf(db, target, value);
      if (parent === undefined) {
        if (isGone(db, target, value)) {
          record();
          return 'unchanged';
        }
        hold(db, dataset, syncId, winners);
        return 'waiting';
      }
      values[column] = Number(parent);
    } else if (value !== null && typeof value === 'object') {
      const bytes = io.folder.getBlob(value.blob);
      if (!bytes) {
        hold(db, dataset, syncId, winners);
        return 'waiting';
      }
      values[column] = bytes;
    } else if (dataset === 'jobs' && column === 'description_html' && typeof value === 'string') {
      // A shared folder is input from outside, like a saved page: its descriptions pass the same sanitiser.
      values[column] = sanitiseHtml(value).html || null;
    } else {
      values[column] = value;
    }
  }
  if (!localId) {
    if (spec.columns.some((column) => !(column in values))) {
      // Only part of a row we have never seen: the message that made it has not arrived yet.
      hold(db, dataset, syncId, winners);
      return 'waiting';
    }
    const twin = findTwin(db, dataset, values);
    if (twin) updateRow(db, spec, twin, values);
    localId = twin ?? insertRow(db, spec, values);
    mapRow(db, dataset, localId, syncId);
  } else {
    updateRow(db, spec, localId, values);
  }
  record();
  touch(localId, values.job_id === undefined ? readRow(db, spec, localId) : values);
  return 'applied';
}

/** A local row the arriving one must merge into, because the schema keeps their key unique. */
function findTwin(db: WritableDb, dataset: DatasetName, values: StoredRow): string | undefined {
  const spec = specOf(dataset);
  const key = localKeyOf(spec, values);
  if (key !== null) return readRow(db, spec, key) ? key : undefined;
  return spec.unique ? findByUnique(db, spec, values[spec.unique]) : undefined;
}
