import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_OFF, syncStatusLine, type SyncStatus } from '../../src-shared/domain/sync';
import { installFakeBridge } from '../support/fake-bridge';

const on: SyncStatus = {
  enabled: true,
  folder: '/home/me/Sync/Quarry',
  computerId: 'A1',
  computerName: 'Laptop',
  lastSyncedAt: '2026-12-02T10:00:00.000Z',
  computers: [{ id: 'B2', name: 'Desk-PC', wroteAt: '2026-12-02T09:58:00.000Z', waiting: false }],
  problem: null,
  warnings: [],
};

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

describe('sync state', () => {
  it('loads the status, follows every pass, and turns on with the folder and name typed', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T10:02:30.000Z') });
    const bridge = installFakeBridge({ getSyncStatus: () => SYNC_OFF, turnOnSync: () => on });
    const { sync } = await import('../../src-renderer/src/lib/sync.svelte');
    const stop = sync.start();
    await vi.waitFor(() => expect(bridge.calls.map((call) => call.name)).toContain('getSyncStatus'));
    expect(sync.line).toBeNull();
    await sync.turnOn('/home/me/Sync/Quarry', 'Laptop');
    expect(bridge.calls.at(-1)).toEqual({ name: 'turnOnSync', args: { folder: '/home/me/Sync/Quarry', computerName: 'Laptop' } });
    bridge.emit('syncStatus', { ...on, computers: [{ ...on.computers[0]!, waiting: true }] });
    expect(sync.line).toBe('Waiting for files from Desk-PC');
    bridge.emit('syncStatus', on);
    expect(sync.line).toBe('Synced 2 min ago');
    stop();
  });
});

describe('the sync line', () => {
  const now = new Date('2026-12-02T13:00:00.000Z');
  it('puts a problem first, then a computer still copying, then how long ago', () => {
    expect(syncStatusLine(SYNC_OFF, now)).toBeNull();
    expect(syncStatusLine({ ...on, problem: 'the disk is full' }, now)).toBe('Sync stopped: the disk is full');
    expect(syncStatusLine({ ...on, lastSyncedAt: null }, now)).toBe('Syncing…');
    expect(syncStatusLine({ ...on, lastSyncedAt: '2026-12-02T12:59:40.000Z' }, now)).toBe('Synced just now');
    expect(syncStatusLine(on, now)).toBe('Synced 3 h ago');
    expect(syncStatusLine({ ...on, lastSyncedAt: '2026-11-30T12:00:00.000Z' }, now)).toBe('Synced 2 days ago');
    expect(syncStatusLine({ ...on, lastSyncedAt: '2026-12-01T12:00:00.000Z' }, now)).toBe('Synced 1 day ago');
  });
});
