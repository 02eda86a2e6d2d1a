import * as v from 'valibot';
import type { SyncStatus } from '../domain/sync';
import { call, fields, noArgs } from './schemas';

const computerName = v.pipe(
  v.string('a computer’s name must be text'),
  v.trim(),
  v.minLength(1, 'give this computer a name'),
  v.maxLength(60, 'a computer’s name can be at most 60 characters'),
);

/** Sync through a folder the user already syncs (docs/SYNC.md). */
export const syncCalls = {
  getSyncStatus: call<SyncStatus>()(noArgs),
  /** The desktop app's folder picker; null when the user cancels. The browser host has none: it takes a typed path. */
  pickSyncFolder: call<string | null>()(noArgs),
  turnOnSync: call<SyncStatus>()(
    fields({
      folder: v.pipe(
        v.string('the sync folder must be a path'),
        v.trim(),
        v.minLength(1, 'choose a sync folder'),
        v.maxLength(4096, 'the folder path is too long'),
      ),
      computerName,
    }),
  ),
  renameComputer: call<SyncStatus>()(fields({ computerName })),
  turnOffSync: call<SyncStatus>()(noArgs),
  /** A full pass now: write what is pending, read what the others wrote. */
  syncNow: call<SyncStatus>()(noArgs),
} as const;
