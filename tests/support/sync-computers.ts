import { DATASET_NAMES, SHARED_SETTINGS, specOf, type DatasetName } from '../../src-shared/domain/sync';
import type { CallName, CallValue, EventName } from '../../src-shared/contract';
import { createHandlers, type CallTable } from '../../src-main/core/handlers';
import type { CoreContext, Platform } from '../../src-main/core/context';
import { ImportRunner } from '../../src-main/core/services/import-runner';
import { SyncService, type SyncTiming } from '../../src-main/core/services/sync-service';
import { openCore } from '../../src-main/core/open-core';
import { syncIdOf } from '../../src-main/core/repos/sync-repo';
import { EMPTY_JOB_EDIT } from './cards';
import { createCaller, fakeClock, tempDir } from './helpers';

/** One computer of a test: its own data folder and core, its calls, and the events it sent. */
export interface TestComputer {
  name: string;
  core: CoreContext;
  calls: CallTable;
  call: <N extends CallName>(name: N, args?: unknown) => Promise<CallValue<N>>;
  events: { event: EventName; payload: unknown }[];
}

const opened: TestComputer[] = [];

/** Sync with every timer off: the test runs each pass itself. */
const PASSES_BY_HAND: SyncTiming = { pollMs: 0, debounceMs: -1, watch: false, outboxMs: 0 };

/** A computer with its own data folder; unless `timing` says otherwise, sync's timers are off. */
export async function testComputer(name: string, clock = fakeClock(), timing = PASSES_BY_HAND): Promise<TestComputer> {
  const core = await openCore({ dataDir: tempDir(), host: 'cli', version: '0.0.0-test', clock });
  const events: TestComputer['events'] = [];
  const platform: Platform = { emit: (event, payload) => void events.push({ event, payload }) };
  const sync = new SyncService(core, platform, timing);
  const calls = createHandlers(core, platform, new ImportRunner(core, platform), sync);
  const caller = createCaller(calls);
  const computer: TestComputer = { name, core, calls, call: (callName, args) => caller(callName, args), events };
  opened.push(computer);
  return computer;
}

/** Edits a job through the contract as the edit dialog does: every field given, those not named left empty. */
export const editJobFields = (
  computer: TestComputer,
  id: number,
  fields: { title: string; company: string; location?: string | null },
) => computer.call('editJob', { ...EMPTY_JOB_EDIT, ...fields, id });

export async function closeComputers(): Promise<void> {
  for (const computer of opened.splice(0)) {
    computer.calls.sync.close();
    await computer.core.close();
  }
}

/**
 * Everything sync carries, as it would be compared across computers: each synced table's
 * rows under their sync ids, references as sync ids, files as their length, sorted. Two
 * computers that have seen the same messages must give the same value.
 */
export function syncedState(core: CoreContext): Record<string, unknown[]> {
  const db = core.db;
  const state: Record<string, unknown[]> = {};
  for (const dataset of DATASET_NAMES) {
    const spec = specOf(dataset);
    const rows = db.prepare(`SELECT * FROM ${spec.table}`).all() as Record<string, unknown>[];
    state[dataset] = rows
      .filter((row) => dataset !== 'settings' || (SHARED_SETTINGS as readonly string[]).includes(String(row.key)))
      .map((row) => {
        const view: Record<string, unknown> = { syncId: syncIdOf(db, dataset, localKey(dataset, row)) };
        for (const column of spec.columns) {
          const target = (spec.refs as Record<string, DatasetName | undefined>)[column];
          const value = row[column];
          view[column] =
            target && value !== null
              ? syncIdOf(db, target, String(value))
              : Buffer.isBuffer(value)
                ? `${value.length} bytes`
                : value;
        }
        return view;
      })
      .sort((a, b) => String(a.syncId).localeCompare(String(b.syncId)));
  }
  return state;
}

function localKey(dataset: DatasetName, row: Record<string, unknown>): string {
  const key = specOf(dataset).localKey;
  if (key.kind === 'id') return String(row.id);
  if (key.kind === 'key') return String(row[key.column]);
  return `${String(row[key.columns[0]])}:${String(row[key.columns[1]])}`;
}

/** Runs sync passes on every computer until none applies anything new (at most `rounds`). */
export function syncAll(computers: readonly TestComputer[], rounds = 3): void {
  for (let round = 0; round < rounds; round += 1) {
    for (const computer of computers) computer.calls.sync.syncNow();
  }
}

export const sharedFolder = (): string => tempDir('quarry-sync-');

/** A laptop and a desk computer, sync turned on in that order through one folder. */
export async function syncingPair(folder = sharedFolder()): Promise<{
  laptop: TestComputer;
  desk: TestComputer;
  folder: string;
  deskId: string;
}> {
  const laptop = await testComputer('Laptop');
  const desk = await testComputer('Desk-PC');
  await laptop.call('turnOnSync', { folder, computerName: 'Laptop' });
  const status = await desk.call('turnOnSync', { folder, computerName: 'Desk-PC' });
  return { laptop, desk, folder, deskId: status.computerId! };
}
